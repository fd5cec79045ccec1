// The window's one polite live region: what a screen reader should hear once (a mark, a toast's message).
// Nothing else in the desk is a live region, so nothing is read twice.
import { el } from './dom';

let region: HTMLElement | null = null;
let flip = false;

function announcerRegion(): HTMLElement {
  if (region && region.isConnected) return region;
  region = el('div', {
    className: 'visually-hidden',
    id: 'announcer',
    attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' },
  });
  document.body.appendChild(region);
  return region;
}

/** Says the message once. The same message twice in a row is still read (a zero-width space tells them apart). */
export function announce(message: string): void {
  flip = !flip;
  announcerRegion().textContent = flip ? message : `${message}\u200b`;
}
