// The top bar: the app's name, the article (a switcher when the workspace holds several), progress, save state,
// and the Import and Export buttons.
import type { DeskStore } from './desk-store';
import { el } from './dom';
import type { ProgressMeter } from './progress-meter';

export interface TopBarActions {
  importArticle(): void;
  exportReport(): void;
  openArticle(articleId: string): void;
}

export class TopBar {
  private readonly title: HTMLElement;
  private readonly switcher: HTMLSelectElement;
  private readonly importButton: HTMLButtonElement;
  private readonly exportButton: HTMLButtonElement;

  constructor(root: HTMLElement, private readonly store: DeskStore, progress: ProgressMeter, saveState: HTMLElement, actions: TopBarActions) {
    this.title = el('h1', { className: 'article-title', id: 'article-title' });
    this.switcher = el('select', { className: 'article-switcher', id: 'article-switcher', attrs: { 'aria-label': 'Article' } });
    this.switcher.addEventListener('change', () => actions.openArticle(this.switcher.value));
    this.importButton = el('button', { className: 'button', id: 'import-button', attrs: { type: 'button', title: 'Paste an article or open a .txt or .md file' } }, ['Import…']);
    this.exportButton = el('button', { className: 'button button-primary', id: 'export-button', attrs: { type: 'button', title: 'Preview and save the verification report' } }, ['Export report']);
    this.importButton.addEventListener('click', () => actions.importArticle());
    this.exportButton.addEventListener('click', () => actions.exportReport());
    root.append(
      el('div', { className: 'brand' }, [el('span', { className: 'brand-mark', text: 'CD', attrs: { 'aria-hidden': 'true' } }), el('span', { className: 'brand-name', text: 'ClaimDesk' })]),
      el('div', { className: 'article-heading-area' }, [this.title, this.switcher]),
      progress.element,
      el('div', { className: 'top-actions' }, [saveState, this.importButton, this.exportButton]),
    );
    store.subscribe((event) => {
      if (event.type === 'workspace' || event.type === 'article') this.paint();
    });
    this.paint();
  }

  private paint(): void {
    const articles = this.store.workspace?.articles ?? [];
    const current = this.store.article;
    this.title.textContent = current?.meta.title || (articles.length ? '' : 'No article');
    this.title.title = this.title.textContent;
    const several = articles.length > 1;
    this.switcher.hidden = !several;
    this.title.hidden = several;
    if (several) {
      this.switcher.replaceChildren(
        ...articles.map((summary) => {
          const option = el('option', { text: summary.meta.title || 'Untitled article', attrs: { value: summary.id } });
          option.selected = summary.id === current?.id;
          return option;
        }),
      );
    }
    this.importButton.disabled = this.store.readOnly;
    this.exportButton.disabled = !current;
  }
}
