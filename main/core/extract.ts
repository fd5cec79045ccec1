// The extraction pipeline (design.md §4): normalise (same length, so offsets never shift) -> lines and
// paragraphs -> boilerplate lines out -> headings -> sentences -> attributions -> claims with speaker, outlet,
// id and check-worthiness. Pure: no I/O, no clock, no randomness.
//
// Conventions chosen here (documented because the corpora leave them open):
// - One claim per sentence; headings are claims of kind "heading" with no attribution.
// - Content excludes a complementizer "that" and the sentence-final period; quotation marks are kept.
// - "according to Kim's letter": the cue must be one contiguous span, so the cue is "according to" and the source
//   is "Kim's letter"; the speaker is the artefact's owner, Kim (expanded to the fullest earlier mention).
// - Speaker offsets are those of the name as written in this claim ("Kim", "he"); `name` is the resolved name.
// - Outlet: the first attribution source (outer first) that the outlet resolver recognises; speaker: the first
//   source that it does not. The addressee of "told Reuters" counts as an outlet when no source is one.
// - Inheritance: a claim with no outlet of its own takes the outlet of the nearest claim before it in the same
//   paragraph that states one, else the nearest after it; failing that, the outlet of a wire dateline
//   ("SEOUL (Reuters) -") anywhere earlier in the article. Inherited outlets carry `stated: false`.
import { defaultOutletResolver, type OutletResolver } from './outlets/resolver';
import type { OutletEntry, OutletResolution } from './outlets/types';
import type { Attribution, Claim, ClaimOutlet, Extraction, OutletRef, SkippedLine, Span, Speaker } from './types';
import { span } from './types';
import { normalizeForMatching, quoteDirection } from './text/normalize';
import { layout } from './text/layout';
import { splitSentences } from './text/sentences';
import { tokenize, type Tok } from './text/tokens';
import { findAttributions, type RawAttribution, type Range } from './attribution/find';
import { EntityMemory, nameCore } from './attribution/names';
import { ClaimIds } from './claims/ids';
import { checkworthiness } from './checkworthiness';

export interface ExtractOptions {
  outlets?: OutletResolver;
}

const DATELINE = /^([\p{Lu}][\p{Lu} .'-]{1,40}(?:,\s*[\p{L}][\p{L} .'-]{1,30})?)\s*\(([^()\n]{2,40})\)\s*-{1,2}\s*/u;

function ref(e: OutletEntry): OutletRef {
  return { id: e.id, name: e.name, domain: e.domains[0] ?? '' };
}

function outletOf(r: OutletResolution, stated: boolean): ClaimOutlet {
  return { ...ref(r.outlet), stated, via: r.via.map(ref) };
}

/** Quote stretches of a paragraph as [open, close] character positions, pairing typographic and straight quotes. */
function quoteStretches(n: string, original: string, a: number, b: number): number[] {
  const out: number[] = [];
  let open = -1;
  let i = n.indexOf('"', a);
  while (i >= 0 && i < b) {
    const dir = quoteDirection(original, i);
    if (open < 0) {
      if (dir !== 'close') open = i;
    } else if (dir !== 'open') {
      out.push(open, i);
      open = -1;
    } else open = i;
    i = n.indexOf('"', i + 1);
  }
  if (open >= 0) out.push(open, b);
  return out;
}

interface SentenceWork {
  start: number;
  end: number;
  tokens: Tok[];
  raw: RawAttribution[];
  dateline: { cue: Span; source: Span; content: Span; outlet: OutletResolution } | null;
}

export function extractClaims(text: string, options: ExtractOptions = {}): Extraction {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const resolver = options.outlets ?? defaultOutletResolver();
  const n = normalizeForMatching(input);
  const L = layout(n);
  const cache = new Map<string, OutletResolution | null>();
  const resolve = (phrase: string): OutletResolution | null => {
    const key = phrase.replace(/\s+/g, ' ').trim();
    if (key.length === 0 || key.length > 200) return null;
    let r = cache.get(key);
    if (r === undefined) {
      try {
        r = resolver.resolve(key, { articleText: input });
      } catch {
        r = null;
      }
      cache.set(key, r);
    }
    return r;
  };

  const skipped: SkippedLine[] = L.skipped.map((s) => ({ start: s.start, end: s.end, text: input.slice(s.start, s.end), reason: s.reason }));
  const ids = new ClaimIds();
  const memory = new EntityMemory();
  const claims: Claim[] = [];
  let articleOutlet: ClaimOutlet | null = null;

  type Unit = { kind: 'heading'; start: number; end: number } | { kind: 'para'; start: number; end: number };
  const units: Unit[] = [
    ...L.headings.map((h) => ({ kind: 'heading' as const, start: h.start, end: h.end })),
    ...L.paragraphs.map((p) => ({ kind: 'para' as const, start: p.start, end: p.end })),
  ].sort((x, y) => x.start - y.start);

  for (const u of units) {
    if (u.kind === 'heading') {
      let s = u.start;
      const m = /^#{1,6}\s+/.exec(n.slice(s, Math.min(u.end, s + 10)));
      if (m) s += m[0].length;
      const t = input.slice(s, u.end);
      claims.push({
        id: ids.next(t), start: s, end: u.end, text: t, kind: 'heading', speaker: null, outlet: null, attributions: [],
        checkworthiness: checkworthiness({ text: t, kind: 'heading', attributed: false }),
      });
      continue;
    }
    const quotes = quoteStretches(n, input, u.start, u.end);
    let qi = 0;
    const inQuote = (pos: number): boolean => {
      while (qi < quotes.length && (quotes[qi + 1] ?? 0) < pos) qi += 2;
      const o = quotes[qi];
      const c = quotes[qi + 1];
      return o !== undefined && c !== undefined && o < pos && pos < c;
    };
    const work: SentenceWork[] = [];
    for (const r of splitSentences(n, u.start, u.end)) {
      const tokens = tokenize(n, r.start, r.end, inQuote);
      let ce = r.end;
      if (n[ce - 1] === '.' ) ce--;
      while (ce > r.start && n[ce - 1] === ' ') ce--;
      let endTok = tokens.length;
      while (endTok > 0 && (tokens[endTok - 1]?.s ?? 0) >= ce) endTok--;
      let raw: RawAttribution[] = [];
      try {
        raw = findAttributions(tokens, endTok);
      } catch {
        raw = []; // a bug in one rule must never lose the article
      }
      let dateline: SentenceWork['dateline'] = null;
      if (r.start === u.start) {
        const m = DATELINE.exec(n.slice(r.start, Math.min(r.end, r.start + 140)));
        if (m && m[2]) {
          const srcStart = r.start + m[0].indexOf('(', (m[1] ?? '').length) + 1;
          const srcEnd = srcStart + m[2].length;
          const o = resolve(input.slice(srcStart, srcEnd));
          if (o) {
            const dashStart = n.indexOf('-', srcEnd);
            const contentStart = r.start + m[0].length;
            dateline = {
              cue: span(input, dashStart, n[dashStart + 1] === '-' ? dashStart + 2 : dashStart + 1),
              source: span(input, srcStart, srcEnd),
              content: span(input, contentStart, Math.max(contentStart, ce)),
              outlet: o,
            };
          }
        }
      }
      work.push({ start: r.start, end: r.end, tokens, raw, dateline });
    }
    const paraClaims: Claim[] = [];
    for (const w of work) {
      const claim = buildClaim(w);
      paraClaims.push(claim);
      memory.noteNames(w.tokens);
    }
    spillQuotes(work, paraClaims, quotes);
    // Paragraph inheritance (see the header): nearest stated outlet before, else after, else the dateline's.
    for (let i = 0; i < paraClaims.length; i++) {
      const c = paraClaims[i];
      if (!c || c.outlet) continue;
      let from: ClaimOutlet | null = null;
      for (let j = i - 1; j >= 0 && !from; j--) {
        const o = paraClaims[j]?.outlet;
        if (o && o.stated) from = o;
      }
      for (let j = i + 1; j < paraClaims.length && !from; j++) {
        const o = paraClaims[j]?.outlet;
        if (o && o.stated) from = o;
      }
      from ??= articleOutlet;
      if (from) c.outlet = { ...from, stated: false, via: from.via.map((v) => ({ ...v })) };
    }
    claims.push(...paraClaims);
  }
  return { text: input, claims, skipped };

  /**
   * A quote that runs over several sentences ('Kim said: "We are ready. The enemy will lose."') is one content
   * with a fragment per sentence; each sentence's claim carries the attribution.
   */
  function spillQuotes(work: SentenceWork[], paraClaims: Claim[], quotes: number[]): void {
    const stretchAt = (pos: number): [number, number] | null => {
      let lo = 0;
      let hi = quotes.length / 2 - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const o = quotes[mid * 2] as number;
        const c = quotes[mid * 2 + 1] as number;
        if (pos < o) hi = mid - 1;
        else if (pos > c) lo = mid + 1;
        else return [o, c];
      }
      return null;
    };
    const share = (from: number, to: number, a: Attribution) => {
      const target = paraClaims[to];
      const src = paraClaims[from];
      if (!target || !src || target.attributions.includes(a)) return;
      const copy: Attribution = { cue: a.cue, source: a.source, content: a.content };
      target.attributions.push(copy);
      target.kind = 'attributed';
      target.speaker ??= src.speaker;
      target.outlet ??= src.outlet;
      target.checkworthiness = checkworthiness({ text: target.text, kind: target.kind, attributed: true });
    };
    for (let i = 0; i < work.length; i++) {
      const w = work[i];
      const c = paraClaims[i];
      if (!w || !c) continue;
      for (const a of [...c.attributions]) {
        const last = a.content[a.content.length - 1];
        const first = a.content[0];
        if (!last || !first) continue;
        const fwd = n[last.start] === '"' ? stretchAt(last.start) : null;
        if (fwd && fwd[0] === last.start && fwd[1] >= w.end) {
          a.content[a.content.length - 1] = span(input, last.start, w.end);
          for (let j = i + 1; j < work.length && j < i + 50; j++) {
            const v = work[j] as SentenceWork;
            if (v.start > fwd[1]) break;
            a.content.push(span(input, v.start, Math.min(v.end, fwd[1] + 1)));
            share(i, j, a);
          }
          continue;
        }
        const endQ = n[last.end - 1] === '"' ? stretchAt(last.end - 1) : null;
        if (endQ && endQ[1] === last.end - 1 && endQ[0] < w.start && first.start === w.start) {
          const added: Span[] = [];
          for (let j = i - 1; j >= 0 && j > i - 50; j--) {
            const v = work[j] as SentenceWork;
            if (v.end <= endQ[0]) break;
            added.unshift(span(input, Math.max(v.start, endQ[0]), v.end));
            share(i, j, a);
          }
          a.content.unshift(...added);
        }
      }
    }
  }

  function buildClaim(w: SentenceWork): Claim {
    const T = w.tokens;
    const charRange = (r: Range, trim = true): [number, number] | null => {
      let a = r[0];
      let b = r[1];
      while (trim && b > a && (T[b - 1]?.t === ',' || T[b - 1]?.t === ';' || T[b - 1]?.t === ':')) b--;
      while (trim && a < b && (T[a]?.t === ',' || T[a]?.t === ':')) a++;
      const s = T[a]?.s;
      const e = T[b - 1]?.e;
      return s === undefined || e === undefined || e <= s ? null : [s, e];
    };
    type Pending = { attr: Attribution; raw: RawAttribution | null; contentChars: [number, number][]; cueStart: number };
    const pend: Pending[] = [];
    if (w.dateline) {
      const d = w.dateline;
      pend.push({ attr: { cue: [d.cue], source: [d.source], content: [d.content] }, raw: null, contentChars: [[d.content.start, d.content.end]], cueStart: d.cue.start });
    }
    for (const r of w.raw) {
      const cue = charRange(r.cue, false);
      if (!cue) continue;
      const content = r.content.map((x) => charRange(x)).filter((x): x is [number, number] => x !== null);
      if (content.length === 0) continue;
      const source = r.source ? charRange(r.source) : null;
      pend.push({
        attr: { cue: [span(input, cue[0], cue[1])], source: source ? [span(input, source[0], source[1])] : [], content: content.map(([a, b]) => span(input, a, b)) },
        raw: r,
        contentChars: content,
        cueStart: cue[0],
      });
    }
    // Nesting: an attribution whose cue lies in another's (strictly longer) content is within it.
    const len = (p: Pending) => p.contentChars.reduce((s, [a, b]) => s + b - a, 0);
    const parent = pend.map((p) => {
      let best = -1;
      for (let j = 0; j < pend.length; j++) {
        const q = pend[j];
        if (!q || q === p) continue;
        const sameContent = len(q) === len(p) && p.raw?.inner === true && q.raw?.inner !== true;
        if (len(q) < len(p) || (len(q) === len(p) && !sameContent)) continue;
        if (sameContent || q.contentChars.some(([a, b]) => a <= p.cueStart && p.cueStart < b)) {
          if (best < 0 || len(q) < len(pend[best] as Pending)) best = j;
        }
      }
      return best;
    });
    const depth = pend.map((_, i) => {
      let d = 0;
      for (let k = parent[i] ?? -1; k >= 0 && d < 20; k = parent[k] ?? -1) d++;
      return d;
    });
    const order = pend.map((_, i) => i).sort((x, y) => (depth[x] ?? 0) - (depth[y] ?? 0) || (pend[x]?.cueStart ?? 0) - (pend[y]?.cueStart ?? 0));
    const newIndex = new Map<number, number>();
    order.forEach((old, i) => newIndex.set(old, i));
    const attributions: Attribution[] = order.map((old) => {
      const a = { ...(pend[old] as Pending).attr };
      const p = parent[old] ?? -1;
      if (p >= 0) a.within = newIndex.get(p) as number;
      return a;
    });

    let outlet: ClaimOutlet | null = null;
    let speaker: Speaker | null = null;
    for (const old of order) {
      const p = pend[old] as Pending;
      const src = p.attr.source[0];
      if (!src) continue;
      if (p.raw === null && w.dateline) {
        outlet ??= outletOf(w.dateline.outlet, true);
        articleOutlet ??= outletOf(w.dateline.outlet, true);
        continue;
      }
      const raw = p.raw;
      const srcTokens = raw && raw.source ? T.slice(raw.source[0], raw.source[1]) : [];
      const core = nameCore(srcTokens);
      if (core && core.kind === 'pronoun') {
        const pr = srcTokens[core.a];
        const ent = pr ? memory.resolvePronoun(pr.t, pr.s) : null;
        if (ent && ent.outletId) {
          const o = resolve(ent.name);
          if (o && !outlet) outlet = outletOf(o, true);
          continue;
        }
        if (!speaker && pr) speaker = { name: ent ? ent.name : input.slice(pr.s, pr.e), start: pr.s, end: pr.e };
        continue;
      }
      const o = resolve(src.text);
      if (o) {
        outlet ??= outletOf(o, true);
        memory.addSource(src.text, 'org', src.start, o.outlet.id);
        continue;
      }
      if (!core) continue;
      const first = srcTokens[core.a];
      const last = srcTokens[core.b - 1];
      if (!first || !last) continue;
      let name = input.slice(first.s, last.e).replace(/\s+/g, ' ');
      let kind = core.kind;
      if (core.b - core.a === 1 && first.cap) {
        const ex = memory.expand(first.t);
        name = ex.name;
        if (ex.person) kind = 'person';
      }
      memory.addSource(name, kind, first.s);
      if (!speaker) speaker = { name, start: first.s, end: last.e };
    }
    if (!outlet) {
      for (const old of order) {
        const r = pend[old]?.raw;
        if (!r || !r.addressee) continue;
        const a = charRange(r.addressee);
        const o = a ? resolve(input.slice(a[0], a[1])) : null;
        if (o && o.outlet.kind !== 'generic') {
          outlet = outletOf(o, true);
          break;
        }
      }
    }
    const t = input.slice(w.start, w.end);
    const kind = attributions.length > 0 ? 'attributed' : 'unattributed';
    return {
      id: ids.next(t), start: w.start, end: w.end, text: t, kind, speaker, outlet, attributions,
      checkworthiness: checkworthiness({ text: t, kind, attributed: attributions.length > 0 }),
    };
  }
}
