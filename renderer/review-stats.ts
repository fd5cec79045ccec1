// Progress of an article's review, counted from the window's own state so optimistic marks show at once.
import type { Claim, ClaimReview, StatusCounts } from '../main/api/contract';

export interface ReviewProgress {
  total: number;
  reviewed: number;
  counts: StatusCounts;
}

export function reviewProgress(claims: readonly Claim[], reviews: Record<string, ClaimReview>): ReviewProgress {
  const counts: StatusCounts = { pending: 0, verified: 0, disputed: 0, unsourced: 0 };
  let total = 0;
  for (const claim of claims) {
    if (claim.kind === 'heading') continue;
    total += 1;
    counts[reviews[claim.id]?.status ?? 'pending'] += 1;
  }
  return { total, reviewed: total - counts.pending, counts };
}
