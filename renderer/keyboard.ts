// The desk's shortcuts (see help-overlay.ts for the list). One rule keeps typing from running commands: while the
// focus is in a text field (input, textarea, contenteditable) or a dialog or menu is open, no desk shortcut fires;
// the field or dialog owns its keys (only Escape works, to leave a field).
import type { ReviewStatus } from '../main/api/contract';
import type { DeskStore } from './desk-store';
import { isTextEntry } from './dom';
import { isModalOpen } from './modal-dialog';
import { isMenuOpen } from './outlet-menu';
import { statusForKey } from './status-labels';

export interface ShortcutCommands {
  mark(key: string): void;
  focusNote(): void;
  addEvidence(): void;
  outletMenu(): void;
  searchOutlet(): void;
  filter(): void;
  undo(): void;
  redo(): void;
  help(): void;
  library(): void;
  importArticle(): void;
  editSpeaker(): void;
  split(): void;
  mergeNext(): void;
  hide(): void;
  addFromSelection(): void;
  adjustEnd(direction: 'extend' | 'shrink'): void;
  backToList(): void;
  /** Keys for the library view; true when handled. */
  libraryKey(event: KeyboardEvent): boolean;
  /** The outlets view (Shift+O). */
  outlets(): void;
  /** Filters from the keyboard: Shift+V/D/U/P a status, Shift+W check-worthy, Shift+C clear, F the selects. */
  toggleStatusFilter(status: ReviewStatus): void;
  toggleCheckworthyFilter(): void;
  clearFilters(): void;
  focusFilters(): void;
  /** T: the article text takes the focus, to select text with the keyboard. */
  focusArticle(): void;
  /** Shift+N: the option to move to the next pending claim after each mark. */
  toggleNextAfterMark(): void;
}

/** Shift + these letters set filters (J and K with Shift extend the selection, O opens the outlets view). */
const SHIFT_FILTERS: Record<string, ReviewStatus> = { V: 'verified', D: 'disputed', U: 'unsourced', P: 'pending' };

/** True while keys belong to something other than the desk: a text field, a dialog, a menu. */
export function keysBelongElsewhere(event: KeyboardEvent): boolean {
  if (event.isComposing || isModalOpen() || isMenuOpen()) return true;
  // Dialogs opened without openModal (another room's view) count too.
  if (document.querySelector('dialog[open]')) return true;
  return isTextEntry(event.target) || isTextEntry(document.activeElement);
}

export function enableShortcuts(store: DeskStore, commands: ShortcutCommands): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const ctrl = event.ctrlKey || event.metaKey;
    if (keysBelongElsewhere(event)) {
      const field = isTextEntry(event.target) ? (event.target as HTMLElement) : null;
      if (field && event.key === 'Escape' && !isModalOpen() && !isMenuOpen()) {
        event.preventDefault();
        field.blur();
        commands.backToList();
      }
      return;
    }
    if (event.altKey) return;
    const handled = (run: () => void): void => {
      event.preventDefault();
      run();
    };
    if (ctrl) {
      if (key === 'z' && event.shiftKey) handled(commands.redo);
      else if (key === 'z') handled(commands.undo);
      else if (key === 'y') handled(commands.redo);
      else if (key === 'a' && store.view === 'desk') handled(() => store.selectAllVisible());
      return;
    }
    if (event.key === '?') return handled(commands.help);
    if (event.key === 'O' && event.shiftKey) return handled(commands.outlets);
    if (store.view === 'outlets') {
      if (event.key === 'Escape' || key === 'l') handled(key === 'l' ? commands.library : commands.outlets);
      return;
    }
    if (store.view === 'library') {
      if (commands.libraryKey(event)) event.preventDefault();
      return;
    }
    // Keys that read the shift state themselves.
    switch (event.key) {
      case 'ArrowDown':
        return handled(() => store.move(1, event.shiftKey));
      case 'ArrowUp':
        return handled(() => store.move(-1, event.shiftKey));
      case 'Home':
        return handled(() => store.move(-store.visible.length, event.shiftKey));
      case 'End':
        return handled(() => store.move(store.visible.length, event.shiftKey));
      case '>':
        return handled(() => commands.adjustEnd('extend'));
      case '<':
        return handled(() => commands.adjustEnd('shrink'));
      case ']':
        return handled(() => store.movePending(1));
      case '[':
        return handled(() => store.movePending(-1));
      case '/':
        return handled(commands.filter);
      case 'Escape':
        if (store.selectedIds.size > 1) return handled(() => store.select(store.selectedId));
        return;
    }
    if (key === 'j') return handled(() => store.move(1, event.shiftKey));
    if (key === 'k') return handled(() => store.move(-1, event.shiftKey));
    if (event.shiftKey) {
      const status = SHIFT_FILTERS[event.key];
      if (status) return handled(() => commands.toggleStatusFilter(status));
      if (event.key === 'W') return handled(commands.toggleCheckworthyFilter);
      if (event.key === 'C') return handled(commands.clearFilters);
      if (event.key === 'N') return handled(commands.toggleNextAfterMark);
      return;
    }
    const status = statusForKey(key);
    if (status) return handled(() => commands.mark(key));
    const single: Record<string, () => void> = {
      n: commands.focusNote,
      e: commands.addEvidence,
      o: commands.outletMenu,
      s: commands.searchOutlet,
      l: commands.library,
      i: commands.importArticle,
      r: commands.editSpeaker,
      x: commands.split,
      m: commands.mergeNext,
      h: commands.hide,
      a: commands.addFromSelection,
      f: commands.focusFilters,
      t: commands.focusArticle,
    };
    const run = single[key];
    if (run) handled(run);
  });
}
