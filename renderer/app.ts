// The window's entry point: builds the desk and the library and starts them. Bundled by esbuild to
// dist/renderer/app.js (+ app.css).
import './styles.css';
import { ArticleExtras } from './article-extras';
import { ArticlePane } from './article-pane';
import { onMenuCommand, request } from './bridge-client';
import { Checklist } from './checklist';
import { ClaimInspector } from './claim-inspector';
import { DeskController } from './desk-controller';
import { DeskStore } from './desk-store';
import { byId } from './dom';
import { enableFileDrop } from './file-drop';
import { FilterBar } from './filter-bar';
import { enableShortcuts } from './keyboard';
import { LibraryView } from './library-view';
import { openLink } from './outlet-menu';
import { OutletsView } from './outlets-view';
import { ProgressMeter } from './progress-meter';
import { ReviewActions } from './review-actions';
import { saveIndicator } from './save-indicator';
import { setStatusLooks } from './status-labels';
import { showError } from './toasts';
import { TopBar } from './top-bar';

function start(): void {
  const store = new DeskStore();
  const actions = new ReviewActions(store);
  const controller = new DeskController(store, actions, byId('banners'));
  const articlePane = new ArticlePane(byId('article-pane'), store, (range) => void controller.addFromSelection(range));
  byId('article-tools').appendChild(articlePane.addButton);
  const checklist = new Checklist(byId('checklist'), store);
  controller.focusList = () => checklist.focus();
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
  const filters = new FilterBar(store);
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
  new TopBar(byId('top-bar'), store, new ProgressMeter(store), saveIndicator(store), {
    importArticle: () => controller.importArticle(),
    exportReport: () => controller.exportReport(),
    library: () => controller.toggleLibrary(),
    outlets: () => controller.toggleOutlets(),
    help: () => controller.help(),
  });
  enableShortcuts(store, {
    mark: (key) =>
      void actions.mark(
        ({ v: 'verified', d: 'disputed', u: 'unsourced', p: 'pending' } as const)[key as 'v'] ?? 'pending',
      ),
    focusNote: () => {
      if (store.selectedId && store.selectedIds.size <= 1) inspector.note.focus();
    },
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
