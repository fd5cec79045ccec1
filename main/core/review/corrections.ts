// Reviewer corrections of the extraction, kept per article as a list of operations anchored to the text (quote
// + context), so they are re-applied after every re-extraction and on an edited version of the article. Pure.
import { checkworthiness } from '../checkworthiness';
import { fnv1a } from '../claims/ids';
import { layout } from '../text/layout';
import { normalizeForMatching } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import type { OutletEntry } from '../outlets/types';
import type { Attribution, Claim, ClaimOutlet, OutletRef, SkippedLine, Span } from '../types';
import { anchorFor, type Anchor } from './anchor';
import { locateAnchor } from './locate';

interface OpBase {
  id: string;
  at: string;
  by: string;
}

export type CorrectionOp = OpBase &
  (
    | { type: 'speaker'; target: Anchor; name: string }
    | { type: 'span'; target: Anchor; range: Anchor }
    | { type: 'split'; target: Anchor; first: Anchor; second: Anchor }
    | { type: 'merge'; first: Anchor; second: Anchor }
    | { type: 'add'; range: Anchor }
    | { type: 'hide'; target: Anchor }
    /** The reviewer states the claim's outlet (a registry or user outlet), or that it has none (null). */
    | { type: 'outlet'; target: Anchor; outlet: OutletRef | null }
  );

/** Looks outlets up by id (the workspace's resolver: shipped outlets with the user's on top). */
export interface OutletLookup {
  get(id: string): OutletEntry | undefined;
}

export type CorrectionType = CorrectionOp['type'];

export interface CorrectionOutcome {
  claims: Claim[];
  /** Claims the reviewer hid, shown as "not a claim" lines. */
  hidden: SkippedLine[];
  /** Ids of operations that no longer find their claim (kept, and listed for the person). */
  unapplied: string[];
  /** claimId -> the kinds of correction it carries. */
  corrected: Record<string, CorrectionType[]>;
  /** Per merge or split op: the claims it replaced, the ones it made, and what it carried of their corrections. */
  recut: Record<string, Recut>;
}

export interface Recut {
  from: Claim[];
  to: Claim[];
  carried: string[];
  notCarried: string[];
  /** Hand-set fields of a part that the new claim could not keep, whose op this call did not see applied. */
  dropped: { field: 'speaker' | 'outlet'; claimId: string }[];
}

export class CorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionError';
  }
}

const HIDDEN_REASON = 'hidden by the reviewer';

/** Sentence ranges of the whole article, as the extractor cuts them (headings and skipped lines excluded). */
export function sentenceRanges(text: string): { start: number; end: number }[] {
  const n = normalizeForMatching(text);
  const out: { start: number; end: number }[] = [];
  for (const p of layout(n).paragraphs) out.push(...splitSentences(n, p.start, p.end));
  return out;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

function idFor(text: string, taken: Set<string>): string {
  const base = 'c' + fnv1a(text.replace(/\s+/g, ' ').trim()).toString(16).padStart(8, '0');
  let id = base;
  for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const inside = (s: Span, start: number, end: number): boolean => s.start >= start && s.end <= end;

function clipAttributions(list: readonly Attribution[], start: number, end: number): Attribution[] {
  const keep: Attribution[] = [];
  const map = new Map<number, number>();
  list.forEach((a, i) => {
    const cue = a.cue.filter((s) => inside(s, start, end));
    if (cue.length === 0) return;
    map.set(i, keep.length);
    keep.push({
      cue,
      source: a.source.filter((s) => inside(s, start, end)),
      content: a.content.filter((s) => inside(s, start, end)),
      ...(a.within !== undefined ? { within: a.within } : {}),
    });
  });
  for (const a of keep) {
    if (a.within === undefined) continue;
    const w = map.get(a.within);
    if (w === undefined) delete a.within;
    else a.within = w;
  }
  return keep;
}

function rebuild(
  text: string,
  from: Claim,
  start: number,
  end: number,
  taken: Set<string>,
  attributions = clipAttributions(from.attributions, start, end),
  speakerByHand = false,
): Claim {
  const t = text.slice(start, end);
  const kind =
    from.kind === 'heading'
      ? 'heading'
      : attributions.length
        ? 'attributed'
        : from.speaker
          ? from.kind
          : 'unattributed';
  // A speaker the reviewer named stays with every part of the claim: there may be no cue left to support it.
  const speaker =
    from.speaker && (speakerByHand || attributions.length > 0 || from.kind !== 'attributed') ? from.speaker : null;
  const keep = from.outlet && (attributions.length > 0 || !from.outlet.stated || from.outlet.setBy === 'reviewer');
  const outlet: ClaimOutlet | null = from.outlet ? (keep ? from.outlet : { ...from.outlet, stated: false }) : null;
  return {
    id: idFor(t, taken),
    start,
    end,
    text: t,
    kind,
    speaker,
    outlet,
    attributions,
    checkworthiness: checkworthiness({ text: t, kind, attributed: attributions.length > 0 }),
  };
}

/** Turns a person's request into an anchored operation, checked against the current claims. */
export type CorrectionRequest =
  | { type: 'speaker'; claimId: string; name: string }
  | { type: 'span'; claimId: string; start: number; end: number }
  /** The span moved by one sentence, as the extractor cuts sentences (the window's keys); stored as a span. */
  | { type: 'step'; claimId: string; edge: 'start' | 'end'; direction: 'extend' | 'shrink' }
  | { type: 'split'; claimId: string; at: number }
  | { type: 'merge'; claimId: string; otherClaimId: string }
  | { type: 'add'; start: number; end: number }
  | { type: 'hide'; claimId: string }
  | { type: 'outlet'; claimId: string; outletId: string | null };

const refOf = (e: OutletEntry): OutletRef => ({ id: e.id, name: e.name, domain: e.domains[0] ?? '' });

export function correctionOp(
  text: string,
  claims: readonly Claim[],
  req: CorrectionRequest,
  base: OpBase,
  outlets?: OutletLookup,
): CorrectionOp {
  const claimOf = (id: string): Claim => {
    const c = claims.find((x) => x.id === id);
    if (!c) throw new CorrectionError('That claim is no longer in the article.');
    return c;
  };
  const overlapsOthers = (start: number, end: number, except: readonly string[]): boolean =>
    claims.some((c) => !except.includes(c.id) && c.start < end && start < c.end);
  switch (req.type) {
    case 'speaker': {
      const c = claimOf(req.claimId);
      const name = req.name.replace(/\s+/g, ' ').trim();
      if (name.length > 200) throw new CorrectionError('A speaker’s name is at most 200 characters.');
      return { ...base, type: 'speaker', target: anchorFor(text, c.start, c.end), name };
    }
    case 'step': {
      const c = claimOf(req.claimId);
      const range = adjustedSpan(text, c, req.edge, req.direction);
      if (!range)
        throw new CorrectionError(
          req.direction === 'extend'
            ? 'There is no further sentence on that side of the claim.'
            : 'The claim is a single sentence: it cannot shrink.',
        );
      return correctionOp(text, claims, { type: 'span', claimId: c.id, ...range }, base, outlets);
    }
    case 'span': {
      const c = claimOf(req.claimId);
      const r = trimRange(text, req.start, req.end);
      if (r.end - r.start < 2) throw new CorrectionError('A claim must keep at least a few characters.');
      if (overlapsOthers(r.start, r.end, [c.id]))
        throw new CorrectionError('The new span runs into another claim: merge the two instead.');
      return { ...base, type: 'span', target: anchorFor(text, c.start, c.end), range: anchorFor(text, r.start, r.end) };
    }
    case 'split': {
      const c = claimOf(req.claimId);
      const a = trimRange(text, c.start, req.at);
      const b = trimRange(text, req.at, c.end);
      if (a.end - a.start < 2 || b.end - b.start < 2)
        throw new CorrectionError('Split inside the claim, with text on both sides.');
      return {
        ...base,
        type: 'split',
        target: anchorFor(text, c.start, c.end),
        first: anchorFor(text, a.start, a.end),
        second: anchorFor(text, b.start, b.end),
      };
    }
    case 'merge': {
      const one = claimOf(req.claimId);
      const two = claimOf(req.otherClaimId);
      const [first, second] = one.start <= two.start ? [one, two] : [two, one];
      if (first.id === second.id) throw new CorrectionError('Choose two different claims to merge.');
      if (claims.some((c) => c.start >= first.end && c.end <= second.start && c.kind !== 'heading')) {
        throw new CorrectionError('Only neighbouring claims can be merged.');
      }
      if (first.kind === 'heading' || second.kind === 'heading')
        throw new CorrectionError('Headings cannot be merged into claims.');
      return {
        ...base,
        type: 'merge',
        first: anchorFor(text, first.start, first.end),
        second: anchorFor(text, second.start, second.end),
      };
    }
    case 'add': {
      const r = trimRange(text, req.start, req.end);
      if (r.end - r.start < 2) throw new CorrectionError('Select some text in the article to add it as a claim.');
      if (overlapsOthers(r.start, r.end, [])) {
        throw new CorrectionError('The selection overlaps a claim: change that claim’s span instead.');
      }
      return { ...base, type: 'add', range: anchorFor(text, r.start, r.end) };
    }
    case 'hide': {
      const c = claimOf(req.claimId);
      return { ...base, type: 'hide', target: anchorFor(text, c.start, c.end) };
    }
    case 'outlet': {
      const c = claimOf(req.claimId);
      if (c.kind === 'heading') throw new CorrectionError('Headings have no outlet to change.');
      let outlet: OutletRef | null = null;
      if (req.outletId !== null) {
        const e = outlets?.get(req.outletId);
        if (!e) throw new CorrectionError('That outlet is not in the registry or among your outlets.');
        outlet = refOf(e);
      }
      return { ...base, type: 'outlet', target: anchorFor(text, c.start, c.end), outlet };
    }
  }
}

function locateRange(text: string, anchor: Anchor): { start: number; end: number } | null {
  const where = locateAnchor(text, anchor);
  return where ? { start: where.start, end: where.end } : null;
}

function findClaim(claims: readonly Claim[], text: string, anchor: Anchor): number {
  const where = locateRange(text, anchor);
  if (!where) return -1;
  const exact = claims.findIndex((c) => c.start === where.start && c.end === where.end);
  if (exact >= 0) return exact;
  // A re-extraction may cut the sentence a little differently: the claim that covers the range best.
  let best = -1;
  let bestCover = 0.8;
  claims.forEach((c, i) => {
    const o = Math.max(0, Math.min(c.end, where.end) - Math.max(c.start, where.start));
    const cover = o / Math.max(c.end - c.start, where.end - where.start, 1);
    if (cover >= bestCover) {
      bestCover = cover;
      best = i;
    }
  });
  return best;
}

/**
 * Applies the operations in order to freshly extracted claims. outlets: the current registry, so that an outlet
 * the reviewer chose shows its current name and domain after the person corrects that outlet.
 */
export function applyCorrections(
  text: string,
  extracted: readonly Claim[],
  ops: readonly CorrectionOp[],
  outlets?: OutletLookup,
  /** What earlier corrections did to these claims, when `extracted` already carries them (one new op on top). */
  prior: Readonly<Record<string, readonly string[]>> = {},
): CorrectionOutcome {
  let claims = [...extracted];
  const hidden: SkippedLine[] = [];
  const unapplied: string[] = [];
  const corrected: Record<string, CorrectionType[]> = {};
  for (const [id, kinds] of Object.entries(prior)) corrected[id] = [...kinds] as CorrectionType[];
  const taken = new Set(claims.map((c) => c.id));
  const recut: Record<string, Recut> = {};
  const byHandOf = (id: string): ByHand => ({
    speaker: corrected[id]?.includes('speaker') ?? false,
    outlet:
      (corrected[id]?.includes('outlet') ?? false) || claims.find((c) => c.id === id)?.outlet?.setBy === 'reviewer',
  });
  // Which op set a claim's speaker or outlet by hand, so a merge that must drop one can say which op no longer
  // applies. Unknown for corrections applied before this call (the handler looks those up itself).
  const handOp = new Map<string, { speaker?: string; outlet?: string }>();
  const inheritHand = (to: string, from: string): void => {
    const h = handOp.get(from);
    if (h) handOp.set(to, { ...h });
  };
  const mark = (id: string, type: CorrectionType, inherit: string[] = []): void => {
    const kinds = new Set<CorrectionType>([...inherit.flatMap((i) => corrected[i] ?? []), type]);
    corrected[id] = [...kinds];
  };
  const replace = (index: number, next: Claim[], removedIds: string[]): void => {
    claims.splice(index, 1, ...next);
    for (const id of removedIds) if (!next.some((c) => c.id === id)) taken.delete(id);
  };
  for (const op of ops) {
    switch (op.type) {
      case 'speaker': {
        const i = findClaim(claims, text, op.target);
        const c = claims[i];
        if (!c) {
          unapplied.push(op.id);
          break;
        }
        let speaker = null;
        if (op.name) {
          const inClaim = text.slice(c.start, c.end).indexOf(op.name);
          const start = inClaim >= 0 ? c.start + inClaim : c.start;
          speaker = { name: op.name, start, end: inClaim >= 0 ? start + op.name.length : start };
        }
        claims[i] = { ...c, speaker, kind: c.kind === 'unattributed' && speaker ? 'attributed' : c.kind };
        mark(c.id, 'speaker');
        handOp.set(c.id, { ...handOp.get(c.id), speaker: op.id });
        break;
      }
      case 'span': {
        const i = findClaim(claims, text, op.target);
        const c = claims[i];
        const r = locateRange(text, op.range);
        if (!c || !r || claims.some((o, j) => j !== i && o.start < r.end && r.start < o.end)) {
          unapplied.push(op.id);
          break;
        }
        taken.delete(c.id);
        const next = rebuild(text, c, r.start, r.end, taken);
        replace(i, [next], [c.id]);
        mark(next.id, 'span', [c.id]);
        inheritHand(next.id, c.id);
        break;
      }
      case 'split': {
        const i = findClaim(claims, text, op.target);
        const c = claims[i];
        const a = locateRange(text, op.first);
        const b = locateRange(text, op.second);
        if (!c || !a || !b || a.start < c.start || b.end > c.end || a.end > b.start) {
          unapplied.push(op.id);
          break;
        }
        taken.delete(c.id);
        const byHand = byHandOf(c.id);
        const one = rebuild(text, c, a.start, a.end, taken, undefined, byHand.speaker);
        const two = rebuild(text, c, b.start, b.end, taken, undefined, byHand.speaker);
        replace(i, [one, two], [c.id]);
        mark(one.id, 'split', [c.id]);
        mark(two.id, 'split', [c.id]);
        inheritHand(one.id, c.id);
        inheritHand(two.id, c.id);
        const carried: string[] = [];
        if (byHand.speaker) carried.push(`the speaker set by hand (${c.speaker?.name ?? 'none'}) to both halves`);
        if (byHand.outlet) carried.push(`the outlet set by hand (${c.outlet?.name ?? 'none'}) to both halves`);
        recut[op.id] = { from: [c], to: [one, two], carried, notCarried: [], dropped: [] };
        break;
      }
      case 'merge': {
        const i = findClaim(claims, text, op.first);
        const j = findClaim(claims, text, op.second);
        const a = claims[i];
        const b = claims[j];
        if (!a || !b || j <= i) {
          unapplied.push(op.id);
          break;
        }
        taken.delete(a.id);
        taken.delete(b.id);
        const offset = a.attributions.length;
        const attributions = [
          ...a.attributions,
          ...b.attributions.map((x) => (x.within !== undefined ? { ...x, within: x.within + offset } : x)),
        ];
        const fields = mergedFields(a, b, byHandOf(a.id), byHandOf(b.id));
        const base: Claim = {
          ...a,
          speaker: fields.speaker,
          outlet: fields.outlet,
          kind: attributions.length ? 'attributed' : a.kind,
        };
        const merged = rebuild(text, base, a.start, b.end, taken, attributions, fields.speakerByHand);
        claims = [...claims.slice(0, i), merged, ...claims.slice(j + 1)];
        mark(merged.id, 'merge', [a.id, b.id]);
        const handA = handOp.get(a.id) ?? {};
        const handB = handOp.get(b.id) ?? {};
        const kept = {
          speaker: fields.speakerFrom === 'first' ? handA.speaker : handB.speaker,
          outlet: fields.outletFrom === 'first' ? handA.outlet : handB.outlet,
        };
        if (kept.speaker || kept.outlet) handOp.set(merged.id, kept);
        const dropped: Recut['dropped'] = [];
        for (const field of fields.dropped) {
          const lost = handB[field];
          // The second part's op no longer applies: the corrections list says so instead of claiming it does.
          if (lost) unapplied.push(lost);
          else dropped.push({ field, claimId: b.id });
        }
        recut[op.id] = {
          from: [a, b],
          to: [merged],
          carried: fields.carried,
          notCarried: fields.notCarried,
          dropped,
        };
        break;
      }
      case 'add': {
        const r = locateRange(text, op.range);
        if (!r || claims.some((o) => o.start < r.end && r.start < o.end)) {
          unapplied.push(op.id);
          break;
        }
        const t = text.slice(r.start, r.end);
        const claim: Claim = {
          id: idFor(t, taken),
          start: r.start,
          end: r.end,
          text: t,
          kind: 'unattributed',
          speaker: null,
          outlet: null,
          attributions: [],
          checkworthiness: checkworthiness({ text: t, kind: 'unattributed', attributed: false }),
        };
        const at = claims.findIndex((o) => o.start > r.start);
        claims.splice(at < 0 ? claims.length : at, 0, claim);
        mark(claim.id, 'add');
        break;
      }
      case 'outlet': {
        const i = findClaim(claims, text, op.target);
        const c = claims[i];
        if (!c || c.kind === 'heading') {
          unapplied.push(op.id);
          break;
        }
        const current = op.outlet ? outlets?.get(op.outlet.id) : undefined;
        const ref = op.outlet ? (current ? refOf(current) : op.outlet) : null;
        claims[i] = { ...c, outlet: ref ? { ...ref, stated: true, via: [], setBy: 'reviewer' } : null };
        mark(c.id, 'outlet');
        handOp.set(c.id, { ...handOp.get(c.id), outlet: op.id });
        break;
      }
      case 'hide': {
        const i = findClaim(claims, text, op.target);
        const c = claims[i];
        if (!c) {
          unapplied.push(op.id);
          break;
        }
        claims.splice(i, 1);
        taken.delete(c.id);
        hidden.push({ start: c.start, end: c.end, text: c.text, reason: HIDDEN_REASON });
        break;
      }
    }
  }
  for (const id of Object.keys(corrected)) if (!claims.some((c) => c.id === id)) delete corrected[id];
  return { claims, hidden, unapplied, corrected, recut };
}

interface ByHand {
  speaker: boolean;
  outlet: boolean;
}

/**
 * The merged claim's speaker and outlet: what the reviewer set by hand wins over what the extraction found,
 * a stated outlet over an inherited one, the first part over the second. Two different hand-set values cannot
 * both be kept: the second is named in notCarried.
 */
function mergedFields(a: Claim, b: Claim, handA: ByHand, handB: ByHand) {
  const carried: string[] = [];
  const notCarried: string[] = [];
  const dropped: ('speaker' | 'outlet')[] = [];
  const name = (o: { name: string } | null): string => o?.name ?? 'none';
  let speaker = a.speaker ?? b.speaker;
  let speakerFrom: 'first' | 'second' = a.speaker ? 'first' : 'second';
  const speakerByHand = handA.speaker || handB.speaker;
  if (handA.speaker) {
    speaker = a.speaker;
    speakerFrom = 'first';
    if (handB.speaker && name(a.speaker) !== name(b.speaker)) {
      notCarried.push(`the second part’s speaker set by hand (${name(b.speaker)}): the first part’s is kept`);
      dropped.push('speaker');
    }
  } else if (handB.speaker) {
    speaker = b.speaker;
    speakerFrom = 'second';
  }
  if (speakerByHand) carried.push(`the speaker set by hand (${name(speaker)})`);
  let outlet: ClaimOutlet | null;
  let outletFrom: 'first' | 'second' = 'first';
  if (handA.outlet) {
    outlet = a.outlet;
    if (handB.outlet && (a.outlet?.id ?? null) !== (b.outlet?.id ?? null)) {
      notCarried.push(`the second part’s outlet set by hand (${name(b.outlet)}): the first part’s is kept`);
      dropped.push('outlet');
    }
  } else if (handB.outlet) {
    outlet = b.outlet;
    outletFrom = 'second';
  } else {
    outlet = [a.outlet, b.outlet].find((o) => o?.stated) ?? a.outlet ?? b.outlet;
    outletFrom = outlet === a.outlet ? 'first' : 'second';
  }
  if (handA.outlet || handB.outlet) carried.push(`the outlet set by hand (${name(outlet)})`);
  return { speaker, speakerByHand, speakerFrom, outlet, outletFrom, carried, notCarried, dropped };
}

/** The last op that set this claim's speaker or outlet by hand, among ops applied before (for the handler). */
export function handOpFor(
  text: string,
  claims: readonly Claim[],
  ops: readonly CorrectionOp[],
  field: 'speaker' | 'outlet',
  claimId: string,
): string | null {
  for (let k = ops.length - 1; k >= 0; k--) {
    const op = ops[k] as CorrectionOp;
    if (op.type !== field) continue;
    const c = claims[findClaim(claims, text, op.target)];
    if (c?.id === claimId) return op.id;
  }
  return null;
}

/** Extends or shrinks a claim's span to the next sentence boundary, at its start or its end. */
export function adjustedSpan(
  text: string,
  claim: { start: number; end: number },
  edge: 'start' | 'end',
  direction: 'extend' | 'shrink',
): { start: number; end: number } | null {
  const sentences = sentenceRanges(text);
  if (edge === 'end') {
    if (direction === 'extend') {
      const next = sentences.find((s) => s.start >= claim.end);
      return next ? { start: claim.start, end: next.end } : null;
    }
    const inner = sentences.filter((s) => s.end < claim.end && s.end > claim.start).pop();
    return inner ? { start: claim.start, end: inner.end } : null;
  }
  if (direction === 'extend') {
    const previous = sentences.filter((s) => s.end <= claim.start).pop();
    return previous ? { start: previous.start, end: claim.end } : null;
  }
  const inner = sentences.find((s) => s.start > claim.start && s.start < claim.end);
  return inner ? { start: inner.start, end: claim.end } : null;
}

/** One line for the person about an operation ("Speaker set to Kim Jong Un"). */
export function describeCorrection(op: CorrectionOp): string {
  const q = (a: Anchor): string => `“${a.quote.length > 60 ? `${a.quote.slice(0, 57)}…` : a.quote}”`;
  switch (op.type) {
    case 'speaker':
      return op.name ? `Speaker set to ${op.name} for ${q(op.target)}` : `Speaker removed from ${q(op.target)}`;
    case 'span':
      return `Span of ${q(op.target)} changed to ${q(op.range)}`;
    case 'split':
      return `${q(op.target)} split in two`;
    case 'merge':
      return `${q(op.first)} merged with the next claim`;
    case 'add':
      return `Claim added: ${q(op.range)}`;
    case 'hide':
      return `Hidden as not a claim: ${q(op.target)}`;
    case 'outlet':
      return op.outlet ? `Outlet set to ${op.outlet.name} for ${q(op.target)}` : `Outlet removed from ${q(op.target)}`;
  }
}
