// What a merge or a split does to the reviews of the claims it touches. Pure. A merge gives the merged claim
// everything both parts carried (status, notes, evidence, history); a split gives each half a copy of the whole
// claim's review. What cannot be carried whole (two different statuses) is said in words, never dropped quietly.
import { anchorFor } from './anchor';
import type { EvidenceLink, HistoryEntry, ReviewRecord } from './record';
import type { ReviewStatus } from './status';

export interface CarriedReviews {
  /** The review table with the parts' reviews replaced by the new claims' ones. */
  reviews: Record<string, ReviewRecord>;
  /** What was carried, for the person ("the status verified", "2 evidence links"). */
  carried: string[];
  /** What could not be carried as it was, and what happened instead. */
  notCarried: string[];
}

interface Part {
  id: string;
  start: number;
  end: number;
}

interface CarryContext {
  text: string;
  reviewer: string;
  now: Date;
  /** Claim numbers for the messages ("claim 3"), when the caller knows them. */
  label?: (claimId: string) => string;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function unionEvidence(lists: readonly (readonly EvidenceLink[])[]): EvidenceLink[] {
  const out: EvidenceLink[] = [];
  const urls = new Set<string>();
  const ids = new Set<string>();
  for (const link of lists.flat()) {
    if (urls.has(link.url)) continue;
    urls.add(link.url);
    // Two parts may have been given links with the same id (ids are per claim): keep both, renamed.
    let id = link.id;
    for (let n = 2; ids.has(id); n++) id = `${link.id}-${n}`;
    ids.add(id);
    out.push(id === link.id ? link : { ...link, id });
  }
  return out;
}

function joinNotes(notes: readonly string[]): string {
  const kept: string[] = [];
  for (const note of notes.map((n) => n.trim()).filter(Boolean)) if (!kept.includes(note)) kept.push(note);
  return kept.join('\n\n');
}

/** The merged claim's review from its parts' reviews (either may be missing: that part was never touched). */
export function mergeReviews(
  first: ReviewRecord | undefined,
  second: ReviewRecord | undefined,
  merged: Part,
  ctx: CarryContext,
): { review: ReviewRecord | null; carried: string[]; notCarried: string[] } {
  const parts = [first, second].filter((r): r is ReviewRecord => r !== undefined);
  if (parts.length === 0) return { review: null, carried: [], notCarried: [] };
  const at = ctx.now.toISOString();
  const carried: string[] = [];
  const notCarried: string[] = [];
  const name = (r: ReviewRecord): string => ctx.label?.(r.claimId) ?? 'a part';
  const decided = [...new Set(parts.map((r) => r.status).filter((s) => s !== 'pending'))];
  let status: ReviewStatus = 'pending';
  if (decided.length === 1) {
    status = decided[0] as ReviewStatus;
    carried.push(`the status ${status}`);
  } else if (decided.length > 1) {
    notCarried.push(
      `the statuses (${parts.map((r) => `${name(r)} ${r.status}`).join(', ')}) disagree: the merged claim is ` +
        'pending until you mark it again; both marks stay in its history',
    );
  }
  const note = joinNotes(parts.map((r) => r.note));
  const noteCount = parts.filter((r) => r.note.trim()).length;
  if (noteCount) carried.push(noteCount === 1 ? 'the note' : 'both notes');
  const evidence = unionEvidence(parts.map((r) => r.evidence ?? []));
  if (evidence.length) carried.push(plural(evidence.length, 'evidence link'));
  const history: HistoryEntry[] = parts
    .flatMap((r) => r.history)
    .sort((a, b) => a.at.localeCompare(b.at))
    .concat({
      at,
      by: ctx.reviewer,
      field: 'attach',
      from: parts.map((r) => r.anchor.quote).join(' + '),
      to: 'merged',
    });
  const latest = parts.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
  const review: ReviewRecord = {
    claimId: merged.id,
    status,
    note,
    reviewer: latest.reviewer,
    updatedAt: at,
    anchor: anchorFor(ctx.text, merged.start, merged.end),
    history,
    ...(evidence.length || parts.some((r) => r.evidence) ? { evidence } : {}),
  };
  return { review, carried, notCarried };
}

/** Each half of a split claim gets a copy of the whole claim's review, anchored to the half. */
export function splitReview(
  whole: ReviewRecord | undefined,
  halves: readonly Part[],
  ctx: CarryContext,
): CarriedReviews {
  const reviews: Record<string, ReviewRecord> = {};
  if (!whole) return { reviews, carried: [], notCarried: [] };
  const at = ctx.now.toISOString();
  for (const half of halves) {
    reviews[half.id] = {
      ...whole,
      claimId: half.id,
      anchor: anchorFor(ctx.text, half.start, half.end),
      history: [...whole.history, { at, by: ctx.reviewer, field: 'attach', from: whole.anchor.quote, to: 'split' }],
      ...(whole.evidence ? { evidence: whole.evidence.map((e) => ({ ...e })) } : {}),
    };
  }
  const carried: string[] = [];
  if (whole.status !== 'pending') carried.push(`the status ${whole.status}`);
  if (whole.note.trim()) carried.push('the note');
  const links = whole.evidence?.length ?? 0;
  if (links) carried.push(plural(links, 'evidence link'));
  return { reviews, carried: carried.map((c) => `${c} (to both halves)`), notCarried: [] };
}

/**
 * Re-keys a review table across one merge or split: the parts' reviews leave, the new claims' ones arrive. The
 * other reviews are untouched.
 */
export function carryReviews(
  table: Record<string, ReviewRecord>,
  change: { type: 'merge'; first: Part; second: Part; merged: Part } | { type: 'split'; whole: Part; halves: Part[] },
  ctx: CarryContext,
): CarriedReviews {
  const reviews = { ...table };
  if (change.type === 'merge') {
    const out = mergeReviews(table[change.first.id], table[change.second.id], change.merged, ctx);
    delete reviews[change.first.id];
    delete reviews[change.second.id];
    if (out.review) reviews[change.merged.id] = out.review;
    return { reviews, carried: out.carried, notCarried: out.notCarried };
  }
  const out = splitReview(table[change.whole.id], change.halves, ctx);
  delete reviews[change.whole.id];
  Object.assign(reviews, out.reviews);
  return { reviews, carried: out.carried, notCarried: out.notCarried };
}

/**
 * After claims were rebuilt from another list of corrections (a merge or split undone): a claim now cut in
 * pieces gives each piece its review, and pieces now joined give the joined claim theirs. Claims kept as they
 * were, and reviews the anchors can place on their own, are left to the re-attachment.
 */
export function carryAcrossRecut(
  table: Record<string, ReviewRecord>,
  before: readonly (Part & { kind?: string })[],
  after: readonly (Part & { kind?: string })[],
  ctx: CarryContext,
): CarriedReviews {
  const reviews = { ...table };
  const carried: string[] = [];
  const notCarried: string[] = [];
  const beforeIds = new Set(before.map((c) => c.id));
  const afterIds = new Set(after.map((c) => c.id));
  const gone = before.filter((c) => !afterIds.has(c.id) && c.kind !== 'heading');
  const fresh = after.filter((c) => !beforeIds.has(c.id) && c.kind !== 'heading');
  const within = (c: Part, outer: Part): boolean => c.start >= outer.start && c.end <= outer.end;
  for (const whole of gone) {
    const review = reviews[whole.id];
    const halves = fresh.filter((c) => within(c, whole));
    if (!review || halves.length < 2 || halves.some((h) => reviews[h.id])) continue;
    const out = splitReview(review, halves, ctx);
    delete reviews[whole.id];
    Object.assign(reviews, out.reviews);
    carried.push(...out.carried);
  }
  for (const joined of fresh) {
    const parts = gone.filter((c) => within(c, joined) && reviews[c.id]);
    if (parts.length < 1 || reviews[joined.id] || gone.filter((c) => within(c, joined)).length < 2) continue;
    let review: ReviewRecord | undefined;
    for (const part of parts) {
      const out = mergeReviews(review, reviews[part.id], joined, ctx);
      review = out.review ?? review;
      if (part !== parts[0]) carried.push(...out.carried);
      notCarried.push(...out.notCarried);
      delete reviews[part.id];
    }
    if (review) reviews[joined.id] = review;
  }
  return { reviews, carried, notCarried };
}
