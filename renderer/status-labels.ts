// How each review status reads on screen: a word, a glyph and a key, so a status never depends on colour alone.
import type { ReviewStatus } from '../main/api/contract';

export interface StatusLook {
  status: ReviewStatus;
  label: string;
  /** A shape that survives colour blindness and black-and-white print. */
  glyph: string;
  key: string;
}

export const STATUS_LOOKS: readonly StatusLook[] = [
  { status: 'verified', label: 'Verified', glyph: '✓', key: 'v' },
  { status: 'disputed', label: 'Disputed', glyph: '✕', key: 'd' },
  { status: 'unsourced', label: 'Unsourced', glyph: '?', key: 'u' },
  { status: 'pending', label: 'Pending', glyph: '○', key: 'p' },
];

export function statusLook(status: ReviewStatus): StatusLook {
  const look = STATUS_LOOKS.find((entry) => entry.status === status);
  if (!look) throw new Error(`ClaimDesk: unknown review status "${status}"`);
  return look;
}

export function statusForKey(key: string): ReviewStatus | null {
  return STATUS_LOOKS.find((entry) => entry.key === key)?.status ?? null;
}
