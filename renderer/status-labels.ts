// How each review status reads on screen: the word and glyph come from main (core/review/status.ts, the same
// the reports print), set once at start; the key that marks it is the window's own.
import type { Response, ReviewStatus } from '../main/api/contract';

export interface StatusLook {
  status: ReviewStatus;
  label: string;
  /** A shape that survives colour blindness and black-and-white print. */
  glyph: string;
  key: string;
}

const KEYS: Record<ReviewStatus, string> = { verified: 'v', disputed: 'd', unsourced: 'u', pending: 'p' };

/** In main's order; filled by setStatusLooks before the desk is built. */
export const STATUS_LOOKS: StatusLook[] = [];

export function setStatusLooks(statuses: Response<'reviewStatuses'>): void {
  STATUS_LOOKS.splice(0, STATUS_LOOKS.length, ...statuses.map((s) => ({ ...s, key: KEYS[s.status] })));
}

export function statusLook(status: ReviewStatus): StatusLook {
  const look = STATUS_LOOKS.find((entry) => entry.status === status);
  if (!look) throw new Error(`ClaimDesk: unknown review status "${status}"`);
  return look;
}

export function statusForKey(key: string): ReviewStatus | null {
  return STATUS_LOOKS.find((entry) => entry.key === key)?.status ?? null;
}
