// Whether the person's changes are on their way, saved, or failed to save. Not a live region: "Saving…" on every
// mark would drown the marks themselves; only a failure is read out.
import { announce } from './announcer';
import type { DeskStore } from './desk-store';
import { el } from './dom';

export function saveIndicator(store: DeskStore): HTMLElement {
  const node = el('span', {
    className: 'save-state',
    id: 'save-state',
    attrs: { 'data-state': 'saved' },
  });
  const paint = (state: 'saved' | 'saving' | 'failed' | 'read-only'): void => {
    if (state === 'failed' && node.dataset.state !== 'failed')
      announce('Your last change was not saved. It is kept in the window; the app keeps trying.');
    node.dataset.state = state;
    node.textContent = {
      saved: 'All changes saved',
      saving: 'Saving…',
      failed: 'Last change not saved',
      'read-only': 'Read-only',
    }[state];
  };
  store.subscribe((event) => {
    if (event.type === 'saving') paint(event.inFlight > 0 ? 'saving' : event.failed ? 'failed' : 'saved');
    else if (event.type === 'workspace') paint(store.readOnly ? 'read-only' : 'saved');
  });
  paint('saved');
  return node;
}
