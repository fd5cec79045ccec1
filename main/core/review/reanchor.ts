// Re-attaching reviews to the claims of a new version of an article (a re-import, or claims changed by a
// correction). Pure. A review follows its anchor (quote + context) to a range of the new text and then to the
// claim that covers that range best; a review that finds no claim, or whose claim another review already holds,
// is kept as an orphan with its reason: never dropped.
import { anchorFor } from './anchor';
import { locateAnchor, wordOverlap, type Confidence } from './locate';
import type { ReviewRecord } from './record';

export interface AnchoredClaim {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: string;
}

export interface OrphanedReview {
  /** Stable id of the orphan (the review's claim id and the time it was orphaned). */
  id: string;
  review: ReviewRecord;
  reason: string;
  orphanedAt: string;
}

export interface Reattachment {
  /** claimId -> review, re-keyed to the new claims, anchors refreshed. */
  reviews: Record<string, ReviewRecord>;
  orphans: OrphanedReview[];
  /** How each re-attached review was found, by new claim id. */
  how: Record<string, Confidence | 'text'>;
}

/** Claims must overlap at least this share of the smaller of the two ranges to take the review. */
const MIN_COVER = 0.5;
/** Without any anchor hit, a claim whose words are this close to the quote still takes the review. */
const MIN_TEXT_SIMILARITY = 0.75;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function claimForRange(
  claims: readonly AnchoredClaim[],
  range: { start: number; end: number },
  taken: ReadonlySet<string>,
): AnchoredClaim | null {
  let chosen: AnchoredClaim | null = null;
  let bestCover = 0;
  for (const c of claims) {
    if (c.kind === 'heading' || taken.has(c.id)) continue;
    if (c.end <= range.start || c.start >= range.end) continue;
    const o = overlap(c, range);
    const cover = o / Math.max(1, Math.min(c.end - c.start, range.end - range.start));
    const exact = c.start === range.start && c.end === range.end;
    const score = exact ? 2 : cover;
    if (score > bestCover) {
      bestCover = score;
      chosen = c;
    }
  }
  return bestCover >= MIN_COVER ? chosen : null;
}

export function reattachReviews(
  text: string,
  claims: readonly AnchoredClaim[],
  previous: readonly ReviewRecord[],
  now: Date,
): Reattachment {
  const reviews: Record<string, ReviewRecord> = {};
  const how: Reattachment['how'] = {};
  const orphans: OrphanedReview[] = [];
  const taken = new Set<string>();
  const at = now.toISOString();
  const byId = new Map(claims.map((c) => [c.id, c]));

  // Reviews whose anchor is found exactly go first, so a fuzzy match never takes a claim an exact one needs.
  const located = previous.map((review) => ({ review, where: locateAnchor(text, review.anchor) }));
  const rank = (c: Confidence | undefined): number =>
    c === 'exact' ? 0 : c === 'moved' ? 1 : c === 'whitespace' ? 2 : c === 'context' ? 3 : 4;
  located.sort((a, b) => rank(a.where?.confidence) - rank(b.where?.confidence));

  const attach = (review: ReviewRecord, claim: AnchoredClaim, via: Confidence | 'text'): void => {
    taken.add(claim.id);
    reviews[claim.id] = { ...review, claimId: claim.id, anchor: anchorFor(text, claim.start, claim.end) };
    how[claim.id] = via;
  };
  const unplaced: ReviewRecord[] = [];
  for (const { review, where } of located) {
    // The same claim, same words, same place: nothing to decide.
    const same = byId.get(review.claimId);
    if (same && !taken.has(same.id) && same.text === review.anchor.quote && where && where.start === same.start) {
      attach(review, same, where.confidence);
      continue;
    }
    if (!where) {
      unplaced.push(review);
      continue;
    }
    const claim = claimForRange(claims, where, taken);
    if (claim) {
      attach(review, claim, where.confidence);
      continue;
    }
    const holder = claimForRange(claims, where, new Set());
    orphans.push({
      id: `${review.claimId}@${at}`,
      review,
      reason: holder
        ? 'Its claim now holds another review (claims were merged or re-cut).'
        : 'Its text is still in the article but is no longer a claim.',
      orphanedAt: at,
    });
  }
  for (const review of unplaced) {
    let chosen: AnchoredClaim | null = null;
    let bestSim = MIN_TEXT_SIMILARITY;
    for (const c of claims) {
      if (c.kind === 'heading' || taken.has(c.id)) continue;
      const sim = wordOverlap(review.anchor.quote, c.text);
      if (sim >= bestSim) {
        bestSim = sim;
        chosen = c;
      }
    }
    if (chosen) attach(review, chosen, 'text');
    else {
      orphans.push({
        id: `${review.claimId}@${at}`,
        review,
        reason: 'Its claim could not be found in this version of the article (the sentence was removed or rewritten).',
        orphanedAt: at,
      });
    }
  }
  return { reviews, orphans, how };
}
