// Whether the person's changes are on their way, saved, or failed to save.
import type { DeskStore } from './desk-store';
import { el } from './dom';

export function saveIndicator(store: DeskStore): HTMLElement {
  const node = el('span', {
    className: 'save-state',
    id: 'save-state',
    attrs: { role: 'status', 'data-state': 'saved' },
  });
  const paint = (state: 'saved' | 'saving' | 'failed' | 'read-only'): void => {
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
