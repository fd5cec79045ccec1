// The desk's shortcuts (see help-overlay.ts for the list). They stay out of the way while the person types in a
// field (only Escape works there, to leave it) and while a dialog or menu is open.
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
}

export function enableShortcuts(store: DeskStore, commands: ShortcutCommands): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || isModalOpen() || isMenuOpen() || event.isComposing) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const ctrl = event.ctrlKey || event.metaKey;
    if (isTextEntry(event.target)) {
      if (event.key === 'Escape') {
        event.preventDefault();
        (event.target as HTMLElement).blur();
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
    if (event.shiftKey) return;
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
    };
    const run = single[key];
    if (run) handled(run);
  });
}
