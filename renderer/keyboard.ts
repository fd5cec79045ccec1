// The desk's single-key shortcuts. They stay out of the way while the person types in a field (only Escape
// works there, to leave the field) and while a dialog is open.
import type { Checklist } from './checklist';
import type { ClaimEditor } from './claim-editor';
import type { DeskStore } from './desk-store';
import { isTextEntry } from './dom';
import { isModalOpen } from './modal-dialog';
import type { ReviewActions } from './review-actions';
import { statusForKey } from './status-labels';

export function enableShortcuts(store: DeskStore, actions: ReviewActions, editor: ClaimEditor, checklist: Checklist): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || isModalOpen() || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTextEntry(event.target)) {
      if (event.key === 'Escape') {
        event.preventDefault();
        if (event.target === editor.note) actions.flushNote();
        (event.target as HTMLElement).blur();
        checklist.focus();
      }
      return;
    }
    // Shift+letter is kept free for selecting several claims (issue 5).
    if (event.shiftKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === 'j' || key === 'ArrowDown') {
      event.preventDefault();
      store.move(1);
    } else if (key === 'k' || key === 'ArrowUp') {
      event.preventDefault();
      store.move(-1);
    } else if (key === 'n') {
      if (!store.selectedId) return;
      event.preventDefault();
      editor.note.focus();
    } else {
      const status = statusForKey(key);
      if (!status) return;
      event.preventDefault();
      void actions.mark(status);
    }
  });
}
