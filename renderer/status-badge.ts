// A status badge: glyph and word together, coloured by status.
import type { ReviewStatus } from '../main/api/contract';
import { el } from './dom';
import { statusLook } from './status-labels';

export function statusBadge(status: ReviewStatus): HTMLElement {
  const badge = el('span', { className: 'status-badge' });
  paintStatusBadge(badge, status);
  return badge;
}

export function paintStatusBadge(badge: HTMLElement, status: ReviewStatus): void {
  const look = statusLook(status);
  badge.dataset.status = status;
  badge.replaceChildren(
    el('span', { className: 'status-glyph', text: look.glyph, attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'status-word', text: look.label }),
  );
}
