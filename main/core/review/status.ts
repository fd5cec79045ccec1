// Review statuses: every claim starts pending; a reviewer marks it verified, disputed or unsourced.
export type ReviewStatus = 'pending' | 'verified' | 'disputed' | 'unsourced';

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['pending', 'verified', 'disputed', 'unsourced'];

export function isReviewStatus(value: unknown): value is ReviewStatus {
  return typeof value === 'string' && (REVIEW_STATUSES as readonly string[]).includes(value);
}
