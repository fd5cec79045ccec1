// A TypeScript port of PolNeAR's reference scorer (../shared/polnear/score.py): spans snapped to the scorer's
// regex tokens, then Citron's exact metrics (a source or content counts only when its cue overlaps the gold
// cue) and CofeNet's per-role exact span match. `npm run eval` prints these; they agree with score.py.

export interface PnSpan {
  start: number;
  end: number;
  text?: string;
}
export interface PnAttribution {
  cue: PnSpan[];
  source: PnSpan[];
  content: PnSpan[];
}
export interface PnArticle {
  id: string;
  text: string;
  attributions: PnAttribution[];
}

const TOK = /[\p{L}\p{N}_]+(?:[’'][\p{L}\p{N}_]+)*|[^\p{L}\p{N}_\s]/gu;
export const PN_ROLES = ['cue', 'source', 'content'] as const;
export type PnRole = (typeof PN_ROLES)[number];

type Tok = [number, number];
interface Quote {
  cue: Tok[];
  source: Tok[];
  content: Tok[];
  cue1: Tok | null;
}

function tokenize(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  TOK.lastIndex = 0;
  for (let m = TOK.exec(text); m; m = TOK.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

function firstAbove(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function snap(s: PnSpan, starts: number[], ends: number[]): Tok | null {
  const first = firstAbove(ends, s.start);
  const last = firstAbove(starts, s.end - 1) - 1; // last token starting before end
  if (first >= ends.length || last < 0 || last < first) return null;
  return [first, last + 1];
}

const cmp = (a: Tok, b: Tok) => a[0] - b[0] || a[1] - b[1];
const key = (xs: Tok[]) => xs.map((x) => x.join(':')).join(',');

function toQuotes(a: PnArticle): Quote[] {
  const { starts, ends } = tokenize(a.text);
  return a.attributions.map((at) => {
    const q = { cue: [], source: [], content: [], cue1: null } as Quote;
    for (const r of PN_ROLES)
      q[r] = (at[r] ?? [])
        .map((x) => snap(x, starts, ends))
        .filter((x): x is Tok => x !== null)
        .sort(cmp);
    const c = q.cue;
    q.cue1 = c.length > 0 ? [(c[0] as Tok)[0], (c[c.length - 1] as Tok)[1]] : null;
    return q;
  });
}

const overlapping = (a: Tok | null, b: Tok | null) => a !== null && b !== null && a[0] <= b[1] && a[1] > b[0];

export type Counts = Record<string, [number, number, number]>;

export function emptyCounts(): Counts {
  const C: Counts = {};
  for (const k of ['cue', 'source', 'content', 'quote', 'cf_cue', 'cf_source', 'cf_content']) C[k] = [0, 0, 0];
  return C;
}

/** Adds one article's counts (tp, fp, fn per metric) to C. */
export function countArticle(gold: PnArticle, pred: PnArticle, C: Counts): void {
  const G = toQuotes(gold);
  const P = toQuotes(pred);
  const same = (a: Tok | null, b: Tok | null) => a !== null && b !== null && a[0] === b[0] && a[1] === b[1];
  const prf = (k: string, match: (p: Quote, g: Quote) => boolean) => {
    const c = C[k] as [number, number, number];
    for (const p of P) c[G.some((g) => match(p, g)) ? 0 : 1]++;
    for (const g of G) if (!P.some((p) => match(p, g))) c[2]++;
  };
  prf('cue', (p, g) => same(p.cue1, g.cue1) || (p.cue1 === null && g.cue1 === null));
  prf('source', (p, g) => overlapping(p.cue1, g.cue1) && key(p.source) === key(g.source));
  prf('content', (p, g) => overlapping(p.cue1, g.cue1) && key(p.content) === key(g.content));
  prf('quote', (p, g) => same(p.cue1, g.cue1) && key(p.source) === key(g.source) && key(p.content) === key(g.content));
  for (const r of PN_ROLES) {
    const ps = new Set(P.flatMap((q) => q[r].map((x) => x.join(':'))));
    const gs = new Set(G.flatMap((q) => q[r].map((x) => x.join(':'))));
    const c = C['cf_' + r] as [number, number, number];
    for (const x of ps) c[gs.has(x) ? 0 : 1]++;
    for (const x of gs) if (!ps.has(x)) c[2]++;
  }
}

export function prf([tp, fp, fn]: [number, number, number]): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreCorpus(gold: PnArticle[], pred: Map<string, PnArticle>): Counts {
  const C = emptyCounts();
  for (const g of gold) countArticle(g, pred.get(g.id) ?? { id: g.id, text: g.text, attributions: [] }, C);
  return C;
}
