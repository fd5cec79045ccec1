// Finds the attributions of one sentence in the PARC 3.0 / PolNeAR style (design.md §4): cue (one contiguous
// stretch with its whole verb group), source, content (one or more fragments). Works on the tokens of the
// normalised text; every step looks at a bounded window around a cue, so a sentence costs time linear in its
// length. Capitalisation and part of speech are never trusted alone: a cue word counts only when the words
// around it make it a verb ("Ukraine claims that" yes, "the claims that" no, "74 Reported Deaths" no).
import type { Tok } from '../text/tokens';
import {
  AUX, BE, CHAIN_TO, CLAUSE_ONLY, CLAUSE_WORDS, COMMON_VERBS, DETERMINERS, NEG, NOUN_CUES, PREPOSITIONS,
  SUBJECT_PRONOUNS, TAKES_ADDRESSEE, TAKES_TO, TIME_WORDS, VERBS, isAdverb, ARTEFACTS,
} from './lexicon';

export type Range = [number, number];

/** An attribution in token indices (inclusive start, exclusive end). */
export interface RawAttribution {
  cue: Range;
  source: Range | null;
  content: Range[];
  /** The object of "told Reuters", "assured Kim": may name the outlet that carried the words. */
  addressee?: Range;
  /** The source was taken from the main clause ("..., saying ..."), not written next to the cue. */
  implicitSource?: boolean;
  /** "according to", "as per", "citing": the source follows the cue. */
  marker?: boolean;
  /** Nested in the attribution with the same content ("Reuters reported, citing officials"; "quoted Kim as saying"). */
  inner?: boolean;
}

const MAX_SOURCE = 16;
const MAX_OBJECT = 8;
const THAT_WINDOW = 28;
// A real sentence has a handful of attributions; the cap keeps pathological input ("said said said ...") linear.
const MAX_PER_SENTENCE = 24;

const END: Tok = { s: 0, e: 0, t: '', l: '', k: 'p', cap: false, inQ: false };

class Sentence {
  readonly hardStops: number[] = [];
  constructor(readonly T: Tok[], readonly end: number) {}

  at(i: number): Tok {
    return i >= 0 && i < this.end ? (this.T[i] ?? END) : END;
  }
  isPunct(i: number, chars: string): boolean {
    const t = this.at(i);
    return (t.k === 'p' || t.k === 'q') && chars.includes(t.t);
  }
  isQuote(i: number): boolean {
    return this.at(i).k === 'q';
  }
  /** The first hard stop (a comma that starts a trailing attribution, a semicolon) after token i. */
  stopAfter(i: number): number {
    let best = this.end;
    for (const h of this.hardStops) if (h > i && h < best) best = h;
    return best;
  }
}

function isWord(t: Tok): boolean {
  return t.k === 'w';
}
function isNumber(t: Tok): boolean {
  return /^\p{N}/u.test(t.t);
}

/** A token that can end a subject noun phrase when read left to right (a verb or auxiliary). */
function isVerbish(t: Tok): boolean {
  if (t.k !== 'w' || t.cap) return false;
  if (AUX.has(t.l) || COMMON_VERBS.has(t.l)) return true;
  const v = VERBS.get(t.l);
  if (v && (v.form === 'ed' || v.form === 's')) return true;
  return /^[a-z]{3,}ed$/.test(t.l) && !/(?:need|seed|feed|speed|breed|creed|bleed|greed|reed|weed|bed|shed|red|hundred|med)$/.test(t.l);
}

function hasFiniteVerb(S: Sentence, a: number, b: number): boolean {
  for (let i = a; i < b && i < a + 14; i++) {
    const t = S.at(i);
    if (t.k !== 'w' || t.cap) continue;
    if (AUX.has(t.l) || NEG.has(t.l) || COMMON_VERBS.has(t.l) || /n't$/.test(t.l)) return true;
    if (/^[a-z]{3,}(?:ed)$/.test(t.l) && i > a) return true;
    const v = VERBS.get(t.l);
    if (v && (v.form === 'ed' || v.form === 's') && i > a) return true;
    if (t.l.endsWith('s') && i > a && i < a + 4 && !DETERMINERS.has(t.l) && !PREPOSITIONS.has(t.l) && /[a-z]{3,}s$/.test(t.l) && S.at(i - 1).k === 'w' && !DETERMINERS.has(S.at(i - 1).l) && (S.at(i - 1).cap || SUBJECT_PRONOUNS.has(S.at(i - 1).l))) return true;
  }
  return false;
}

/** Walks left from a verb group's first token to the start of its subject. Null when there is none. */
function sourceLeft(S: Sentence, g: number): Range | null {
  let k = g - 1;
  let n = 0;
  while (k >= 0) {
    const t = S.at(k);
    if (t.k === 'ps') {
      k--;
      n++;
      continue;
    }
    if (t.k === 'q') break;
    if (t.k === 'p') {
      // "U.S." keeps its dots; an apostrophe after a plural ("the nations'") belongs to the phrase.
      const prev = S.at(k - 1);
      if ((t.t === '.' || t.t === "'") && prev.e === t.s && isWord(prev)) {
        k--;
        n++;
        continue;
      }
      break;
    }
    if (!t.cap) {
      if (t.l === 'and' || t.l === 'or' || t.l === '&') {
        if (S.at(k - 1).cap && S.at(k + 1).cap) {
          k--;
          n++;
          continue;
        }
        break;
      }
      if (CLAUSE_WORDS.has(t.l)) {
        if ((t.l === 'who' || t.l === 'which' || t.l === 'that') && n > 0 && isWord(S.at(k - 1))) {
          // "officials who spoke on condition of anonymity said": the relative clause rides along.
          const head = sourceLeft(S, k);
          if (head) return [head[0], g];
        }
        break;
      }
      if (isVerbish(t) && !(t.l.endsWith('ed') && k + 1 < g && isWord(S.at(k + 1)) && !S.at(k + 1).cap && !AUX.has(S.at(k + 1).l))) break;
    }
    k--;
    n++;
    if (n > MAX_SOURCE) return null;
  }
  let a = k + 1;
  // Leading adverbs and time phrases are not part of the source ("Later, officials said" is cut at the comma).
  while (a < g && !S.at(a).cap && isAdverb(S.at(a).l)) a++;
  if (a < g && PREPOSITIONS.has(S.at(a).l)) {
    let b = a + 1;
    if (DETERMINERS.has(S.at(b).l)) b++;
    if (TIME_WORDS.has(S.at(b).l) || isNumber(S.at(b))) a = b + 1;
  }
  if (a >= g) {
    // "Kim Jong Un, the leader of North Korea, said": an apposition between commas; take the whole phrase.
    if (S.isPunct(g - 1, ',') && g - 1 > 0) {
      for (let c = g - 2; c > 0 && c > g - 2 - 25; c--) {
        const u = S.at(c);
        if (u.k === 'q' || (u.k === 'p' && u.t !== ',' && !((u.t === '.' || u.t === "'") && S.at(c - 1).e === u.s))) return null;
        if (u.t !== ',') continue;
        if (nounPhraseRight(S, c + 1, 25) < g - 1) return null;
        const head = sourceLeft(S, c);
        if (head && head[1] > head[0] && S.at(head[0]).cap) return [head[0], g - 1];
        return null;
      }
    }
    return null;
  }
  return [a, g];
}

/** Walks right over a noun phrase starting at i (a subject or an object). Returns its end (exclusive). */
function nounPhraseRight(S: Sentence, i: number, max: number): number {
  let k = i;
  const limit = Math.min(S.end, i + max);
  while (k < limit) {
    const t = S.at(k);
    if (t.k === 'ps') {
      k++;
      continue;
    }
    if (t.k !== 'w') {
      if ((t.t === '.' || t.t === "'") && t.s === S.at(k - 1).e && k > i) {
        k++;
        continue;
      }
      break;
    }
    if (!t.cap) {
      if (t.l === 'that' || t.l === 'to' || CLAUSE_WORDS.has(t.l) && !((t.l === 'and' || t.l === 'or') && S.at(k - 1).cap && S.at(k + 1).cap)) break;
      if (AUX.has(t.l) || NEG.has(t.l) || isVerbish(t) || isAdverb(t.l) || VERBS.has(t.l)) break;
      if (PREPOSITIONS.has(t.l) && t.l !== 'of' && !(t.l === 'in' && S.at(k + 1).cap && k > i)) break;
    }
    k++;
  }
  return k;
}

/** Tokens of a verb group that precede the cue verb at i: auxiliaries, modals, negation, adverbs, "expected to". */
function verbGroupStart(S: Sentence, i: number): number {
  let g = i;
  let j = i - 1;
  while (j >= 0) {
    const t = S.at(j);
    if (t.k !== 'w' || t.cap) break;
    if (AUX.has(t.l) || NEG.has(t.l) || /n't$/.test(t.l)) {
      g = j--;
      continue;
    }
    if (t.l === 'to' && CHAIN_TO.has(S.at(j - 1).l) && !S.at(j - 1).cap) {
      g = j - 1;
      j -= 2;
      continue;
    }
    if (t.l === 'as' && VERBS.get(S.at(i).l)?.form === 'ing') {
      g = j--;
      continue;
    }
    if (isAdverb(t.l) && !DETERMINERS.has(S.at(j - 1).l) && S.at(j - 1).k !== 'ps') {
      g = j--;
      continue;
    }
    break;
  }
  return g;
}

function isSubjectLike(t: Tok): boolean {
  if (t.k === 'ps') return false;
  if (t.k === 'q') return true;
  if (t.k !== 'w') return t.t === ')' || t.t === '.';
  if (t.cap) return true;
  if (SUBJECT_PRONOUNS.has(t.l)) return true;
  if (DETERMINERS.has(t.l) || PREPOSITIONS.has(t.l) || CLAUSE_WORDS.has(t.l) || isNumber(t)) return false;
  return true;
}

type CueKind = 'forward' | 'inverted' | 'participle';

/** Whether the reporting-verb token at i is used as a verb here, and how. */
function verbUse(S: Sentence, i: number): CueKind | null {
  const t = S.at(i);
  const v = VERBS.get(t.l);
  if (!v || t.k !== 'w' || t.inQ) return null;
  if (t.cap) return null; // mid-sentence capitals are names or headline words ("74 Reported Deaths")
  const prev = S.at(i - 1);
  if (prev.k === 'ps' || DETERMINERS.has(prev.l) || (isNumber(prev) && prev.k === 'w')) return null;
  // A verb that a later cue's group swallows ("is expected to announce"): only the last one is the cue.
  if (S.at(i + 1).l === 'to' && VERBS.get(S.at(i + 2).l)?.form === 'base') return null;
  let p = i - 1;
  while (p >= 0 && !S.at(p).cap && (isAdverb(S.at(p).l) || NEG.has(S.at(p).l) || /n't$/.test(S.at(p).l))) p--;
  const before = S.at(p);
  const afterComma = before.t === ',' || (before.k === 'q' && S.at(p - 1).t === ',');
  switch (v.form) {
    case 'ing':
      if (afterComma && before.k !== 'q') return 'participle';
      if (['after', 'before', 'while', 'when', 'by', 'without', 'in'].includes(before.l)) return 'participle';
      if (BE.has(before.l) || before.l === 'as') return 'forward';
      return null;
    case 'ed':
      if (PREPOSITIONS.has(prev.l) && prev.l !== 'to') return null;
      if (p < 0) return null;
      return 'forward';
    case 's':
      if (p < 0) return null;
      if (!isSubjectLike(before) && !afterComma) return null;
      if (AUX.has(before.l)) return null; // "There are fears that": a noun after an auxiliary
      if (AUX.has(S.at(i + 1).l) || VERBS.get(S.at(i + 1).l)?.form === 'base') return null;
      return 'forward';
    case 'base': {
      if (p < 0) return null;
      const b = before.l;
      if (AUX.has(b) || b === 'to' || b === 'i' || b === 'we' || b === 'you' || b === 'they' || afterComma) return 'forward';
      // After a noun subject ("authorities in Seoul and Washington believe it is ready") the next word must open
      // a clause or a quote; "Russian state media" is a noun phrase, not "Russians state ...".
      const nx = S.at(i + 1);
      const opens = nx.l === 'that' || nx.k === 'q' || nx.t === ':' || nx.t === ',' || SUBJECT_PRONOUNS.has(nx.l) || DETERMINERS.has(nx.l) || nx.l === 'there';
      if (!opens && !(nx.cap && !before.cap && /[a-z]{2,}s$/.test(b))) return null;
      if (before.k === 'w' && isSubjectLike(before) && !AUX.has(b)) return 'forward';
      return null;
    }
  }
}

/** A leading time or venue phrase after a cue: "on Monday", "in a statement", "last week", "to reporters". */
function skipTimePhrase(S: Sentence, c: number): number {
  let k = c;
  for (let round = 0; round < 4; round++) {
    const t = S.at(k);
    if (t.l === 'last' || t.l === 'this' || t.l === 'earlier' || t.l === 'later' || t.l === 'today' || t.l === 'yesterday' || t.l === 'recently' || t.l === 'separately' || t.l === 'again' || t.l === 'publicly' || t.l === 'privately') {
      k++;
      if (TIME_WORDS.has(S.at(k).l)) k++;
      continue;
    }
    if (t.k === 'w' && !t.cap && PREPOSITIONS.has(t.l) && t.l !== 'that') {
      let m = k + 1;
      let sawHead = false;
      for (let n = 0; n < 6 && m < S.end; n++, m++) {
        const u = S.at(m);
        if (u.k !== 'w' && u.k !== 'ps') break;
        if (TIME_WORDS.has(u.l) || isNumber(u)) sawHead = true;
        if (!u.cap && !DETERMINERS.has(u.l) && !TIME_WORDS.has(u.l) && !isNumber(u) && !/^(?:a|an|the|press|news|televised|joint|phone|radio|tv|video|written|local|state|official|recent|weekly|daily|monthly|annual|separate|brief|short|long|new|late|early|his|her|their|its)$/.test(u.l)) break;
        if (sawHead && !(S.at(m + 1).k === 'w' && (TIME_WORDS.has(S.at(m + 1).l) || isNumber(S.at(m + 1))))) {
          m++;
          break;
        }
      }
      if (sawHead) {
        k = m;
        continue;
      }
    }
    break;
  }
  return k;
}

interface Forward {
  start: number;
  end: number;
  addressee?: Range;
  viaThat: boolean;
}

/** The content after a cue verb ending at token i (exclusive start index c = i + 1). */
function contentRight(S: Sentence, i: number, lemma: string): Forward | null {
  let c = i + 1;
  let addressee: Range | undefined;
  // Verb particles and the addressee: "told reporters that", "assured Kim Jong Un that", "wrote to Putin".
  if (TAKES_ADDRESSEE.has(lemma) && S.at(c).k === 'w' && S.at(c).l !== 'that' && !PREPOSITIONS.has(S.at(c).l)) {
    const e = nounPhraseRight(S, c, MAX_OBJECT);
    if (e > c) {
      addressee = [c, e];
      c = e;
    }
  }
  c = skipTimePhrase(S, c);
  if (S.isPunct(c, ':')) c++;
  else if (S.isPunct(c, ',') && S.isQuote(c + 1)) c++;
  let viaThat = false;
  if (S.at(c).l === 'that' && !S.at(c).cap) {
    c++;
    viaThat = true;
  } else if (!S.isQuote(c)) {
    // "stated in a letter to Kim Jong Un on Korea's liberation day that ...": prepositional phrases before "that".
    const first = S.at(c);
    if (first.k === 'w' && (PREPOSITIONS.has(first.l) || TIME_WORDS.has(first.l))) {
      for (let m = c; m < S.end && m < c + THAT_WINDOW; m++) {
        const u = S.at(m);
        if (u.k === 'q' || (u.k === 'p' && u.t !== '-' && u.t !== '.' && u.t !== "'")) break;
        if (u.l === 'that' && !u.cap) {
          c = m + 1;
          viaThat = true;
          break;
        }
        if (VERBS.has(u.l) && !u.cap && m > c) break;
        if (AUX.has(u.l)) break;
      }
    }
  }
  const stop = S.stopAfter(c - 1);
  if (c >= stop) return null;
  const first = S.at(c);
  if (!viaThat && first.k === 'w' && PREPOSITIONS.has(first.l) && !first.cap) {
    if (!(first.l === 'to' && TAKES_TO.has(lemma))) return null;
  }
  if (!viaThat && !S.isQuote(c) && !S.isPunct(c - 1, ':') && CLAUSE_ONLY.has(lemma) && !hasFiniteVerb(S, c, stop)) return null;
  let end = stop;
  if (S.isQuote(c)) {
    for (let m = c + 1; m < stop; m++) if (S.isQuote(m)) {
      end = m + 1;
      break;
    }
  }
  return addressee ? { start: c, end, addressee, viaThat } : { start: c, end, viaThat };
}

/** The subject of the clause a participle (", saying ...") hangs on. */
function mainSubject(S: Sentence, comma: number, found: RawAttribution[]): Range | null {
  for (let f = found.length - 1; f >= 0; f--) {
    const a = found[f];
    if (a && a.source && a.cue[0] < comma && !a.implicitSource && !a.marker) return a.source;
  }
  // The clause start: after a leading "According to X," or after ", and" / ";" before the comma.
  let start = 0;
  for (let k = comma - 1; k >= 0; k--) {
    const t = S.at(k);
    if (t.t === ';') {
      start = k + 1;
      break;
    }
    if ((t.l === 'and' || t.l === 'but') && S.isPunct(k - 1, ',')) {
      start = k + 1;
      break;
    }
  }
  if (start === 0 && S.at(0).l === 'according') {
    let k = 0;
    while (k < comma && !S.isPunct(k, ',')) k++;
    start = k + 1;
  }
  while (start < comma && S.at(start).k === 'w' && !S.at(start).cap && isAdverb(S.at(start).l)) start++;
  const first = S.at(start);
  if (first.l === 'there' || first.l === 'it') return null;
  const e = nounPhraseRight(S, start, 12);
  if (e <= start) return null;
  return [start, e];
}

function trimTrailingTime(S: Sentence, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const t = S.at(k);
    if (t.cap) continue;
    if (t.l === 'on' || t.l === 'in' || t.l === 'at' || t.l === 'during' || t.l === 'last' || t.l === 'this' || t.l === 'earlier' || t.l === 'late' || t.l === 'from' || t.l === 'via' && false) {
      let m = k + 1;
      if (t.l === 'last' || t.l === 'this' || t.l === 'earlier' || t.l === 'late') m = k;
      if (DETERMINERS.has(S.at(m).l) && m > k) m++;
      const u = S.at(m === k ? k + 1 : m);
      if (TIME_WORDS.has(u.l) || isNumber(u) || t.l === 'earlier') return k;
    }
  }
  return b;
}

/** End of a source phrase that follows a marker ("according to", "citing"). */
function sourceRight(S: Sentence, a: number): number {
  let k = a;
  while (k < S.end && k < a + 14) {
    const t = S.at(k);
    if (t.k === 'q' || (t.k === 'p' && !((t.t === '.' || t.t === "'" || t.t === '&') && S.at(k - 1).e === t.s))) break;
    if (!t.cap && k > a && (t.l === 'that' || t.l === 'which' || t.l === 'who' || t.l === 'when' || t.l === 'while' || t.l === 'because' || t.l === 'as' || t.l === 'but' || t.l === 'if' || t.l === 'though' || t.l === 'although' || t.l === 'after' || t.l === 'before' || t.l === 'since')) break;
    if (!t.cap && k > a && AUX.has(t.l)) break;
    k++;
  }
  return trimTrailingTime(S, a, k);
}

function onlyLeadIn(S: Sentence, i: number): boolean {
  for (let k = 0; k < i; k++) {
    const t = S.at(k);
    if (t.k === 'w' && (CLAUSE_WORDS.has(t.l) || isAdverb(t.l) || t.l === 'but' || t.l === 'and')) continue;
    if (t.t === ',') continue;
    return false;
  }
  return true;
}

/** All attributions of one sentence, as token ranges. `end` is the token count before the final period. */
export function findAttributions(T: Tok[], end: number): RawAttribution[] {
  const S = new Sentence(T, end);
  const out: RawAttribution[] = [];
  for (let i = 0; i < end && S.hardStops.length < MAX_PER_SENTENCE; i++) if (S.at(i).t === ';') S.hardStops.push(i);

  // 1. Markers with the source after them: "according to X", "as per X", "citing X".
  const markers: { cue: Range; src: Range; i: number }[] = [];
  for (let i = 0; i < end; i++) {
    const t = S.at(i);
    if (t.k !== 'w' || t.inQ) continue;
    let cue: Range | null = null;
    if (t.l === 'according' && S.at(i + 1).l === 'to') cue = [i, i + 2];
    else if (t.l === 'as' && S.at(i + 1).l === 'per') cue = [i, i + 2];
    else if ((t.l === 'citing' || t.l === 'quoting') && !t.cap && (S.isPunct(i - 1, ',') || i === 0)) cue = [i, i + 1];
    if (!cue) continue;
    const a = cue[1];
    const b = sourceRight(S, a);
    if (b <= a) continue;
    if (markers.length >= MAX_PER_SENTENCE) break;
    markers.push({ cue, src: [a, b], i });
    if (S.isPunct(i - 1, ',')) S.hardStops.push(i - 1);
    i = b - 1;
  }
  for (const m of markers) {
    const { cue, src, i } = m;
    let after = src[1];
    while (after < end && !S.isPunct(after, ',;') && after < src[1] + 6) after++; // a trimmed "on Monday"
    if (onlyLeadIn(S, i) && S.isPunct(after, ',')) {
      const cs = after + 1;
      const ce = S.stopAfter(cs - 1);
      if (ce > cs) out.push({ cue, source: src, content: [[cs, ce]], marker: true });
      continue;
    }
    const leftEnd = S.isPunct(i - 1, ',') ? i - 1 : i;
    const content: Range[] = [];
    if (leftEnd > 0) content.push([0, leftEnd]);
    if (S.isPunct(after, ',') && after + 1 < end) {
      const ce = S.stopAfter(after);
      if (ce > after + 1) content.push([after + 1, ce]);
    }
    if (content.length) out.push({ cue, source: src, content, marker: true });
  }

  // 2. Reporting verbs. Participles and inverted cues first: their commas bound the other cues' contents.
  const uses: (CueKind | null)[] = [];
  const participles: number[] = [];
  let candidates = 0;
  for (let i = 0; i < end; i++) {
    const use = candidates < MAX_PER_SENTENCE * 2 ? verbUse(S, i) : null;
    if (use) candidates++;
    uses.push(use);
    if (use === 'participle') {
      participles.push(i);
      const c = verbGroupStart(S, i) - 1;
      if (S.isPunct(c, ',')) S.hardStops.push(c);
    }
  }
  const handled = new Set<number>();
  for (let i = 0; i < end; i++) {
    if (uses[i] !== 'forward') continue;
    const inv = inverted(S, i, verbGroupStart(S, i));
    if (inv) {
      out.push(inv);
      handled.add(i);
    }
  }
  for (let i = 0; i < end; i++) {
    if (uses[i] !== 'forward' || handled.has(i)) continue;
    const t = S.at(i);
    const lemma = VERBS.get(t.l)?.lemma ?? t.l;
    const g = verbGroupStart(S, i);
    const isPassive = VERBS.get(t.l)?.form === 'ed' ? hasBe(S, g, i) : false;
    let source: Range | null = sourceLeft(S, g);
    let cueStart = g;
    // "The president's report indicated": the artefact noun belongs to the cue, the owner is the source.
    if (source && source[1] - source[0] >= 2 && ARTEFACTS.has(S.at(source[1] - 1).l) && S.at(source[1] - 2).k === 'ps') {
      cueStart = source[1] - 1;
      source = [source[0], source[1] - 1];
    }
    if (source && source[1] - source[0] === 1 && (S.at(source[0]).l === 'there' || (S.at(source[0]).l === 'it' && isPassive))) source = null;
    let c0 = i;
    let agent: Range | null = null;
    if (isPassive && S.at(i + 1).l === 'by') {
      const e = nounPhraseRight(S, i + 2, 10);
      if (e > i + 2) {
        agent = [i + 2, e];
        c0 = e - 1;
      }
    }
    // "KCNA quoted Kim as saying ...": the outlet's cue "quoted", the speaker's cue "as saying".
    if (lemma === 'quote' && !isPassive) {
      const e = nounPhraseRight(S, i + 1, MAX_OBJECT);
      if (e > i + 1 && S.at(e).l === 'as' && VERBS.get(S.at(e + 1).l)?.form === 'ing') {
        const fwd = contentRight(S, e + 1, VERBS.get(S.at(e + 1).l)?.lemma ?? 'say');
        handled.add(e + 1);
        if (fwd) {
          out.push({ cue: [cueStart, i + 1], source, content: [[fwd.start, fwd.end]] });
          out.push({ cue: [e, e + 2], source: [i + 1, e], content: [[fwd.start, fwd.end]], inner: true });
        }
        continue;
      }
    }
    if (isPassive && S.at(c0 + 1).l === 'as' && VERBS.get(S.at(c0 + 2).l)?.form === 'ing') {
      // "Kim was quoted as saying": one cue "was quoted as saying", the subject is the speaker.
      handled.add(c0 + 2);
      const fwd = contentRight(S, c0 + 2, VERBS.get(S.at(c0 + 2).l)?.lemma ?? 'say');
      if (fwd) {
        if (agent) {
          out.push({ cue: [cueStart, i + 2], source: agent, content: [[fwd.start, fwd.end]] });
          out.push({ cue: [c0 + 1, c0 + 3], source, content: [[fwd.start, fwd.end]], inner: true });
        } else out.push({ cue: [cueStart, c0 + 3], source, content: [[fwd.start, fwd.end]] });
      }
      continue;
    }
    if (isPassive && !agent) {
      // "Reporters were told that ...", "It is believed that ...": no source; "He is said to be ill": the
      // subject is part of what is attributed.
      const fwd = contentRight(S, i, lemma);
      if (!fwd) continue;
      const content: Range[] = [];
      if (source && S.at(fwd.start).l === 'to' && !TAKES_ADDRESSEE.has(lemma)) content.push(source);
      content.push([fwd.start, fwd.end]);
      out.push({ cue: [cueStart, i + 1], source: null, content });
      continue;
    }
    const fwd = contentRight(S, c0, lemma);
    if (!fwd) continue;
    const a: RawAttribution = { cue: [cueStart, agent ? i + 2 : i + 1], source: agent ?? source, content: [[fwd.start, fwd.end]] };
    if (fwd.addressee) a.addressee = fwd.addressee;
    out.push(a);
  }

  // "X happened, Reuters reported, citing officials": the cited source is nested in the outlet's report.
  for (const a of out) {
    if (!a.marker || S.at(a.cue[0]).l !== 'citing') continue;
    const inv = out.find((b) => !b.marker && b.cue[1] === a.cue[0] - 1 && S.isPunct(a.cue[0] - 1, ','));
    if (inv && inv.content[0]) {
      a.content = [inv.content[0]];
      a.inner = true;
    }
  }

  // 3. Participles: ", saying ...", ", claiming that ..." take the main clause's subject.
  for (const i of participles) {
    const t = S.at(i);
    const lemma = VERBS.get(t.l)?.lemma ?? t.l;
    const g = verbGroupStart(S, i);
    if (handled.has(i)) continue;
    const fwd = contentRight(S, i, lemma);
    if (!fwd) continue;
    const src = mainSubject(S, g, out);
    const a: RawAttribution = { cue: [g, i + 1], source: src, content: [[fwd.start, fwd.end]], implicitSource: true };
    if (fwd.addressee) a.addressee = fwd.addressee;
    out.push(a);
  }

  // 4. Noun cues with a "that" clause: "There are fears that ...", "Kim's claim that ...".
  for (let i = 0; i + 1 < end; i++) {
    const t = S.at(i);
    if (out.length >= MAX_PER_SENTENCE * 3) break;
    if (t.k !== 'w' || t.cap || t.inQ || !NOUN_CUES.has(t.l) || S.at(i + 1).l !== 'that') continue;
    if (out.some((a) => (a.cue[0] <= i && i < a.cue[1]) || (a.cue[1] <= i && i < (a.content[0]?.[0] ?? 0)))) continue;
    const prev = S.at(i - 1);
    const nounish = prev.k === 'ps' || DETERMINERS.has(prev.l) || BE.has(prev.l) || PREPOSITIONS.has(prev.l) || (prev.k === 'w' && !prev.cap && !VERBS.has(prev.l) && !SUBJECT_PRONOUNS.has(prev.l)) || prev.l === 'there';
    if (!nounish) continue;
    let source: Range | null = null;
    if (prev.k === 'ps') source = sourceLeft(S, i);
    else if (prev.l === 'his' || prev.l === 'her' || prev.l === 'their' || prev.l === 'its') source = [i - 1, i];
    const cs = i + 2;
    const ce = S.stopAfter(cs - 1);
    if (ce > cs) out.push({ cue: [i, i + 1], source, content: [[cs, ce]] });
  }

  // 5. A colon that introduces a quote after a bare source: 'Kim\'s verdict: "..."'.
  for (let i = 1; i < end && out.length < MAX_PER_SENTENCE * 3; i++) {
    if (!S.isPunct(i, ':') || !S.isQuote(i + 1) || S.at(i).inQ) continue;
    if (out.some((a) => a.content.some(([x, y]) => x <= i + 1 && i + 1 < y))) continue;
    const src = sourceLeft(S, i);
    if (!src || src[1] - src[0] > 8) continue;
    let q = i + 2;
    while (q < end && !S.isQuote(q)) q++;
    // 'The ministry's verdict: "..."': the artefact noun joins the cue, the possessive owner is the source.
    const own = src[1] - src[0] >= 3 && S.at(src[1] - 2).k === 'ps' && !S.at(src[1] - 1).cap;
    out.push({ cue: [own ? src[1] - 1 : i, i + 1], source: own ? [src[0], src[1] - 1] : src, content: [[i + 1, Math.min(end, q + 1)]] });
  }
  // One attribution per cue: the first reading found wins.
  const kept: RawAttribution[] = [];
  for (const a of out) {
    if (kept.length >= MAX_PER_SENTENCE) break;
    if (!kept.some((k) => k.cue[0] < a.cue[1] && a.cue[0] < k.cue[1])) kept.push(a);
  }
  return kept;
}

function hasBe(S: Sentence, g: number, i: number): boolean {
  for (let k = g; k < i; k++) if (BE.has(S.at(k).l) || S.at(k).l === 'get' || S.at(k).l === 'got') return true;
  return false;
}

/** An inverted or parenthetical cue: the content comes before it. */
function inverted(S: Sentence, i: number, g: number): RawAttribution | null {
  // The tail after the verb group: nothing, an inverted subject ("said Kim"), or a time/venue phrase.
  let after = i + 1;
  let invSource: Range | null = null;
  const chunk = sourceLeft(S, g);
  const boundary = chunk ? chunk[0] - 1 : g - 1;
  const bt = S.at(boundary);
  const afterQuote = bt.k === 'q' && S.isPunct(boundary - 1, ',!?');
  if (!(S.isPunct(boundary, ',') || afterQuote)) return null;
  if (boundary <= 0) return null;
  if (!chunk) {
    const e = nounPhraseRight(S, after, 10);
    if (e <= after) return null;
    invSource = [after, e];
    after = e;
    if (S.isPunct(after, ',') && S.at(after + 1).cap && !S.isQuote(after + 1)) {
      // "said Dmitry Peskov, the Kremlin's spokesman."
      const e2 = nounPhraseRight(S, after + 2, 10);
      if (e2 >= S.end) {
        invSource = [invSource[0], e2];
        after = e2;
      }
    } else if (S.isPunct(after, ',') && !S.isQuote(after + 1)) {
      const e2 = nounPhraseRight(S, after + 1, 10);
      if (e2 >= S.end && DETERMINERS.has(S.at(after + 1).l)) {
        invSource = [invSource[0], e2];
        after = e2;
      }
    }
  } else if (chunk[1] - chunk[0] > 10) return null;
  after = skipTimePhrase(S, after);
  if (S.at(after).l === 'told' || S.at(after).l === 'tells') {
    const e = nounPhraseRight(S, after + 1, 6);
    after = skipTimePhrase(S, e);
  }
  const content: Range[] = [];
  const contentEnd = afterQuote ? boundary + 1 : boundary;
  // Content runs from the clause start (sentence start, or after a leading "According to X,").
  let cs = 0;
  if (contentEnd <= cs) return null;
  content.push([cs, contentEnd]);
  if (after >= S.end || S.hardStops.includes(after)) {
    // the cue ends its clause
  } else if (S.isPunct(after, ',') && after + 1 < S.end && (chunk !== null || invSource !== null)) {
    // "The plan, he said, is dead." / '"We will win," he said, "and they will lose."'
    const stop = S.stopAfter(after);
    if (stop <= after + 1) return null;
    const next = S.at(after + 1);
    if (VERBS.get(next.l)?.form === 'ing') return null; // ", saying ..." is a participle of its own
    content.push([after + 1, stop]);
    // A parenthetical cue inside a clause needs a short left part without a verb of its own to be sure.
    if (!afterQuote && hasFiniteVerb(S, cs, contentEnd) && !S.isQuote(after + 1)) {
      // "North Korea fired missiles, officials said, and ..." is still fine; only reject clear clauses after.
    }
  } else return null;
  S.hardStops.push(boundary);
  return { cue: [g, i + 1], source: invSource ?? chunk, content };
}
