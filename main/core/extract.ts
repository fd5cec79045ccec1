// The extraction pipeline (ARCHITECTURE.md §3): normalise (same length, so offsets never shift) -> lines and
// paragraphs -> boilerplate lines out -> headings -> sentences -> attributions -> claims with speaker, outlet,
// id and check-worthiness. Pure: no I/O, no clock, no randomness.
//
// Conventions chosen here (PolNeAR/PARC as in test/fixtures/attribution/CONVENTIONS.md, and where they leave it open):
// - One claim per sentence; headings are claims of kind "heading". A headline's own attributions ("Envoy Says
//   Door Open to Talks", "..., Officials Say") are reported on it (PolNeAR annotates headlines); the kind stays
//   "heading".
// - Content includes the complementizer "that" ("said that ..." -> content "that ..."), quotation marks and an
//   infinitive's "to"; the sentence-final period outside a quote is left out.
// - Cue: the verb group plus the time and venue phrases between the verb and the content ("said Tuesday", "said
//   in a statement", 'said on "Face the Nation."'); the addressee of "told reporters" is in no span.
// - A quote that goes on in the next sentence or paragraph without a cue of its own is another content fragment
//   of the attribution before it, and its claim carries that attribution.
// - "according to Kim's letter": the cue must be one contiguous span, so the cue is "according to" and the source
//   is "Kim's letter"; the speaker is the artefact's owner, Kim (expanded to the fullest earlier mention).
// - Speaker offsets are those of the name as written in this claim ("Kim", "he"); `name` is the resolved name.
// - Outlet: the first attribution source (outer first) that the outlet resolver recognises; speaker: the first
//   source that it does not. The addressee of "told Reuters" counts as an outlet when no source is one.
// - Datelines ("SEOUL (Reuters) -", "PHOENIX -") are in no span. Their wire credit (findDatelineCredit) is the
//   article's outlet, which claims inherit: a claim with no outlet of its own takes the outlet of the nearest claim
//   before it in the same paragraph that states one, else the dateline's; never one from a later sentence
//   (CONVENTIONS.md, "Inherited outlets"). Inherited outlets carry `stated: false`.
import { defaultOutletResolver, findDatelineCredit, type OutletResolver } from './outlets/resolver';
import { outletFrame, unregisteredClaimOutlet } from './outlets/frames';
import { venueOutlet } from './outlets/venue';
import type { OutletEntry, OutletResolution } from './outlets/types';
import type { Attribution, Claim, ClaimOutlet, Extraction, OutletRef, SkippedLine, Span, Speaker } from './types';
import { span } from './types';
import { normalizeForMatching, quoteDirection } from './text/normalize';
import { layout } from './text/layout';
import { splitSentences } from './text/sentences';
import { tokenize, type Tok } from './text/tokens';
import { findAttributions, type RawAttribution, type Range } from './attribution/find';
import { findHeadlineAttributions } from './attribution/headline';
import { definiteDescription, EntityMemory, MEDIA_NOUNS, nameCore } from './attribution/names';
import { ClaimIds } from './claims/ids';
import { checkworthiness } from './checkworthiness';
import { shippedModel } from './attribution/learned/shipped-model';
import { combineWithRules } from './attribution/learned/combine';
import {
  tagParagraph,
  toChars,
  viewParagraph,
  type CharAttribution,
  type LearnedModel,
  type ParagraphView,
} from './attribution/learned/tagger';

/** A sentence's attribution in its tokens; a learned one keeps its own character spans beside. */
type SentenceRaw = RawAttribution & { learned?: CharAttribution };
const LEARNED = Symbol('learned');
type LearnedAttribution = Attribution & { [LEARNED]?: CharAttribution };

/** A rule attribution in characters, its role edges trimmed of commas, semicolons and colons. */
function rawChars(T: readonly Tok[], r: RawAttribution): CharAttribution {
  const chars = ([a, b]: Range, trim: boolean): [number, number] => {
    while (trim && b - 1 > a && /^[,;:]$/.test(T[b - 1]?.t ?? '')) b--;
    while (trim && a + 1 < b && /^[,:]$/.test(T[a]?.t ?? '')) a++;
    return [T[a]?.s ?? 0, T[b - 1]?.e ?? 0];
  };
  return {
    cue: chars(r.cue, false),
    source: r.source ? [chars(r.source, true)] : [],
    content: r.content.map((c) => chars(c, true)),
  };
}

/** The learned attributions whose cue starts in [start, end), in the sentence's tokens. */
function learnedRaw(all: readonly CharAttribution[], T: Tok[], start: number, end: number): SentenceRaw[] {
  const out: SentenceRaw[] = [];
  const range = (a: number, b: number): Range | null => {
    let i = 0;
    let top = T.length;
    while (i < top) {
      const mid = (i + top) >> 1;
      if ((T[mid] as Tok).e <= a) i = mid + 1;
      else top = mid;
    }
    let j = i;
    while (j < T.length && (T[j] as Tok).s < b) j++;
    return j > i ? [i, j] : null;
  };
  // `all` is sorted by cue start: find the first at or after `start` by bisection.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid] as CharAttribution).cue[0] < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < all.length && (all[k] as CharAttribution).cue[0] < end; k++) {
    const l = all[k] as CharAttribution;
    const cue = range(l.cue[0], l.cue[1]);
    if (!cue) continue;
    const src = l.source[0] ? range(l.source[0][0], l.source[0][1]) : null;
    const content = l.content.map(([a, b]) => range(a, b)).filter((x): x is Range => x !== null);
    const raw: SentenceRaw = { cue, source: src, content, learned: l };
    // "told Reuters": the words between a telling cue and its content may name the outlet that carried them.
    if (/^(?:tell|tells|told|telling)$/.test(T[cue[1] - 1]?.l ?? '')) {
      const next = content.find((c) => c[0] >= cue[1]);
      const stop = next ? next[0] : T.length; // '"...," she told the Gazette.': up to the sentence's end
      if (stop > cue[1]) raw.addressee = [cue[1], stop];
    }
    out.push(raw);
  }
  return out;
}

export interface ExtractOptions {
  outlets?: OutletResolver;
  /** 'learned' (default): the PolNeAR-trained tagger, reading the rules as features; 'rules': the rules alone. */
  engine?: 'learned' | 'rules';
  /** The learned model to use instead of the shipped one (training and evaluation). */
  model?: LearnedModel;
}

// A dateline without a credit ("PHOENIX -", "WASHINGTON/CAIRO -", "KYIV, Ukraine -"): not prose of any source.
const PLAIN_DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\p{M}.'/ -]{1,40}(?:,\s*[\p{L}][\p{L} .'-]{1,30})?\s*(?:\([^()\n]{1,60}\)\s*)?|\([^()\n]{1,60}\)\s*)-{1,3}\s*/u;

const MAY_NAME_OUTLET =
  /\p{Lu}|media|press|news|paper|agency|agencies|television|\btv\b|radio|wire|outlet|broadcaster|channel|daily|times|post/u;

// Resolutions that cannot depend on the article (a certain outlet, or no outlet for a phrase without a media
// word) are shared between articles of one resolver: names recur from article to article.
const SHARED = new WeakMap<OutletResolver, Map<string, OutletResolution | null>>();
const SHARED_MAX = 20000;
const MEDIA_WORD = /media|press|news|paper|agency|agencies|television|\btv\b|radio|wire|outlet|broadcaster|channel/i;

function contextFree(key: string, r: OutletResolution | null): boolean {
  if (r === null) return !MEDIA_WORD.test(key);
  return r.alternatives.length === 0 && r.decidedBy === undefined && r.descriptor === undefined;
}

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
  raw: SentenceRaw[];
  dateline: { outlet: OutletResolution } | null;
}

export function extractClaims(text: string, options: ExtractOptions = {}): Extraction {
  const input = typeof text === 'string' ? text : String(text ?? '');
  if (options.engine === 'rules') return assemble(input, options, null);
  const model = options.model ?? shippedModel();
  return assemble(input, options, (view, rules) =>
    combineWithRules(
      tagParagraph(model, view).map((a) => toChars(view, a)),
      rules,
    ),
  );
}

/**
 * Tags one paragraph or heading given its view (tokens, sentences and the rules' attributions as features) and
 * returns the attributions that replace the rules' ones.
 */
export type UnitTagger = (view: ParagraphView, rules: CharAttribution[]) => CharAttribution[];

/** The learned tagger's view of every paragraph and heading, built exactly as extraction builds it (for training). */
export function paragraphViews(text: string): ParagraphView[] {
  const views: ParagraphView[] = [];
  assemble(text, {}, (view) => {
    views.push(view);
    return [];
  });
  return views;
}

/** Claims from the text, with attributions from the rules (`tagger` null) or from the tagger, which reads them. */
function assemble(input: string, options: ExtractOptions, tagger: UnitTagger | null): Extraction {
  const resolver = options.outlets ?? defaultOutletResolver();
  let shared = SHARED.get(resolver);
  if (!shared) {
    shared = new Map();
    SHARED.set(resolver, shared);
  }
  const n = normalizeForMatching(input);
  const L = layout(n);
  const cache = new Map<string, OutletResolution | null>();
  const resolve = (phrase: string): OutletResolution | null => {
    // Only a phrase with a capital letter or a media noun can name an outlet ("Reuters", "state media"); "officials"
    // and "he" are not worth a lookup (this keeps outlet resolution a small share of extraction time, issue 4).
    if (!MAY_NAME_OUTLET.test(phrase)) return null;
    const key = phrase.replace(/\s+/g, ' ').trim();
    if (key.length === 0 || key.length > 200) return null;
    let r = cache.get(key);
    if (r === undefined) {
      r = shared.get(key);
      if (r === undefined) {
        try {
          r = resolver.resolve(key, { articleText: input });
        } catch {
          r = null;
        }
        if (contextFree(key, r)) {
          if (shared.size >= SHARED_MAX) shared.clear();
          shared.set(key, r);
        }
      }
      cache.set(key, r);
    }
    return r;
  };

  /** An unregistered outlet named in an outlet's frame over [start, end) of the text, if any. */
  const unregisteredAt = (start: number, end: number): ClaimOutlet | null => {
    if (!MAY_NAME_OUTLET.test(input.slice(start, end))) return null;
    try {
      const f = outletFrame(input, start, end, { resolver });
      return f ? unregisteredClaimOutlet(f, true) : null;
    } catch {
      return null;
    }
  };

  const skipped: SkippedLine[] = L.skipped.map((s) => ({
    start: s.start,
    end: s.end,
    text: input.slice(s.start, s.end),
    reason: s.reason,
  }));
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
      // Headlines carry attributions of their own ("Envoy Says Door Open to Talks"); the claim stays a heading.
      const tokens = tokenize(n, s, u.end);
      let raw: SentenceRaw[];
      try {
        raw = findHeadlineAttributions(tokens);
        if (tagger) {
          const rules = raw.map((r) => rawChars(tokens, r));
          raw = learnedRaw(
            tagger(viewParagraph(n, input, s, u.end, [{ start: s, end: u.end }], rules), rules),
            tokens,
            s,
            u.end,
          );
        }
      } catch {
        raw = [];
      }
      const claim = raw.length > 0 ? buildClaim({ start: s, end: u.end, tokens, raw, dateline: null }) : null;
      if (claim && tagger) spreadLearned([claim]);
      claims.push({
        id: claim ? claim.id : ids.next(t),
        start: s,
        end: u.end,
        text: t,
        kind: 'heading',
        speaker: claim?.speaker ?? null,
        outlet: claim?.outlet ?? null,
        attributions: claim?.attributions ?? [],
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
      // A dateline opening the paragraph is no part of any attribution: its wire credit is the outlet the article
      // inherits (findDatelineCredit), and the sentence's attributions are read after it.
      let dateline: SentenceWork['dateline'] = null;
      let from = r.start;
      if (r.start === u.start) {
        const head = n.slice(r.start, Math.min(r.end, r.start + 140));
        const m = PLAIN_DATELINE.exec(head);
        // "BEIJING\u2014China said": without spaces only a long dash ends a dateline ("US-China talks" is prose).
        const dash = m ? m[0].replace(/\s+$/, '').length - 1 : -1;
        const spaced = m !== null && (m[0].length > dash + 1 || /[\u2013\u2014]/.test(input[r.start + dash] ?? ''));
        if (m && spaced) {
          let credit: ReturnType<typeof findDatelineCredit>;
          try {
            credit = findDatelineCredit(head, resolver);
          } catch {
            credit = null;
          }
          if (credit && credit.end > m[0].length) credit = null;
          // "(Bloomberg) --" alone is a dateline only when the credit names an outlet; a place needs capitals.
          if (m[0].startsWith('(') ? credit !== null : /\p{Lu}{2}/u.test(m[0])) {
            from = r.start + m[0].length;
            if (credit)
              dateline = {
                outlet: { outlet: credit.outlet, via: [], alternatives: [], start: credit.start, end: credit.end },
              };
          }
        }
      }
      const tokens = tokenize(n, from, r.end, inQuote);
      let ce = r.end;
      if (n[ce - 1] === '.') ce--;
      while (ce > r.start && n[ce - 1] === ' ') ce--;
      let endTok = tokens.length;
      while (endTok > 0 && (tokens[endTok - 1]?.s ?? 0) >= ce) endTok--;
      let raw: SentenceRaw[];
      try {
        raw = findAttributions(tokens, endTok);
        // A one-line paragraph without final punctuation is a headline in sentence case ("Texas Senate passes new
        // map as Democrats vow court fight"): headline grammar applies.
        if (
          raw.length === 0 &&
          r.start === u.start &&
          r.end === u.end &&
          !/[.!?"')\]]$/.test(n.slice(r.start, r.end)) &&
          endTok <= 30
        ) {
          raw = findHeadlineAttributions(tokens);
        }
      } catch {
        raw = []; // a bug in one rule must never lose the article
      }
      // The dateline ("SEOUL (Reuters) -") is no part of the first claim's text: it is set aside like a byline.
      if (from > r.start) {
        let e = from;
        while (e > r.start && n[e - 1] === ' ') e--;
        skipped.push({ start: r.start, end: e, text: input.slice(r.start, e), reason: 'dateline' });
      }
      work.push({ start: from, end: r.end, tokens, raw, dateline });
    }
    if (tagger) {
      let learned: CharAttribution[];
      try {
        const rules = work.flatMap((w) => w.raw.map((r) => rawChars(w.tokens, r)));
        learned = tagger(viewParagraph(n, input, u.start, u.end, work, rules), rules);
      } catch {
        learned = []; // a fault in the tagger must never lose the article
      }
      for (const w of work) w.raw = learnedRaw(learned, w.tokens, w.start, w.end);
    }
    const paraClaims: Claim[] = [];
    for (const w of work) {
      const claim = buildClaim(w);
      paraClaims.push(claim);
      memory.noteNames(w.tokens);
    }
    if (tagger) spreadLearned(paraClaims);
    else spillQuotes(work, paraClaims, quotes);
    // Paragraph inheritance (see the header and test/fixtures/attribution/CONVENTIONS.md): the nearest stated
    // outlet before the claim in its paragraph, else the dateline's. Never one from a later sentence: a reader
    // carries "According to X" forward, not back.
    for (let i = 0; i < paraClaims.length; i++) {
      const c = paraClaims[i];
      if (!c || c.outlet) continue;
      let from: ClaimOutlet | null = null;
      for (let j = i - 1; j >= 0 && !from; j--) {
        const o = paraClaims[j]?.outlet;
        if (o && o.stated) from = o;
      }
      from ??= articleOutlet;
      if (from)
        c.outlet = {
          id: from.id,
          name: from.name,
          domain: from.domain,
          stated: false,
          via: from.via.length === 0 ? [] : from.via.map((v) => ({ ...v })),
        };
    }
    claims.push(...paraClaims);
  }
  if (!tagger) continueQuotes(claims);
  skipped.sort((a, b) => a.start - b.start);
  return { text: input, claims, skipped };

  /**
   * Learned attributions keep their own spans (content may run over several sentences, as one span); every claim
   * whose sentence lies in such a content and has no attribution of its own carries the attribution too.
   */
  function spreadLearned(paraClaims: Claim[]): void {
    for (let i = 0; i < paraClaims.length; i++) {
      const c = paraClaims[i] as Claim;
      for (const a of c.attributions) {
        const l = (a as LearnedAttribution)[LEARNED];
        if (!l) continue;
        delete (a as LearnedAttribution)[LEARNED];
        a.cue = [span(input, l.cue[0], l.cue[1])];
        a.source = l.source.map(([x, y]) => span(input, x, y));
        a.content = l.content.map(([x, y]) => span(input, x, y));
        const lo = Math.min(...l.content.map(([x]) => x));
        const hi = Math.max(...l.content.map(([, y]) => y));
        const share = (d: Claim) => {
          if (d.attributions.length > 0 || !l.content.some(([x, y]) => x < d.end && d.start < y)) return;
          d.attributions.push({ cue: a.cue, source: a.source, content: a.content });
          d.kind = 'attributed';
          d.speaker ??= c.speaker;
          d.outlet ??= c.outlet;
          d.checkworthiness = checkworthiness({ text: d.text, kind: d.kind, attributed: true });
        };
        // Claims are in text order: walk out from this one only as far as the content reaches.
        for (let j = i - 1; j >= 0 && (paraClaims[j] as Claim).end > lo; j--) share(paraClaims[j] as Claim);
        for (let j = i + 1; j < paraClaims.length && (paraClaims[j] as Claim).start < hi; j++)
          share(paraClaims[j] as Claim);
      }
    }
  }

  /**
   * A quote that goes on in the next sentence or paragraph without a cue of its own ('"A," Kim said. "B."', or a
   * paragraph that is all quote) continues the last quoted content (PolNeAR): it becomes another fragment of
   * that attribution, and its claim carries the attribution.
   */
  function continueQuotes(all: Claim[]): void {
    let carrier: { a: Attribution; claim: Claim } | null = null;
    let open = false;
    for (const c of all) {
      if (c.kind === 'heading') {
        carrier = null;
        continue;
      }
      let q = 0;
      for (let i = n.indexOf('"', c.start); i >= 0 && i < c.end; i = n.indexOf('"', i + 1)) q++;
      let s0 = c.start;
      while (s0 < c.end && n[s0] === ' ') s0++;
      const startsQuote = n[s0] === '"' && quoteDirection(input, s0) !== 'close';
      const scored = c.attributions.filter((a) => a.within === undefined);
      if (scored.length === 0) {
        if (carrier && (startsQuote || open)) {
          const { a, claim } = carrier;
          a.content.push(span(input, c.start, c.end));
          c.attributions.push({ cue: a.cue, source: a.source, content: a.content });
          c.kind = 'attributed';
          if (claim.outlet && (!c.outlet || !c.outlet.stated)) c.outlet = claim.outlet;
          c.checkworthiness = checkworthiness({ text: c.text, kind: c.kind, attributed: true });
          open = q % 2 === 1 ? !open : open;
          continue;
        }
        carrier = null;
        open = false;
        continue;
      }
      const last = scored[scored.length - 1] as Attribution;
      const frag = last.content[last.content.length - 1];
      const quoted = last.content.some((f) => f.text.includes('"') || /[\u201c\u201d]/.test(f.text));
      carrier = quoted && frag ? { a: last, claim: c } : null;
      // An attribution whose quote is still open at the end of its sentence continues in the next one.
      open = carrier !== null && frag !== undefined && frag.end >= c.end - 1 && quoteOpenAt(c.end, c.start);
    }
  }

  /** Whether a double quote opened in [from, pos) is still open at pos. */
  function quoteOpenAt(pos: number, from: number): boolean {
    let open = false;
    for (let i = n.indexOf('"', from); i >= 0 && i < pos; i = n.indexOf('"', i + 1)) {
      const d = quoteDirection(input, i);
      open = d === 'open' ? true : d === 'close' ? false : !open;
    }
    return open;
  }

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
    type Pending = {
      attr: Attribution;
      raw: RawAttribution | null;
      contentChars: [number, number][];
      cueStart: number;
    };
    const pend: Pending[] = [];
    if (w.dateline) articleOutlet ??= outletOf(w.dateline.outlet, true);
    for (const r of w.raw) {
      const cue = charRange(r.cue, false);
      if (!cue) continue;
      const content = r.content.map((x) => charRange(x)).filter((x): x is [number, number] => x !== null);
      if (content.length === 0 && !r.learned) continue;
      const source = r.source ? charRange(r.source) : null;
      pend.push({
        attr: {
          cue: [span(input, cue[0], cue[1])],
          source: source ? [span(input, source[0], source[1])] : [],
          content: content.map(([a, b]) => span(input, a, b)),
          ...(r.learned ? { [LEARNED]: r.learned } : {}),
        },
        raw: r,
        contentChars: r.learned ? r.learned.content : content,
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
    const order = pend
      .map((_, i) => i)
      .sort((x, y) => (depth[x] ?? 0) - (depth[y] ?? 0) || (pend[x]?.cueStart ?? 0) - (pend[y]?.cueStart ?? 0));
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
      // Not in the registry, but named in an outlet's frame ("the Harbour Gazette newspaper reported"): an
      // outlet all the same, shown as not registered (issue 13), and not the speaker.
      const framed = unregisteredAt(src.start, src.end);
      if (framed) {
        outlet ??= framed;
        continue;
      }
      if (!core) continue;
      const first = srcTokens[core.a];
      const last = srcTokens[core.b - 1];
      if (!first || !last) continue;
      // "the group", "The congressional watchdog", "the ministry": a definite description names the nearest
      // earlier organisation it fits; "the newspaper" is the outlet speaking, not a speaker.
      const desc = definiteDescription(srcTokens);
      if (desc) {
        const ent = memory.resolveDescription(desc, first.s);
        if (MEDIA_NOUNS.has(desc)) {
          if (ent?.outletId && !outlet) {
            const o2 = resolve(ent.name);
            if (o2) outlet = outletOf(o2, true);
          }
          continue;
        }
        if (ent) {
          if (!speaker) speaker = { name: ent.name, start: first.s, end: last.e };
          continue;
        }
      }
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
        const framed = a ? unregisteredAt(a[0], a[1]) : null;
        if (framed) {
          outlet = framed;
          break;
        }
      }
    }
    // "in an interview with Deutsche Welle, X said ...", "speaking to the AP", "writing in Foreign Affairs".
    if (!outlet && attributions.length > 0) {
      let v: ReturnType<typeof venueOutlet>;
      try {
        v = venueOutlet(input, w.start, w.end, resolver);
      } catch {
        v = null;
      }
      if (v) outlet = outletOf(v.resolution, true);
    }
    const t = input.slice(w.start, w.end);
    const kind = attributions.length > 0 ? 'attributed' : 'unattributed';
    return {
      id: ids.next(t),
      start: w.start,
      end: w.end,
      text: t,
      kind,
      speaker,
      outlet,
      attributions,
      checkworthiness: checkworthiness({ text: t, kind, attributed: attributions.length > 0 }),
    };
  }
}
