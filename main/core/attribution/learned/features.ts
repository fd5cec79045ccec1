// Feature templates of the two learned taggers. The cue tagger reads a token with its neighbours; the role tagger
// reads a token relative to one cue (side, distance, quotes, commas and sentence breaks in between). Both also read
// the hand-built rules' opinion ("rules as features"), so the model learns when to trust them.
// A feature is a template number mixed with integer hashes of its parts (no strings are built: extraction must
// stay above 1 MB/s), then masked to the model's bucket count.
import {
  NOUN_CUES,
  ORG_WORDS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  TITLES,
  VERBS,
  DETERMINERS,
  PREPOSITIONS,
} from '../lexicon';
import { hashFeature } from './chain';
import { shape, stem, type LTok } from './tokens';

/** What the rules say about the tokens: 0 none, 1 first token of a rule cue, 2 inside one. */
export interface RuleView {
  cue: Uint8Array;
}

function wordClass(l: string): string {
  const v = VERBS.get(l);
  if (v) return 'V' + v.form;
  if (NOUN_CUES.has(l)) return 'N';
  if (TITLES.has(l)) return 'T';
  if (ORG_WORDS.has(l)) return 'O';
  if (SUBJECT_PRONOUNS.has(l)) return 'P';
  if (TIME_WORDS.has(l)) return 'M';
  if (DETERMINERS.has(l)) return 'D';
  if (PREPOSITIONS.has(l)) return 'R';
  return '-';
}

const HASHES = new Map<string, number>();
/** Hash of a word, remembered: the same words recur in every article. */
function h(s: string): number {
  let v = HASHES.get(s);
  if (v === undefined) {
    v = hashFeature(s);
    if (HASHES.size > 200_000) HASHES.clear();
    HASHES.set(s, v);
  }
  return v;
}

function mix(a: number, b: number): number {
  let x = Math.imul(a ^ b, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Per-token facts computed once per paragraph and shared by both taggers, as hashes. */
export interface TokenFacts {
  w: Uint32Array;
  stem: Uint32Array;
  shape: Uint32Array;
  cls: Uint32Array;
  s3: Uint32Array;
  /** The stem as text (the role tagger's cue head). */
  stemText: string[];
  /** Prefix counts: quote tokens and commas in [0, i). */
  quotes: Int32Array;
  commas: Int32Array;
}

export function tokenFacts(T: readonly LTok[]): TokenFacts {
  const n = T.length;
  const F: TokenFacts = {
    w: new Uint32Array(n),
    stem: new Uint32Array(n),
    shape: new Uint32Array(n),
    cls: new Uint32Array(n),
    s3: new Uint32Array(n),
    stemText: new Array<string>(n),
    quotes: new Int32Array(n + 1),
    commas: new Int32Array(n + 1),
  };
  for (let i = 0; i < n; i++) {
    const t = T[i] as LTok;
    const st = stem(t.l);
    F.w[i] = h(t.l);
    F.stem[i] = h(st);
    F.stemText[i] = st;
    F.shape[i] = h(shape(t.t));
    F.cls[i] = h(wordClass(t.l));
    F.s3[i] = h(t.l.slice(-3));
    F.quotes[i + 1] = (F.quotes[i] as number) + (t.q !== 0 ? 1 : 0);
    F.commas[i + 1] = (F.commas[i] as number) + (t.t === ',' ? 1 : 0);
  }
  return F;
}

const START = h('<s>');
const END = h('</s>');
const get = (xs: Uint32Array, i: number, edge: number): number =>
  i < 0 ? START : i >= xs.length ? edge : (xs[i] as number);

/** Collects feature buckets for one position. */
export class FeatureSink {
  readonly buf = new Uint32Array(64);
  n = 0;
  constructor(private readonly mask: number) {}
  reset(): void {
    this.n = 0;
  }
  add(tpl: number, a = 0, b = 0, c = 0): void {
    if (this.n < this.buf.length)
      this.buf[this.n++] = mix(mix(mix(Math.imul(tpl + 1, 0x9e3779b1), a), b), c) & this.mask;
  }
  take(): Uint32Array {
    return this.buf.slice(0, this.n);
  }
}

export function cueFeatures(T: readonly LTok[], F: TokenFacts, rules: RuleView, i: number, out: FeatureSink): void {
  const t = T[i] as LTok;
  const w = F.w[i] as number;
  const p1 = get(F.w, i - 1, END);
  const n1 = get(F.w, i + 1, END);
  const cls = F.cls[i] as number;
  const r = rules.cue[i] ?? 0;
  const q = (t.inQ ? 4 : 0) + t.q + 1;
  out.add(0);
  out.add(1, w);
  out.add(2, F.stem[i]);
  out.add(3, F.shape[i]);
  out.add(4, cls);
  out.add(5, F.s3[i]);
  out.add(6, p1);
  out.add(7, n1);
  out.add(8, get(F.w, i - 2, END));
  out.add(9, get(F.w, i + 2, END));
  out.add(10, p1, w);
  out.add(11, w, n1);
  out.add(12, get(F.cls, i - 1, END), cls);
  out.add(13, cls, get(F.cls, i + 1, END));
  out.add(14, get(F.shape, i - 1, END), F.shape[i], get(F.shape, i + 1, END));
  out.add(15, q);
  out.add(16, q, w);
  out.add(17, r);
  out.add(18, r, w);
  out.add(19, r, cls);
  if (i === 0 || (T[i - 1] as LTok).sent !== t.sent) {
    out.add(20);
    out.add(21, w);
  }
  // The quote just before or after ("...," he said; said: "...") places a cue better than any word.
  const pq = T[i - 1]?.q ?? 0;
  const nq = T[i + 1]?.q ?? 0;
  if (pq !== 0 || nq !== 0) {
    out.add(22, pq + 2, nq + 2);
    out.add(23, pq + 2, nq + 2, w);
  }
  const pq2 = T[i - 2]?.q ?? 0;
  if (T[i - 1]?.t === ',' && pq2 === -1) {
    out.add(24);
    out.add(25, F.stem[i]);
  }
  if (pq2 === -1 && pq === 0) out.add(26, F.stem[i]);
  // A "that" or an opening quote ahead in the sentence: the words up to it may extend a cue ("said on Friday that").
  let ahead = 0;
  for (let k = i + 1; k < Math.min(T.length, i + 14); k++) {
    const x = T[k] as LTok;
    if (x.sent !== t.sent) break;
    if (x.l === 'that' || x.q === 1 || x.t === ':') {
      ahead = k - i;
      break;
    }
  }
  out.add(27, Math.min(ahead, 6), cls);
  out.add(28, Math.min(ahead, 6), r);
  // The nearest rule cue start to the left, within the sentence.
  let back = 0;
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    if ((T[k] as LTok).sent !== t.sent) break;
    if (rules.cue[k] === 1) {
      back = i - k;
      break;
    }
  }
  if (back > 0) {
    out.add(29, Math.min(back, 8), r);
    out.add(30, Math.min(back, 8), w);
  }
}

export const ROLE_LABELS = ['O', 'BS', 'IS', 'BC', 'IC'] as const;

/** Which role transitions are legal: an inside label only continues its own kind. */
export function roleLegal(prev: number, y: number): boolean {
  if (y === 2) return prev === 1 || prev === 2;
  if (y === 4) return prev === 3 || prev === 4;
  return true;
}

export function cueLegal(prev: number, y: number): boolean {
  return y !== 2 || prev === 1 || prev === 2;
}

function bucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 6;
  if (d <= 10) return 10;
  if (d <= 15) return 15;
  if (d <= 25) return 25;
  if (d <= 40) return 40;
  return 99;
}

/** Between-token facts of a window relative to a cue, computed once per cue. */
export interface CueContext {
  c0: number;
  c1: number;
  head: number;
  first: number;
  /** Token index of the window's first position; the two arrays below are indexed from it. */
  from: number;
  /** Rule roles in the window: 0 none, 1 source, 2 content; null when no rule attribution shares the cue. */
  ruleRole: Int8Array | null;
  /** Tokens of the window that are cues of other attributions. */
  otherCue: Uint8Array;
}

export function roleFeatures(T: readonly LTok[], F: TokenFacts, C: CueContext, i: number, out: FeatureSink): void {
  const t = T[i] as LTok;
  const side = i < C.c0 ? 1 : i >= C.c1 ? 2 : 0;
  if (side === 0) {
    out.add(100);
    return;
  }
  const d = side === 1 ? C.c0 - i : i - C.c1 + 1;
  const lo = side === 1 ? i : C.c1;
  const hi = side === 1 ? C.c0 : i + 1;
  const quotes = (F.quotes[hi] as number) - (F.quotes[lo] as number);
  const commas = Math.min(4, (F.commas[hi] as number) - (F.commas[lo] as number));
  const cueTok = T[C.c0] as LTok;
  const sents = Math.min(3, Math.abs(t.sent - cueTok.sent));
  const db = side * 100 + bucket(d);
  const w = F.w[i] as number;
  const cls = F.cls[i] as number;
  const sh = F.shape[i] as number;
  const k = i - C.from;
  const rr = C.ruleRole ? (C.ruleRole[k] ?? 0) : 3;
  const rPrev = C.ruleRole ? (C.ruleRole[k - 1] ?? 0) : 3;
  const rNext = C.ruleRole ? (C.ruleRole[k + 1] ?? 0) : 3;
  const qs = (t.inQ ? 8 : 0) + (cueTok.inQ ? 4 : 0) + Math.min(3, quotes);
  const oc = C.otherCue[k] ?? 0;
  out.add(101, side);
  out.add(102, db);
  out.add(103, side, w);
  out.add(104, db, w);
  out.add(105, side, sh);
  out.add(106, db, sh);
  out.add(107, side, cls);
  out.add(108, db, cls);
  out.add(109, side, qs);
  out.add(110, db, qs);
  out.add(111, side * 16 + qs, w);
  out.add(112, side, t.q + 2);
  out.add(113, side, sents);
  out.add(114, side * 4 + sents, qs);
  out.add(115, side, commas);
  out.add(116, db, commas);
  out.add(117, side, C.head);
  out.add(118, db, C.head);
  out.add(119, side, C.head, w);
  out.add(120, side, C.first);
  out.add(121, side, get(F.w, i - 1, END));
  out.add(122, side, get(F.w, i + 1, END));
  out.add(123, side, get(F.w, i - 1, END), w);
  out.add(124, side, w, get(F.w, i + 1, END));
  out.add(125, side, oc);
  out.add(126, db, oc);
  out.add(127, side, rr);
  out.add(128, db, rr);
  out.add(129, side, rPrev * 16 + rr * 4 + rNext);
  out.add(130, side * 4 + rr, w);
  out.add(131, side * 4 + rr, C.head);
  if (d === 1) out.add(132, side, w, C.head);
  out.add(134, side * 8 + commas, C.head);
  out.add(135, side * 8 + commas, C.head, w);
  out.add(136, side * 8 + sents, C.head);
  if (i === 0 || (T[i - 1] as LTok).sent !== t.sent) out.add(133, side, sents);
}
