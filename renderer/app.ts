// The window's entry point: builds the desk and starts it. Bundled by esbuild to dist/renderer/app.js (+ app.css).
import './styles.css';
import { ArticlePane } from './article-pane';
import { onMenuCommand } from './bridge-client';
import { Checklist } from './checklist';
import { ClaimEditor } from './claim-editor';
import { DeskController } from './desk-controller';
import { DeskStore } from './desk-store';
import { byId } from './dom';
import { enableFileDrop } from './file-drop';
import { enableShortcuts } from './keyboard';
import { ProgressMeter } from './progress-meter';
import { ReviewActions } from './review-actions';
import { saveIndicator } from './save-indicator';
import { showError } from './toasts';
import { TopBar } from './top-bar';

function start(): void {
  const store = new DeskStore();
  const actions = new ReviewActions(store);
  const editor = new ClaimEditor(store, actions);
  new ArticlePane(byId('article-pane'), store);
  const checklist = new Checklist(byId('checklist'), store, editor);
  const controller = new DeskController(store, actions, byId('banners'));
  new TopBar(byId('top-bar'), store, new ProgressMeter(store), saveIndicator(store), {
    importArticle: () => controller.importArticle(),
    exportReport: () => controller.exportReport(),
    openArticle: (id) => void controller.openArticle(id),
  });
  enableShortcuts(store, actions, editor, checklist);
  enableFileDrop(store, (summary) => void controller.imported(summary));
  onMenuCommand((command) => controller.runMenuCommand(command));
  window.addEventListener('beforeunload', () => actions.flushNote());
  void controller.start().then(() => {
    document.body.dataset.ready = 'true';
    checklist.focus();
  });
}

window.addEventListener('error', (event) => showError(`Something went wrong in the window: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  showError(`Something went wrong in the window: ${reason instanceof Error ? reason.message : String(reason)}`);
});

start();
