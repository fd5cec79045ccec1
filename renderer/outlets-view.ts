// The outlets view (Shift+O, next to the library): the outlets of the open article and of the whole workspace,
// each with its kind, claim counts (named vs inherited) and review progress. "Filter" shows the checklist for
// that outlet through the filter bar's outlet filter. Rows are a grid: arrows move, Enter filters.
import type { OutletStat, OutletStatsView } from '../main/api/contract';
import { request } from './bridge-client';
import { NO_OUTLET } from './claim-filter';
import type { DeskStore } from './desk-store';
import { clear, el } from './dom';
import { progressBar } from './library-view';

export interface OutletsViewActions {
  /** Back to the desk with the checklist filtered to one outlet ('' for any, NO_OUTLET for none). */
  filterBy(outletId: string): void;
  addOutlet(): void;
  back(): void;
}

export class OutletsView {
  readonly element: HTMLElement;
  private readonly articleSection: HTMLElement;
  private readonly workspaceSection: HTMLElement;
  private readonly subtitle: HTMLElement;
  private rows: HTMLElement[] = [];
  private loading = 0;

  constructor(
    private readonly store: DeskStore,
    private readonly actions: OutletsViewActions,
  ) {
    this.subtitle = el('p', { className: 'outlets-subtitle', attrs: { role: 'status' } });
    this.articleSection = el('section', {
      className: 'outlets-section',
      attrs: { 'aria-labelledby': 'outlets-article-title' },
    });
    this.workspaceSection = el('section', {
      className: 'outlets-section',
      attrs: { 'aria-labelledby': 'outlets-workspace-title' },
    });
    const add = el('button', {
      className: 'button',
      text: 'Add an outlet…',
      attrs: { type: 'button' },
      on: { click: () => actions.addOutlet() },
    });
    const back = el('button', {
      className: 'button button-primary',
      text: 'Back to the article',
      attrs: { type: 'button', 'aria-keyshortcuts': 'Escape' },
      on: { click: () => actions.back() },
    });
    this.element = el(
      'section',
      { className: 'library outlets-view', id: 'outlets-view', attrs: { 'aria-labelledby': 'outlets-title' } },
      [
        el('header', { className: 'outlets-head' }, [
          el('div', {}, [
            el('h2', { className: 'library-title', id: 'outlets-title', text: 'Outlets' }),
            this.subtitle,
          ]),
          el('div', { className: 'library-tools' }, [add, back]),
        ]),
        this.articleSection,
        this.workspaceSection,
      ],
    );
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    store.subscribe((event) => {
      if (event.type === 'view' && store.view === 'outlets') void this.load();
    });
  }

  focus(): void {
    const first = this.rows.find((r) => r.tabIndex === 0) ?? this.rows[0];
    first?.focus();
  }

  async load(): Promise<void> {
    const mine = ++this.loading;
    const article = this.store.article;
    const r = await request('outletStats', article ? { articleId: article.id } : {}, 'Could not count the outlets');
    if (!r.ok || mine !== this.loading) return;
    this.render(r.value);
    this.focus();
  }

  private render(stats: OutletStatsView): void {
    const ws = stats.workspace;
    this.subtitle.textContent =
      `${ws.outlets.length} outlet${ws.outlets.length === 1 ? '' : 's'} in ${ws.articles} ` +
      `article${ws.articles === 1 ? '' : 's'} · ${ws.claims} claims, ${ws.noOutlet} without an ` +
      `outlet`;
    this.rows = [];
    clear(this.articleSection);
    if (stats.article) {
      const a = stats.article;
      const inArticle = new Set(a.outlets.map((o) => o.id));
      this.articleSection.append(
        el('h3', {
          className: 'outlets-section-title',
          id: 'outlets-article-title',
          text: `In this article · ${a.title || 'Untitled article'}`,
        }),
        this.table('outlets-article', a.outlets, a.claims, a.noOutlet, false, inArticle),
      );
    } else
      this.articleSection.append(
        el('p', { className: 'empty-state', id: 'outlets-article-title', text: 'Open an article to see its outlets.' }),
      );
    clear(this.workspaceSection);
    const inArticle = new Set(stats.article?.outlets.map((o) => o.id) ?? []);
    this.workspaceSection.append(
      el('h3', { className: 'outlets-section-title', id: 'outlets-workspace-title', text: 'In the workspace' }),
      this.table('outlets-workspace', ws.outlets, ws.claims, ws.noOutlet, true, inArticle),
    );
    this.rows.forEach((r, i) => (r.tabIndex = i === 0 ? 0 : -1));
  }

  private table(
    id: string,
    outlets: OutletStat[],
    claims: number,
    noOutlet: number,
    workspace: boolean,
    inArticle: ReadonlySet<string>,
  ): HTMLElement {
    const head = el(
      'div',
      { className: `outlets-row outlets-columns${workspace ? ' is-workspace' : ''}`, attrs: { role: 'row' } },
      [
        el('span', { text: 'Outlet', attrs: { role: 'columnheader' } }),
        el('span', { text: 'Claims', attrs: { role: 'columnheader' } }),
        el('span', { text: 'Named · inherited', attrs: { role: 'columnheader' } }),
        workspace ? el('span', { text: 'Articles', attrs: { role: 'columnheader' } }) : null,
        el('span', { text: 'Review progress', attrs: { role: 'columnheader' } }),
        el('span', { text: '', attrs: { role: 'columnheader' } }),
      ],
    );
    const body = outlets.map((o) => this.row(o, workspace, inArticle.has(o.id)));
    if (noOutlet > 0 && !workspace) body.push(this.noOutletRow(noOutlet));
    const grid = el(
      'div',
      {
        className: 'outlets-table',
        id,
        attrs: {
          role: 'grid',
          'aria-label': workspace ? 'Outlets in the workspace' : 'Outlets in this article',
          'aria-rowcount': body.length + 1,
        },
      },
      [head, ...body],
    );
    if (outlets.length === 0)
      grid.append(
        el('p', {
          className: 'empty-state',
          text: claims ? 'No claim names or inherits an outlet.' : 'No claims yet.',
        }),
      );
    return grid;
  }

  private row(o: OutletStat, workspace: boolean, filterable: boolean): HTMLElement {
    const pct = o.claims ? Math.round((o.reviewed / o.claims) * 100) : 0;
    const filter = el('button', {
      className: 'button button-small',
      text: 'Filter',
      attrs: {
        type: 'button',
        tabindex: -1,
        'aria-label': `Show the claims of ${o.name} in the checklist`,
        title: filterable ? 'Show only these claims in the checklist' : 'Not in the open article',
      },
      on: { click: () => this.actions.filterBy(o.id) },
    });
    filter.disabled = !filterable;
    const row = el(
      'div',
      {
        className: `outlets-row${workspace ? ' is-workspace' : ''}`,
        attrs: {
          role: 'row',
          'data-outlet-id': o.id,
          'aria-label': `${o.name}, ${o.kindLabel}: ${o.claims} claims, ${o.reviewed} reviewed`,
        },
      },
      [
        el('div', { className: 'outlets-cell cell-outlet', attrs: { role: 'gridcell' } }, [
          el('span', { className: 'outlets-name', text: o.name }),
          el('span', { className: 'outlets-sub' }, [
            el('span', { className: 'kind-tag', text: o.kindLabel }),
            o.domain ? el('span', { text: o.domain }) : null,
            o.user ? el('span', { className: 'option-badge', text: 'yours' }) : null,
          ]),
        ]),
        el('div', { className: 'outlets-cell cell-number', attrs: { role: 'gridcell' }, text: String(o.claims) }),
        el('div', { className: 'outlets-cell cell-split', attrs: { role: 'gridcell' } }, [
          el('span', { className: 'split-stated', text: `${o.stated} named` }),
          el('span', { className: 'split-inherited', text: `${o.inherited} inherited` }),
          o.setByReviewer ? el('span', { className: 'split-reviewer', text: `${o.setByReviewer} set by you` }) : null,
        ]),
        workspace
          ? el('div', { className: 'outlets-cell cell-number', attrs: { role: 'gridcell' }, text: String(o.articles) })
          : null,
        el('div', { className: 'outlets-cell cell-progress', attrs: { role: 'gridcell' } }, [
          progressBar(o.counts, o.claims, `Review progress of ${o.name}`),
          el('span', { className: 'library-pct', text: `${o.reviewed}/${o.claims} · ${pct}%` }),
        ]),
        el('div', { className: 'outlets-cell cell-actions', attrs: { role: 'gridcell' } }, [filter]),
      ],
    );
    if (filterable) row.dataset.filter = o.id;
    row.addEventListener('dblclick', () => filterable && this.actions.filterBy(o.id));
    this.rows.push(row);
    return row;
  }

  private noOutletRow(count: number): HTMLElement {
    const filter = el('button', {
      className: 'button button-small',
      text: 'Filter',
      attrs: { type: 'button', tabindex: -1, 'aria-label': 'Show the claims without an outlet' },
      on: { click: () => this.actions.filterBy(NO_OUTLET) },
    });
    const row = el(
      'div',
      { className: 'outlets-row is-none', attrs: { role: 'row', 'aria-label': `No outlet: ${count} claims` } },
      [
        el('div', { className: 'outlets-cell cell-outlet', attrs: { role: 'gridcell' } }, [
          el('span', { className: 'outlets-name', text: 'No outlet' }),
          el('span', { className: 'outlets-sub', text: 'claims that name or inherit none' }),
        ]),
        el('div', { className: 'outlets-cell cell-number', attrs: { role: 'gridcell' }, text: String(count) }),
        el('div', { className: 'outlets-cell', attrs: { role: 'gridcell' } }),
        el('div', { className: 'outlets-cell', attrs: { role: 'gridcell' } }),
        el('div', { className: 'outlets-cell cell-actions', attrs: { role: 'gridcell' } }, [filter]),
      ],
    );
    row.dataset.filter = NO_OUTLET;
    this.rows.push(row);
    return row;
  }

  private onKey(event: KeyboardEvent): void {
    const i = this.rows.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      const next = this.rows[Math.max(0, Math.min(this.rows.length - 1, to))];
      if (!next) return;
      for (const r of this.rows) r.tabIndex = r === next ? 0 : -1;
      next.focus();
    };
    if (event.key === 'ArrowDown' || event.key === 'j') move(i + 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') move(i - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(this.rows.length - 1);
    else if (event.key === 'Enter' && i >= 0) {
      const id = this.rows[i]?.dataset.filter;
      if (id) this.actions.filterBy(id);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }
}
