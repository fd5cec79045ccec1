// Exact-span scoring of attribution extraction against the gold corpus (issue 3's metric).
//
// SNAPPING. Before any comparison every span is snapped to word tokens:
//   - a *token character* is a letter, digit or combining mark (\p{L}\p{N}\p{M}), or one of the joiners
//     ' ’ - ‐ . when it has a letter/digit/mark on BOTH sides ("don't", "Korea's", "Secretary-General", "U.S").
//   - trim: the start moves right and the end moves left past every non-token character (spaces, quotation
//     marks, commas, periods, dashes, colons, brackets...). A span with no token character snaps to nothing and
//     is ignored.
//   - widen: an edge that falls inside a token moves outwards to the token's boundary ("aid" inside "said"
//     becomes "said").
//   So `"We will win,"` equals `We will win`, `said,` equals `said`, and `the president's` stays distinct from
//   `the president` (the possessive is part of the token).
//
// ROLE VALUES. A role of one attribution (its source, its cue, its content) may have several fragments. Its
// value is the set of its snapped fragments, sorted, with fragments merged when they overlap or when only
// non-token characters lie between them (a quote split over two paragraphs `..."\n\n"...` is one stretch
// whatever way it was cut). Two role values are equal when they are the same list of (start, end) pairs.
// An attribution whose role snaps to nothing has no value for that role (a passive without a source): it
// counts neither in that role's gold total nor in its predicted total.
//
// MATCHING. Only gold attributions not marked nested and predicted attributions without `within` are scored.
// Identical predicted attributions (same three role values) listed in several claims count once.
//   - cue: a predicted cue is right when its value equals a gold cue's value (one-to-one).
//   - source / content: a predicted value is right when it equals the value of a gold attribution whose cue
//     overlaps (shares a character with, after snapping) the predicted attribution's cue (one-to-one, maximum
//     matching).
//   P = right / predicted values, R = right / gold values, F1 = 2PR / (P + R); micro-averaged over the corpus
//   (counts summed over articles before dividing).
//
// SPEAKER AND OUTLET (extra figures, per claim). Every gold attribution, nested ones included, is located in
// the predicted claim whose span contains its first cue character. Its expected speaker and outlet are then
// compared with that claim's `speaker` and `outlet`; gold attributions that land in the same predicted claim
// with the same expectations count once. A missing claim is wrong on both.
//   - speaker: names are normalised (NFKC, lower case, curly apostrophes straightened, a final "'s" dropped,
//     punctuation removed, a leading "the" dropped); they match when equal or when one is a word-suffix of
//     the other ("Senate Majority Leader Chuck Schumer" ~ "Chuck Schumer" ~ "Schumer"). A gold speaker of null
//     expects null, except that when the gold names an outlet, a speaker equal to the gold source (the outlet
//     speaking for itself, "The Washington Post reported") is also accepted.
//   - outlet: the predicted outlet id counts only when `stated` is true (an inherited outlet counts as null);
//     ids are compared after the aliases in OUTLET_ALIASES.
import type { Attribution, Claim, Extraction, Span } from '../../main/core/types';
import type { GoldArticle, GoldAttribution, Role } from './gold';
import { ROLES } from './gold';

type Range = [number, number];

const TOKEN = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set(["'", '’', '-', '‐', '.']);

function isCore(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && TOKEN.test(ch);
}

/** True when text[i] belongs to a word token (see SNAPPING above). */
export function isTokenChar(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (TOKEN.test(ch)) return true;
  return JOINERS.has(ch) && isCore(text, i - 1) && isCore(text, i + 1);
}

/** Snaps [start, end) to word tokens; null when the span holds no token character. */
export function snap(text: string, start: number, end: number): Range | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && !isTokenChar(text, s)) s++;
  while (e > s && !isTokenChar(text, e - 1)) e--;
  if (s >= e) return null;
  while (s > 0 && isTokenChar(text, s - 1)) s--;
  while (e < text.length && isTokenChar(text, e)) e++;
  return [s, e];
}

/** The snapped, sorted and merged value of one role (see ROLE VALUES above); empty when nothing is left. */
export function roleValue(text: string, spans: readonly Span[]): Range[] {
  const snapped = spans
    .map((sp) => snap(text, sp.start, sp.end))
    .filter((r): r is Range => r !== null)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of snapped) {
    const last = out[out.length - 1];
    if (last && (r[0] <= last[1] || !hasToken(text, last[1], r[0]))) {
      last[1] = Math.max(last[1], r[1]);
    } else {
      out.push([r[0], r[1]]);
    }
  }
  return out;
}

function hasToken(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isTokenChar(text, i)) return true;
  return false;
}

export function valueKey(v: readonly Range[]): string {
  return v.map(([a, b]) => `${a}:${b}`).join(',');
}

function overlaps(a: readonly Range[], b: readonly Range[]): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

export interface Counts {
  tp: number;
  gold: number;
  pred: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const p = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.pred;
  const r = c.gold === 0 ? (c.pred === 0 ? 1 : 0) : c.tp / c.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export interface Accuracy {
  right: number;
  total: number;
}

export interface ArticleScore {
  id: string;
  roles: Record<Role, Counts>;
  speaker: Accuracy;
  outlet: Accuracy;
}

export interface CorpusScore {
  articles: number;
  roles: Record<Role, Counts>;
  speaker: Accuracy;
  outlet: Accuracy;
}

interface Valued {
  source: Range[];
  cue: Range[];
  content: Range[];
}

function valued(text: string, a: { source: readonly Span[]; cue: readonly Span[]; content: readonly Span[] }): Valued {
  return { source: roleValue(text, a.source), cue: roleValue(text, a.cue), content: roleValue(text, a.content) };
}

/** Maximum bipartite matching (Kuhn's augmenting paths); `ok(g, p)` says whether gold g may match pred p. */
function maxMatching(nGold: number, nPred: number, ok: (g: number, p: number) => boolean): number {
  const predOf = new Array<number>(nPred).fill(-1);
  const adj: number[][] = [];
  for (let g = 0; g < nGold; g++) {
    const row: number[] = [];
    for (let p = 0; p < nPred; p++) if (ok(g, p)) row.push(p);
    adj.push(row);
  }
  const tryG = (g: number, seen: boolean[]): boolean => {
    for (const p of adj[g] ?? []) {
      if (seen[p]) continue;
      seen[p] = true;
      const owner = predOf[p] ?? -1;
      if (owner < 0 || tryG(owner, seen)) {
        predOf[p] = g;
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let g = 0; g < nGold; g++) if (tryG(g, new Array<boolean>(nPred).fill(false))) n++;
  return n;
}

/** The predicted attributions that are scored: those without `within`, de-duplicated across claims. */
export function scoredPredictions(text: string, claims: readonly Claim[]): Valued[] {
  const seen = new Set<string>();
  const out: Valued[] = [];
  for (const claim of claims) {
    for (const a of claim.attributions as Attribution[]) {
      if (a.within !== undefined) continue;
      const v = valued(text, a);
      const key = `${valueKey(v.source)}|${valueKey(v.cue)}|${valueKey(v.content)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

/** Span counts for one article. */
export function scoreSpans(gold: GoldArticle, claims: readonly Claim[]): Record<Role, Counts> {
  const text = gold.text;
  const G = gold.attributions.filter((a) => !a.nested).map((a) => valued(text, a));
  const P = scoredPredictions(text, claims);
  const out = {} as Record<Role, Counts>;
  for (const role of ROLES) {
    const gIdx = G.map((_, i) => i).filter((i) => (G[i] as Valued)[role].length > 0);
    const pIdx = P.map((_, i) => i).filter((i) => (P[i] as Valued)[role].length > 0);
    const tp = maxMatching(gIdx.length, pIdx.length, (gi, pi) => {
      const g = G[gIdx[gi] as number] as Valued;
      const p = P[pIdx[pi] as number] as Valued;
      if (valueKey(g[role]) !== valueKey(p[role])) return false;
      return role === 'cue' || overlaps(g.cue, p.cue);
    });
    out[role] = { tp, gold: gIdx.length, pred: pIdx.length };
  }
  return out;
}

/** Outlet ids that name the same outlet (other corpora's or registries' spellings -> ClaimDesk's). */
export const OUTLET_ALIASES: Record<string, string> = {
  'wash-post': 'washington-post',
  'the-washington-post': 'washington-post',
  nyt: 'new-york-times',
  'the-new-york-times': 'new-york-times',
  'associated-press': 'ap',
  'the-associated-press': 'ap',
  express: 'daily-express',
  'huff-post': 'huffpost',
  'huffington-post': 'huffpost',
  wsj: 'wall-street-journal',
  'usa-today': 'usa-today',
  businessworld: 'business-world',
};

export function canonicalOutlet(id: string | null | undefined): string | null {
  if (id === null || id === undefined || id === '') return null;
  const k = id.toLowerCase();
  return OUTLET_ALIASES[k] ?? k;
}

export function normaliseName(name: string): string[] {
  let s = name.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  s = s.replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's');
  s = s.replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim();
  const words = s.split(/\s+/).filter((w) => w.length > 0);
  if (words[0] === 'the') words.shift();
  return words;
}

/** True when two names are equal after normalisation or one is a word-suffix of the other. */
export function namesMatch(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const off = long.length - short.length;
  return short.every((w, i) => long[off + i] === w);
}

function claimAt(claims: readonly Claim[], offset: number): Claim | undefined {
  return claims.find((c) => c.start <= offset && offset < c.end);
}

export function speakerRight(gold: GoldAttribution, claim: Claim | undefined): boolean {
  if (!claim) return false;
  const name = claim.speaker?.name ?? null;
  if (gold.speaker === null) {
    if (name === null) return true;
    const src = gold.source.map((s) => s.text).join(' ');
    return gold.outlet !== null && src.length > 0 && namesMatch(name, src);
  }
  return name !== null && namesMatch(name, gold.speaker);
}

export function outletRight(gold: GoldAttribution, claim: Claim | undefined): boolean {
  if (!claim) return false;
  const predicted = claim.outlet && claim.outlet.stated ? canonicalOutlet(claim.outlet.id) : null;
  return predicted === canonicalOutlet(gold.outlet);
}

/** Speaker and outlet accuracy for one article (see SPEAKER AND OUTLET above). */
export function scoreClaims(gold: GoldArticle, claims: readonly Claim[]): { speaker: Accuracy; outlet: Accuracy } {
  const speaker: Accuracy = { right: 0, total: 0 };
  const outlet: Accuracy = { right: 0, total: 0 };
  const seen = new Set<string>();
  for (const g of gold.attributions) {
    const first = g.cue[0];
    if (!first) continue;
    const claim = claimAt(claims, first.start);
    if (claim) {
      const key = `${claim.start}:${claim.end}|${g.speaker ?? ''}|${g.outlet ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    speaker.total++;
    outlet.total++;
    if (speakerRight(g, claim)) speaker.right++;
    if (outletRight(g, claim)) outlet.right++;
  }
  return { speaker, outlet };
}

export function scoreArticle(gold: GoldArticle, predicted: Pick<Extraction, 'claims'>): ArticleScore {
  const roles = scoreSpans(gold, predicted.claims);
  const { speaker, outlet } = scoreClaims(gold, predicted.claims);
  return { id: gold.id, roles, speaker, outlet };
}

export function sumScores(scores: readonly ArticleScore[]): CorpusScore {
  const roles = {} as Record<Role, Counts>;
  for (const role of ROLES) roles[role] = { tp: 0, gold: 0, pred: 0 };
  const speaker: Accuracy = { right: 0, total: 0 };
  const outlet: Accuracy = { right: 0, total: 0 };
  for (const s of scores) {
    for (const role of ROLES) {
      roles[role].tp += s.roles[role].tp;
      roles[role].gold += s.roles[role].gold;
      roles[role].pred += s.roles[role].pred;
    }
    speaker.right += s.speaker.right;
    speaker.total += s.speaker.total;
    outlet.right += s.outlet.right;
    outlet.total += s.outlet.total;
  }
  return { articles: scores.length, roles, speaker, outlet };
}
