// The window's entry point: builds the desk and the library and starts them. Bundled by esbuild to
// dist/renderer/app.js (+ app.css).
import './styles.css';
import type { ReviewStatus } from '../main/api/contract';
import { ArticleExtras } from './article-extras';
import { ArticlePane } from './article-pane';
import { onMenuCommand, request } from './bridge-client';
import { Checklist } from './checklist';
import { ClaimInspector } from './claim-inspector';
import { reviewCopier } from './copy-review';
import { DeskController } from './desk-controller';
import { DeskStore } from './desk-store';
import { byId, el } from './dom';
import { enableFileDrop } from './file-drop';
import { FilterBar } from './filter-bar';
import { enableShortcuts } from './keyboard';
import { LibraryView } from './library-view';
import { MatchesSection } from './matches-section';
import { openLink } from './outlet-menu';
import { OutletsView } from './outlets-view';
import { ProgressMeter } from './progress-meter';
import { ReviewActions } from './review-actions';
import { saveIndicator } from './save-indicator';
import { readPreferences, writePreferences } from './desk-preferences';
import { onSettingsChanged, settingsButton } from './settings-view';
import { SyncConflictView } from './sync-conflict';
import { SyncPanel } from './sync-panel';
import { setStatusLooks } from './status-labels';
import { showError, showToast } from './toasts';
import { TopBar } from './top-bar';
import { VerdictSection } from './verdict-section';

function start(): void {
  const store = new DeskStore();
  const actions = new ReviewActions(store);
  const controller = new DeskController(store, actions, byId('banners'));
  const articlePane = new ArticlePane(byId('article-pane'), store, (range) => void controller.addFromSelection(range));
  byId('article-tools').appendChild(articlePane.addButton);
  const checklist = new Checklist(byId('checklist'), store);
  controller.focusList = () => checklist.focus();
  articlePane.onLeaveText = () => checklist.focus();
  const nextToggle = nextAfterMarkToggle();
  const inspector = new ClaimInspector(store, actions, {
    openOutletMenu: () => controller.outletMenu(),
    editSpeaker: () => void controller.editSpeaker(),
    split: () => void controller.split(),
    mergeNext: () => void controller.mergeNext(),
    adjustSpan: (edge, direction) => void controller.adjustSpan(edge, direction),
    hide: () => void controller.hide(),
    openLink: (url) => void openLink(url),
  });
  controller.inspector = inspector;
  byId('inspector-pane').appendChild(inspector.element);
  // Issue 14: the published verdict and the claims checked before, each in its own file.
  const verdicts = new VerdictSection(store);
  inspector.mount(verdicts, 'late');
  inspector.mount(
    new MatchesSection(store, {
      openClaim: async (articleId, claimId) => {
        if (store.article?.id !== articleId) await controller.openArticle(articleId);
        if (store.claim(claimId)) store.select(claimId);
      },
      copyReview: reviewCopier(store, actions, verdicts),
    }),
  );
  onSettingsChanged(() => void verdicts.reload());
  const filters = new FilterBar(store);
  filters.addOption(nextToggle.parentElement as HTMLElement);
  byId('filter-root').appendChild(filters.element);
  byId('extras-root').appendChild(new ArticleExtras(store, actions).element);
  const library = new LibraryView(store, {
    open: (id) => void controller.openArticle(id),
    importArticle: () => controller.importArticle(),
    reload: async () => void (await controller.loadWorkspace()),
  });
  controller.library = library;
  byId('library-root').appendChild(library.element);
  const outlets = new OutletsView(store, {
    filterBy: (id) => controller.filterByOutlet(id),
    addOutlet: () => void controller.addOutlet(),
    back: () => controller.toggleOutlets(),
  });
  controller.outlets = outlets;
  byId('outlets-root').appendChild(outlets.element);
  store.subscribe((event) => {
    if (event.type !== 'view') return;
    byId('desk').hidden = store.view !== 'desk';
    byId('library-root').hidden = store.view !== 'library';
    byId('outlets-root').hidden = store.view !== 'outlets';
  });
  // Sync (issue 16): its state beside the save state, conflicts in the inspector, colleagues' changes reloaded.
  const syncPanel = new SyncPanel(() => controller.reloadArticle());
  byId('inspector-pane').prepend(new SyncConflictView(store).element);
  const saveAndSync = el('span', { className: 'save-and-sync' }, [saveIndicator(store), syncPanel.element]);
  new TopBar(byId('top-bar'), store, new ProgressMeter(store), saveAndSync, {
    importArticle: () => controller.importArticle(),
    exportReport: () => controller.exportReport(),
    library: () => controller.toggleLibrary(),
    outlets: () => controller.toggleOutlets(),
    help: () => controller.help(),
  });
  byId('help-button').before(settingsButton());
  enableShortcuts(store, {
    mark: (key) => {
      const keys: Record<string, ReviewStatus> = { v: 'verified', d: 'disputed', u: 'unsourced', p: 'pending' };
      const status = keys[key] ?? 'pending';
      const single = store.selectedIds.size <= 1;
      void actions.mark(status);
      // The mark shows at once (optimistic), so the next pending claim is already known.
      if (single && status !== 'pending' && readPreferences().nextPendingAfterMark) store.movePending(1);
    },
    focusNote: () => inspector.focusNote(),
    addEvidence: () => inspector.openEvidenceForm(),
    outletMenu: () => controller.outletMenu(),
    searchOutlet: () => void controller.searchOutlet(),
    filter: () => filters.focusSearch(),
    undo: () => void controller.undo(),
    redo: () => void controller.redo(),
    help: () => controller.help(),
    library: () => controller.toggleLibrary(),
    importArticle: () => controller.importArticle(),
    editSpeaker: () => void controller.editSpeaker(),
    split: () => void controller.split(),
    mergeNext: () => void controller.mergeNext(),
    hide: () => void controller.hide(),
    addFromSelection: () => void controller.addFromSelection(articlePane.textSelection),
    adjustEnd: (direction) => void controller.adjustSpan('end', direction),
    outlets: () => controller.toggleOutlets(),
    toggleStatusFilter: (status) => filters.toggleStatus(status),
    toggleCheckworthyFilter: () => filters.toggleCheckworthy(),
    clearFilters: () => filters.clear(),
    focusFilters: () => filters.focusSelects(),
    focusArticle: () => articlePane.focusText(),
    toggleNextAfterMark: () => {
      const on = !readPreferences().nextPendingAfterMark;
      writePreferences({ nextPendingAfterMark: on });
      nextToggle.checked = on;
      showToast(on ? 'After a mark, the next pending claim is selected.' : 'After a mark, the claim stays selected.');
    },
    backToList: () => {
      if (store.view === 'outlets') outlets.focus();
      else if (store.view === 'library') library.focus();
      else checklist.focus();
    },
    libraryKey: (event) => {
      if (event.key === 'l' || event.key === 'Escape') {
        controller.toggleLibrary();
        return true;
      }
      if (event.key === 'i') {
        controller.importArticle();
        return true;
      }
      if (event.key === '/') {
        library.search.focus();
        return true;
      }
      // Type to search: the first letter moves the focus to the search field and lands in it.
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && /\S/.test(event.key)) library.search.focus();
      return false;
    },
  });
  enableFileDrop(store, (preview) => controller.importArticle('file', preview));
  onMenuCommand((command, preview) => controller.runMenuCommand(command, preview));
  window.addEventListener('beforeunload', () => actions.flushNote());
  void controller.start().then(() => {
    document.body.dataset.ready = 'true';
    if (store.view === 'desk') checklist.focus();
  });
}

/** The checkbox for the option to move on after a mark (Shift+N toggles it too). */
function nextAfterMarkToggle(): HTMLInputElement {
  const box = el('input', {
    id: 'next-after-mark',
    attrs: { type: 'checkbox', 'aria-keyshortcuts': 'Shift+N' },
  });
  box.checked = readPreferences().nextPendingAfterMark;
  box.addEventListener('change', () => writePreferences({ nextPendingAfterMark: box.checked }));
  el('label', { className: 'option-toggle', attrs: { for: 'next-after-mark', title: 'Shift+N' } }, [
    box,
    'Next pending after a mark',
  ]);
  return box;
}

window.addEventListener('error', (event) => showError(`Something went wrong in the window: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  showError(`Something went wrong in the window: ${reason instanceof Error ? reason.message : String(reason)}`);
});

// The statuses' words and glyphs come from main before anything that shows a status is built.
void request('reviewStatuses', {}, 'Could not start the desk').then((statuses) => {
  if (!statuses.ok) return;
  setStatusLooks(statuses.value);
  start();
});
