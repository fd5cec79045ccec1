// The learned attribution tagger (ARCHITECTURE.md, "Extraction"): per paragraph, a chain model tags cue tokens
// (B/I/O); then for each cue a second chain model tags the tokens around it as source or content
// (O, BS, IS, BC, IC). Decoding keeps PolNeAR's constraints: one contiguous cue per attribution, at most one
// source span, no token in two attributions. The same functions build the training sequences, so training and
// use cannot drift apart.
import { viterbi, emissions, type ChainWeights, type Position } from './chain';
import {
  cueFeatures,
  cueLegal,
  FeatureSink,
  roleFeatures,
  roleLegal,
  tokenFacts,
  type CueContext,
  type RuleView,
  type TokenFacts,
} from './features';
import { paragraphTokens, type LTok } from './tokens';

export type Pair = [number, number];

/** An attribution as half-open ranges: characters in CharAttribution, token indexes in TokAttribution. */
export interface CharAttribution {
  cue: Pair;
  source: Pair[];
  content: Pair[];
}
export type TokAttribution = CharAttribution;

export interface LearnedModel {
  version: 1;
  /** Tokens each side of a cue that the role tagger reads. */
  window: number;
  /** false: trained without the rules' opinions, which are then left out of the features. */
  rules?: boolean;
  /** Added to every token's "B" (cue start) score before decoding. */
  cueBias?: number;
  cue: ChainWeights;
  role: ChainWeights;
}

export interface ParagraphView {
  start: number;
  end: number;
  T: LTok[];
  F: TokenFacts;
  rules: RuleView;
  /** The rules' attributions in token indexes. */
  ruleAttrs: TokAttribution[];
  /** For each token, the rule attribution whose cue covers it (-1: none). */
  ruleAt: Int32Array;
}

/** Index of the first range (sorted by start, not nested) that ends after `pos`. */
function firstEndingAfter(xs: readonly Pair[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as Pair)[1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range [first, last + 1) of the tokens a character range touches, or null. */
export function tokenRange(T: readonly LTok[], a: number, b: number): Pair | null {
  let lo = 0;
  let hi = T.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((T[mid] as LTok).e > a) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  let last = first;
  while (last < T.length && (T[last] as LTok).s < b) last++;
  return last > first ? [first, last] : null;
}

function toTokens(T: readonly LTok[], a: CharAttribution): TokAttribution | null {
  const cue = tokenRange(T, a.cue[0], a.cue[1]);
  if (!cue) return null;
  const map = (xs: Pair[]) => xs.map(([s, e]) => tokenRange(T, s, e)).filter((x): x is Pair => x !== null);
  return { cue, source: map(a.source), content: map(a.content) };
}

export function viewParagraph(
  n: string,
  original: string,
  start: number,
  end: number,
  sentences: readonly { start: number; end: number }[],
  rules: readonly CharAttribution[],
): ParagraphView {
  const T = paragraphTokens(n, original, start, end, sentences);
  const ruleAttrs = rules.map((r) => toTokens(T, r)).filter((x): x is TokAttribution => x !== null);
  const cue = new Uint8Array(T.length);
  const ruleAt = new Int32Array(T.length).fill(-1);
  ruleAttrs.forEach((r, k) => {
    for (let i = r.cue[0]; i < r.cue[1]; i++) {
      cue[i] = i === r.cue[0] ? 1 : 2;
      if (ruleAt[i] === -1) ruleAt[i] = k;
    }
  });
  return { start, end, T, F: tokenFacts(T), rules: { cue }, ruleAttrs, ruleAt };
}

export function cueSequence(P: ParagraphView, bits: number): Position[] {
  const sink = new FeatureSink((1 << bits) - 1);
  return P.T.map((_, i) => {
    sink.reset();
    cueFeatures(P.T, P.F, P.rules, i, sink);
    return { feats: sink.take() };
  });
}

/** Cue token ranges from a B/I/O label path. */
export function cueRuns(path: readonly number[]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i < path.length; i++) {
    if (path[i] !== 1) continue;
    let j = i + 1;
    while (j < path.length && path[j] === 2) j++;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}

export function decodeCues(model: LearnedModel, P: ParagraphView): Pair[] {
  const seq = cueSequence(P, model.cue.bits);
  const scores = emissions(model.cue, seq);
  // Calibration tuned on dev: the perceptron is precise but shy; a bias on "B" trades precision for recall.
  if (model.cueBias)
    for (let t = 0; t < seq.length; t++) scores[t * 3 + 1] = (scores[t * 3 + 1] as number) + model.cueBias;
  return cueRuns(viterbi(model.cue, seq, cueLegal, scores));
}

const NOT_CUE = [true, false, false, false, false];
const ROLE_NONE = [true, true, true, true, true];

/** The role tagger's window around one cue: the positions and the token index of the first one. */
export function roleSequence(
  P: ParagraphView,
  cue: Pair,
  cues: readonly Pair[],
  window: number,
  bits: number,
): { from: number; seq: Position[] } {
  const from = Math.max(0, cue[0] - window);
  const to = Math.min(P.T.length, cue[1] + window);
  // Window-local arrays (index i - from): a paragraph may be one enormous line.
  const otherCue = new Uint8Array(to - from);
  let k = firstEndingAfter(cues, from);
  for (; k < cues.length && (cues[k] as Pair)[0] < to; k++) {
    const c = cues[k] as Pair;
    if (c[0] === cue[0]) continue;
    for (let i = Math.max(c[0], from); i < Math.min(c[1], to); i++) otherCue[i - from] = 1;
  }
  const ri = P.ruleAt[cue[0]] ?? -1;
  const rule = ri >= 0 ? P.ruleAttrs[ri] : undefined;
  let ruleRole: Int8Array | null = null;
  if (rule) {
    ruleRole = new Int8Array(to - from);
    const put = (xs: Pair[], v: number) => {
      for (const [a, b] of xs) for (let i = Math.max(a, from); i < Math.min(b, to); i++) ruleRole![i - from] = v;
    };
    put(rule.source, 1);
    put(rule.content, 2);
  }
  const C: CueContext = {
    c0: cue[0],
    c1: cue[1],
    head: P.F.stem[cue[1] - 1] as number,
    first: P.F.w[cue[0]] as number,
    from,
    ruleRole,
    otherCue,
  };
  const seq: Position[] = [];
  const sink = new FeatureSink((1 << bits) - 1);
  for (let i = from; i < to; i++) {
    const inCue = i >= cue[0] && i < cue[1];
    sink.reset();
    roleFeatures(P.T, P.F, C, i, sink);
    seq.push({ feats: sink.take(), allowed: inCue ? NOT_CUE : ROLE_NONE });
  }
  return { from, seq };
}

/** Source and content ranges from a role label path over a window starting at token `from`. */
export function roleRuns(path: readonly number[], from: number, cue: Pair): Omit<TokAttribution, 'cue'> {
  const source: Pair[] = [];
  const content: Pair[] = [];
  for (let i = 0; i < path.length; i++) {
    const y = path[i] as number;
    if (y !== 1 && y !== 3) continue;
    let j = i + 1;
    while (j < path.length && path[j] === y + 1) j++;
    (y === 1 ? source : content).push([from + i, from + j]);
    i = j - 1;
  }
  // One source: the span nearest the cue.
  const dist = (r: Pair) => (r[1] <= cue[0] ? cue[0] - r[1] : r[0] - cue[1]);
  if (source.length > 1)
    source.splice(
      0,
      source.length,
      source.reduce((a, b) => (dist(b) < dist(a) ? b : a)),
    );
  return { source, content };
}

export function decodeRoles(model: LearnedModel, P: ParagraphView, cue: Pair, cues: readonly Pair[]): TokAttribution {
  const { from, seq } = roleSequence(P, cue, cues, model.window, model.role.bits);
  return { cue, ...roleRuns(viterbi(model.role, seq, roleLegal), from, cue) };
}

/** Every attribution of one paragraph, decoded under PolNeAR's constraints (see univocal). */
export function tagParagraph(model: LearnedModel, view: ParagraphView): TokAttribution[] {
  const P = model.rules === false ? withoutRules(view) : view;
  const cues = decodeCues(model, P);
  const out: TokAttribution[] = [];
  for (const cue of cues) {
    const a = decodeRoles(model, P, cue, cues);
    if (a.content.length === 0) continue; // PolNeAR has no attribution without content
    out.push(a);
  }
  return univocal(out);
}

/**
 * PolNeAR's annotation is univocal: a token has one role in one attribution. Cues and sources are the surer
 * predictions, so a content gives way: a fragment past another attribution's cue is dropped, and a fragment is
 * cut where another attribution's cue or source begins (after its own cue) or ends (before it).
 */
export function univocal(attrs: TokAttribution[]): TokAttribution[] {
  if (attrs.length < 2) return attrs;
  const owner = new Map<number, number>();
  attrs.forEach((a, k) => {
    for (const [x, y] of [a.cue, ...a.source]) for (let i = x; i < y; i++) if (!owner.has(i)) owner.set(i, k);
  });
  const out: TokAttribution[] = [];
  attrs.forEach((a, k) => {
    const foreign = (i: number) => owner.has(i) && owner.get(i) !== k;
    const content: Pair[] = [];
    for (const [x, y] of a.content) {
      const after = x >= a.cue[1];
      const lo = after ? a.cue[1] : y;
      const hi = after ? x : a.cue[0];
      let beyond = false;
      for (const b of attrs) if (b !== a && b.cue[0] >= lo && b.cue[1] <= hi) beyond = true;
      if (beyond) continue;
      let s = x;
      let e = y;
      if (after) {
        for (let i = x; i < y; i++)
          if (foreign(i)) {
            e = i;
            break;
          }
      } else {
        for (let i = y - 1; i >= x; i--)
          if (foreign(i)) {
            s = i + 1;
            break;
          }
      }
      if (e > s) content.push([s, e]);
    }
    if (content.length > 0) out.push({ ...a, content });
  });
  return out;
}

export function withoutRules(P: ParagraphView): ParagraphView {
  return {
    ...P,
    rules: { cue: new Uint8Array(P.T.length) },
    ruleAttrs: [],
    ruleAt: new Int32Array(P.T.length).fill(-1),
  };
}

export function toChars(P: ParagraphView, a: TokAttribution): CharAttribution {
  const chars = ([x, y]: Pair): Pair => [(P.T[x] as LTok).s, (P.T[y - 1] as LTok).e];
  return { cue: chars(a.cue), source: a.source.map(chars), content: a.content.map(chars) };
}

export { paragraphTokens };
