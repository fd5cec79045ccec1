// Review statuses: every claim starts pending; a reviewer marks it verified, disputed or unsourced.
export type ReviewStatus = 'pending' | 'verified' | 'disputed' | 'unsourced';

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['pending', 'verified', 'disputed', 'unsourced'];

export function isReviewStatus(value: unknown): value is ReviewStatus {
  return typeof value === 'string' && (REVIEW_STATUSES as readonly string[]).includes(value);
}

/** The order statuses are listed in, on screen and in reports. */
export const STATUS_ORDER: readonly ReviewStatus[] = ['verified', 'disputed', 'unsourced', 'pending'];

// How a status reads everywhere (the window, every report, the CLI): a word and a glyph, so that a status never
// depends on colour alone and survives black-and-white print.
export const STATUS_LABEL: Record<ReviewStatus, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  unsourced: 'Unsourced',
  pending: 'Pending',
};
export const STATUS_GLYPH: Record<ReviewStatus, string> = {
  verified: '✔',
  disputed: '✖',
  unsourced: '?',
  pending: '…',
};
