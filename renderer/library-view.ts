// The library: every article of the workspace with its outlet, date, claims and review progress; search, open,
// rename, delete (undo from the message or with Ctrl+Z), and the totals of the whole library.
import type { ArticleSummary, ReviewStatus, StatusCounts } from '../main/api/contract';
import { request } from './bridge-client';
import type { DeskStore } from './desk-store';
import { clear, el } from './dom';
import { askText } from './prompt-dialogs';
import { openExportDialog } from './report-dialog';
import { STATUS_LOOKS } from './status-labels';
import { showToast } from './toasts';

export interface LibraryActions {
  open(articleId: string): void;
  importArticle(): void;
  reload(): Promise<void>;
}

const BAR: ReviewStatus[] = ['verified', 'disputed', 'unsourced'];

export class LibraryView {
  readonly element: HTMLElement;
  readonly search: HTMLInputElement;
  private readonly list: HTMLElement;
  private readonly totals: HTMLElement;
  private readonly count: HTMLElement;
  private rows: HTMLElement[] = [];
  private activeId: string | null = null;
  private readonly deleted: string[] = [];

  constructor(
    private readonly store: DeskStore,
    private readonly actions: LibraryActions,
  ) {
    this.search = el('input', {
      className: 'field-input library-search',
      id: 'library-search',
      attrs: {
        type: 'search',
        placeholder: 'Search titles, outlets, authors',
        'aria-label': 'Search the library',
        autocomplete: 'off',
      },
    });
    this.search.addEventListener('input', () => this.render());
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'Enter') {
        event.preventDefault();
        this.focusRow(0);
      }
    });
    this.totals = el('div', { className: 'library-totals', id: 'library-totals' });
    this.count = el('span', { className: 'library-count', attrs: { role: 'status' } });
    this.list = el('div', {
      className: 'library-list',
      id: 'library-list',
      attrs: { role: 'grid', 'aria-label': 'Articles', 'aria-rowcount': 0 },
    });
    const importButton = el('button', {
      className: 'button button-primary',
      text: 'Import an article…',
      attrs: { type: 'button' },
      on: { click: () => actions.importArticle() },
    });
    // One report for several articles: every article the search leaves in the list.
    const exportButton = el('button', {
      className: 'button',
      id: 'library-export',
      text: 'Export report…',
      attrs: { type: 'button', title: 'One verification report for the articles listed' },
      on: { click: () => void openExportDialog(this.articles().map((a) => a.id)) },
    });
    this.element = el(
      'section',
      { className: 'library', id: 'library', attrs: { 'aria-labelledby': 'library-title' } },
      [
        el('header', { className: 'library-head' }, [
          el('div', {}, [el('h2', { className: 'library-title', id: 'library-title', text: 'Library' }), this.count]),
          this.totals,
          el('div', { className: 'library-tools' }, [this.search, exportButton, importButton]),
        ]),
        el('div', { className: 'library-columns', attrs: { 'aria-hidden': 'true' } }, [
          el('span', { text: 'Article' }),
          el('span', { text: 'Outlet' }),
          el('span', { text: 'Date' }),
          el('span', { text: 'Claims' }),
          el('span', { text: 'Review progress' }),
          el('span', { text: '' }),
        ]),
        this.list,
      ],
    );
    this.list.addEventListener('keydown', (event) => this.onKey(event));
    store.subscribe((event) => {
      if (event.type === 'view' && store.view === 'library' && this.search.value) this.search.value = '';
      if (event.type === 'workspace' || event.type === 'article' || event.type === 'view') this.render();
    });
  }

  focus(): void {
    const index = Math.max(
      0,
      this.rows.findIndex((r) => r.dataset.articleId === (this.activeId ?? this.store.article?.id)),
    );
    if (this.rows.length) this.focusRow(index);
    else this.search.focus();
  }

  private articles(): ArticleSummary[] {
    const all = this.store.workspace?.articles ?? [];
    const terms = this.search.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) return all;
    return all.filter((a) => {
      const hay = (
        `${a.meta.title} ${a.meta.publisher ?? ''} ${a.meta.author ?? ''} ${a.meta.url ?? ''} ` + `${a.meta.date ?? ''}`
      ).toLowerCase();
      return terms.every((t) => hay.includes(t));
    });
  }

  render(): void {
    const all = this.store.workspace?.articles ?? [];
    const shown = this.articles();
    this.count.textContent =
      shown.length === all.length
        ? `${all.length} article${all.length === 1 ? '' : 's'}`
        : `${shown.length} of ${all.length} articles`;
    this.paintTotals(all);
    clear(this.list);
    this.rows = shown.map((a) => this.row(a));
    this.list.setAttribute('aria-rowcount', String(this.rows.length));
    if (this.rows.length === 0) {
      this.list.appendChild(
        el('p', {
          className: 'empty-state',
          text: all.length ? 'No article matches the search.' : 'The library is empty. Import an article to start.',
        }),
      );
    }
    this.list.append(...this.rows);
    const active = this.rows.find((r) => r.dataset.articleId === this.activeId) ?? this.rows[0];
    for (const r of this.rows) r.tabIndex = r === active ? 0 : -1;
  }

  private paintTotals(all: ArticleSummary[]): void {
    const counts: StatusCounts = { pending: 0, verified: 0, disputed: 0, unsourced: 0 };
    let total = 0;
    for (const a of all) {
      total += a.claimCount;
      for (const s of STATUS_LOOKS) counts[s.status] += a.counts[s.status];
    }
    const reviewed = total - counts.pending;
    clear(this.totals);
    this.totals.append(
      el('span', { className: 'progress-summary', text: `${reviewed} / ${total} claims reviewed` }),
      progressBar(counts, total, 'Library review progress'),
      el(
        'ul',
        { className: 'status-counts', attrs: { 'aria-label': 'Claims per status in the library' } },
        STATUS_LOOKS.map((look) =>
          el('li', { className: 'status-count', attrs: { 'data-status': look.status } }, [
            el('span', { className: 'status-glyph', text: look.glyph, attrs: { 'aria-hidden': 'true' } }),
            el('span', { className: 'count-value', text: String(counts[look.status]) }),
            el('span', { className: 'count-label', text: look.label }),
          ]),
        ),
      ),
    );
  }

  private row(a: ArticleSummary): HTMLElement {
    const open = el('button', {
      className: 'library-open',
      text: a.meta.title || 'Untitled article',
      attrs: { type: 'button', tabindex: -1 },
    });
    open.addEventListener('click', () => this.actions.open(a.id));
    const rename = el('button', {
      className: 'icon-button',
      text: 'Rename',
      attrs: { type: 'button', tabindex: -1, 'aria-label': `Rename ${a.meta.title}` },
      on: { click: () => void this.rename(a) },
    });
    const remove = el('button', {
      className: 'icon-button danger',
      text: 'Delete',
      attrs: { type: 'button', tabindex: -1, 'aria-label': `Delete ${a.meta.title}` },
      on: { click: () => void this.remove(a) },
    });
    rename.disabled = remove.disabled = this.store.readOnly;
    const pct = a.claimCount ? Math.round((a.reviewedCount / a.claimCount) * 100) : 0;
    const row = el(
      'div',
      {
        className: `library-row${a.id === this.store.article?.id ? ' is-current' : ''}`,
        attrs: {
          role: 'row',
          'data-article-id': a.id,
          'aria-label': `${a.meta.title}, ${a.reviewedCount} of ${a.claimCount} reviewed`,
        },
      },
      [
        el('div', { className: 'library-cell cell-title', attrs: { role: 'gridcell' } }, [
          open,
          el('span', {
            className: 'library-sub',
            text:
              [a.meta.author, a.meta.url ? hostOf(a.meta.url) : ''].filter(Boolean).join(' · ') ||
              `Imported ${new Date(a.importedAt).toLocaleDateString()}`,
          }),
        ]),
        el('div', { className: 'library-cell', attrs: { role: 'gridcell' }, text: a.meta.publisher || '—' }),
        el('div', {
          className: 'library-cell',
          attrs: { role: 'gridcell' },
          text: a.meta.date ? shortDate(a.meta.date) : '—',
        }),
        el('div', { className: 'library-cell cell-number', attrs: { role: 'gridcell' }, text: String(a.claimCount) }),
        el('div', { className: 'library-cell cell-progress', attrs: { role: 'gridcell' } }, [
          progressBar(a.counts, a.claimCount, `Review progress of ${a.meta.title}`),
          el('span', { className: 'library-pct', text: `${pct}%` }),
          el(
            'span',
            { className: 'library-mini-counts' },
            BAR.filter((s) => a.counts[s] > 0).map((s) =>
              el('span', {
                className: 'mini-count',
                attrs: { 'data-status': s },
                text: `${STATUS_LOOKS.find((l) => l.status === s)?.glyph} ${a.counts[s]}`,
              }),
            ),
          ),
        ]),
        el('div', { className: 'library-cell cell-actions', attrs: { role: 'gridcell' } }, [rename, remove]),
      ],
    );
    row.addEventListener('focus', () => (this.activeId = a.id));
    row.addEventListener('dblclick', () => this.actions.open(a.id));
    return row;
  }

  private focusRow(index: number): void {
    const i = Math.max(0, Math.min(this.rows.length - 1, index));
    const row = this.rows[i];
    if (!row) return;
    for (const r of this.rows) r.tabIndex = r === row ? 0 : -1;
    row.focus();
    this.activeId = row.dataset.articleId ?? null;
  }

  private onKey(event: KeyboardEvent): void {
    const index = this.rows.findIndex((r) => r === document.activeElement || r.contains(document.activeElement));
    const row = this.rows[index];
    const article = (this.store.workspace?.articles ?? []).find((a) => a.id === row?.dataset.articleId);
    let handled = true;
    if (event.key === 'ArrowDown' || event.key === 'j') this.focusRow(index + 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') {
      if (index <= 0) this.search.focus();
      else this.focusRow(index - 1);
    } else if (event.key === 'Home') this.focusRow(0);
    else if (event.key === 'End') this.focusRow(this.rows.length - 1);
    else if (event.key === 'Enter' && article) this.actions.open(article.id);
    else if (event.key === 'F2' && article) void this.rename(article);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && article) void this.remove(article);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  async rename(a: ArticleSummary): Promise<void> {
    if (this.store.readOnly) return;
    const title = await askText({
      title: 'Rename the article',
      label: 'Title',
      value: a.meta.title,
      confirm: 'Rename',
    });
    if (!title || title === a.meta.title) return;
    const r = await request('updateArticleMeta', { articleId: a.id, meta: { title } }, 'Could not rename the article');
    if (!r.ok) return;
    this.activeId = a.id;
    await this.actions.reload();
    this.focus();
  }

  async remove(a: ArticleSummary): Promise<void> {
    if (this.store.readOnly) return;
    const index = this.rows.findIndex((r) => r.dataset.articleId === a.id);
    const r = await request('deleteArticle', { articleId: a.id }, 'Could not delete the article');
    if (!r.ok) return;
    this.deleted.push(a.id);
    await this.actions.reload();
    this.focusRow(index);
    const toast = showToast(`Deleted “${r.value.title}”.`, 'info');
    const undo = el('button', {
      className: 'toast-action',
      text: 'Undo',
      attrs: { type: 'button' },
      on: { click: () => void this.undoDelete(a.id).then(() => toast.remove()) },
    });
    toast.querySelector('.toast-message')?.after(undo);
  }

  /** Restores the last deleted article (Ctrl+Z in the library). */
  async undoDelete(articleId = this.deleted[this.deleted.length - 1]): Promise<boolean> {
    if (!articleId) return false;
    const r = await request('restoreArticle', { articleId }, 'Could not restore the article');
    if (!r.ok) return false;
    this.deleted.splice(this.deleted.indexOf(articleId), 1);
    this.activeId = articleId;
    await this.actions.reload();
    showToast(`Restored “${r.value.meta.title}”.`, 'success');
    this.focus();
    return true;
  }
}

export function progressBar(counts: StatusCounts, total: number, label: string): HTMLElement {
  const reviewed = total - counts.pending;
  const bar = el('div', {
    className: 'progress-bar',
    attrs: {
      role: 'progressbar',
      'aria-label': label,
      'aria-valuemin': 0,
      'aria-valuemax': total,
      'aria-valuenow': reviewed,
      'aria-valuetext': `${reviewed} of ${total} claims reviewed`,
    },
  });
  for (const s of BAR) {
    const seg = el('span', { className: 'progress-segment', attrs: { 'data-status': s } });
    seg.style.width = total ? `${(counts[s] / total) * 100}%` : '0';
    bar.appendChild(seg);
  }
  return bar;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function shortDate(value: string): string {
  const d = new Date(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(d.getTime()))
    return d.toLocaleDateString(undefined, { dateStyle: 'medium' });
  return value;
}
