// The top bar: the app's name, the Library, the open article, progress, save state, Help, Import and Export.
import type { DeskStore } from './desk-store';
import { el } from './dom';
import type { ProgressMeter } from './progress-meter';

export interface TopBarActions {
  importArticle(): void;
  exportReport(): void;
  library(): void;
  outlets(): void;
  help(): void;
}

export class TopBar {
  private readonly title: HTMLElement;
  private readonly meta: HTMLElement;
  private readonly libraryButton: HTMLButtonElement;
  private readonly outletsButton: HTMLButtonElement;
  private readonly importButton: HTMLButtonElement;
  private readonly exportButton: HTMLButtonElement;

  constructor(
    root: HTMLElement,
    private readonly store: DeskStore,
    private readonly progress: ProgressMeter,
    saveState: HTMLElement,
    actions: TopBarActions,
  ) {
    this.title = el('h1', { className: 'article-title', id: 'article-title' });
    this.meta = el('p', { className: 'article-meta', id: 'article-meta' });
    this.libraryButton = el(
      'button',
      {
        className: 'button',
        id: 'library-button',
        attrs: { type: 'button', 'aria-keyshortcuts': 'L', title: 'All articles in this workspace (L)' },
      },
      ['Library'],
    );
    this.outletsButton = el(
      'button',
      {
        className: 'button',
        id: 'outlets-button',
        attrs: {
          type: 'button',
          'aria-keyshortcuts': 'Shift+O',
          title: 'Outlets in this article and the workspace, with review progress (Shift+O)',
        },
      },
      ['Outlets'],
    );
    this.outletsButton.addEventListener('click', () => actions.outlets());
    this.importButton = el(
      'button',
      {
        className: 'button',
        id: 'import-button',
        attrs: {
          type: 'button',
          'aria-keyshortcuts': 'I',
          title: 'Paste an article, open a file or fetch a web page (I)',
        },
      },
      ['Import…'],
    );
    this.exportButton = el(
      'button',
      {
        className: 'button button-primary',
        id: 'export-button',
        attrs: { type: 'button', title: 'Preview and save the verification report' },
      },
      ['Export report'],
    );
    const help = el('button', {
      className: 'button button-icon',
      id: 'help-button',
      text: '?',
      attrs: {
        type: 'button',
        'aria-label': 'Keyboard shortcuts',
        'aria-keyshortcuts': '?',
        title: 'Keyboard shortcuts (?)',
      },
    });
    this.libraryButton.addEventListener('click', () => actions.library());
    this.importButton.addEventListener('click', () => actions.importArticle());
    this.exportButton.addEventListener('click', () => actions.exportReport());
    help.addEventListener('click', () => actions.help());
    root.append(
      el('div', { className: 'brand' }, [
        el('span', { className: 'brand-mark', text: 'CD', attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'brand-name', text: 'ClaimDesk' }),
      ]),
      el('div', { className: 'view-buttons' }, [this.libraryButton, this.outletsButton]),
      el('div', { className: 'article-heading-area' }, [this.title, this.meta]),
      progress.element,
      el('div', { className: 'top-actions' }, [saveState, help, this.importButton, this.exportButton]),
    );
    store.subscribe((event) => {
      if (event.type === 'workspace' || event.type === 'article' || event.type === 'view') this.paint();
    });
    this.paint();
  }

  private paint(): void {
    const current = this.store.article;
    const inLibrary = this.store.view === 'library';
    const inOutlets = this.store.view === 'outlets';
    this.libraryButton.setAttribute('aria-pressed', String(inLibrary));
    this.libraryButton.textContent = inLibrary && current ? 'Back to the article' : 'Library';
    this.outletsButton.setAttribute('aria-pressed', String(inOutlets));
    this.title.textContent = inLibrary
      ? 'Library'
      : inOutlets
        ? `Outlets${current ? ` · ${current.meta.title || 'Untitled article'}` : ''}`
        : current?.meta.title || 'No article';
    this.title.title = this.title.textContent;
    const m = current?.meta;
    this.meta.textContent =
      inLibrary || inOutlets || !m ? '' : [m.publisher, m.author, m.date].filter(Boolean).join(' · ');
    this.meta.hidden = this.meta.textContent === '';
    this.progress.element.hidden = inLibrary || inOutlets || !current;
    this.importButton.disabled = this.store.readOnly;
    this.exportButton.disabled = !current;
  }
}
