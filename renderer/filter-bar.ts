// Filters above the checklist: text (/ to focus), status, kind, outlet, speaker, check-worthiness, and the sort.
import type { ReviewStatus } from '../main/api/contract';
import {
  facets,
  isFiltering,
  NO_OUTLET,
  NO_SPEAKER,
  EMPTY_FILTER,
  type ClaimSort,
  type KindFilter,
} from './claim-filter';
import type { DeskStore } from './desk-store';
import { announce } from './announcer';
import { el } from './dom';
import { STATUS_LOOKS } from './status-labels';

export class FilterBar {
  readonly element: HTMLElement;
  readonly search: HTMLInputElement;
  private readonly statusButtons: HTMLButtonElement[];
  private readonly kind: HTMLSelectElement;
  private readonly outlet: HTMLSelectElement;
  private readonly speaker: HTMLSelectElement;
  private readonly worth: HTMLSelectElement;
  private readonly sort: HTMLSelectElement;
  private readonly shown: HTMLElement;
  private readonly reset: HTMLButtonElement;
  private readonly summary: HTMLElement;

  constructor(private readonly store: DeskStore) {
    this.search = el('input', {
      className: 'field-input filter-search',
      id: 'filter-text',
      attrs: {
        type: 'search',
        placeholder: 'Filter claims  ( / )',
        'aria-label': 'Filter claims by text',
        'aria-keyshortcuts': '/',
        autocomplete: 'off',
      },
    });
    let timer: ReturnType<typeof setTimeout> | null = null;
    this.search.addEventListener('input', () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => store.setFilter({ text: this.search.value }), 120);
    });
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (timer) clearTimeout(timer);
        store.setFilter({ text: this.search.value });
        document.getElementById('checklist')?.focus();
      }
    });
    this.statusButtons = STATUS_LOOKS.map((look) =>
      el(
        'button',
        {
          className: 'filter-status',
          attrs: {
            type: 'button',
            'aria-pressed': 'false',
            'data-status': look.status,
            title: `Show ${look.label.toLowerCase()} claims (Shift+${look.key.toUpperCase()})`,
            'aria-keyshortcuts': `Shift+${look.key.toUpperCase()}`,
          },
          on: { click: () => this.toggleStatus(look.status) },
        },
        [el('span', { className: 'status-glyph', text: look.glyph, attrs: { 'aria-hidden': 'true' } }), look.label],
      ),
    );
    const select = (id: string, label: string, options: [string, string][]): HTMLSelectElement => {
      const s = el(
        'select',
        { className: 'filter-select', id, attrs: { 'aria-label': label } },
        options.map(([value, text]) => el('option', { text, attrs: { value } })),
      );
      return s;
    };
    this.kind = select('filter-kind', 'Kind (F goes to the filter menus)', [
      ['all', 'Any kind'],
      ['attributed', 'Attributed'],
      ['unattributed', 'Unattributed'],
    ]);
    this.kind.addEventListener('change', () => store.setFilter({ kind: this.kind.value as KindFilter }));
    this.outlet = select('filter-outlet', 'Outlet', [['', 'Any outlet']]);
    this.outlet.addEventListener('change', () => store.setFilter({ outlet: this.outlet.value }));
    this.speaker = select('filter-speaker', 'Speaker', [['', 'Any speaker']]);
    this.speaker.addEventListener('change', () => store.setFilter({ speaker: this.speaker.value }));
    this.worth = select('filter-worth', 'Check-worthiness (Shift+W: check-worthy only)', [
      ['0', 'Any worth'],
      ['0.4', 'Worth ≥ 40%'],
      ['0.6', 'Check-worthy (≥ 60%)'],
      ['0.8', 'Worth ≥ 80%'],
    ]);
    this.worth.addEventListener('change', () => store.setFilter({ minWorth: Number(this.worth.value) }));
    this.sort = select('filter-sort', 'Sort', [
      ['position', 'In article order'],
      ['worth', 'Most check-worthy first'],
    ]);
    this.sort.addEventListener('change', () => store.setFilter({ sort: this.sort.value as ClaimSort }));
    // Not a live region (the desk has one, the announcer): a filter change is announced there.
    this.shown = el('span', { className: 'filter-shown', id: 'filter-shown' });
    this.reset = el('button', {
      className: 'link-button',
      text: 'Clear filters',
      attrs: { type: 'button', 'aria-keyshortcuts': 'Shift+C', title: 'Clear the filters (Shift+C)' },
      on: { click: () => this.clear() },
    });
    this.element = el(
      'div',
      { className: 'filter-bar', attrs: { role: 'search', 'aria-label': 'Filter the checklist' } },
      [
        el('div', { className: 'filter-line' }, [this.search, this.sort]),
        el(
          'div',
          { className: 'filter-line filter-statuses', attrs: { role: 'group', 'aria-label': 'Status' } },
          this.statusButtons,
        ),
        el('div', { className: 'filter-line' }, [this.kind, this.outlet, this.speaker, this.worth]),
        (this.summary = el('div', { className: 'filter-line filter-summary' }, [this.shown, this.reset])),
      ],
    );
    store.subscribe((event) => {
      if (event.type === 'article') this.fill();
      if (event.type === 'article' || event.type === 'visible') this.paint();
      if (event.type === 'visible') announce(this.shown.textContent ?? '');
    });
  }

  /** F: the first of the filter menus (Tab moves on through the others). */
  focusSelects(): void {
    this.kind.focus();
  }

  toggleCheckworthy(): void {
    this.store.setFilter({ minWorth: this.store.filter.minWorth > 0 ? 0 : 0.6 });
  }

  /** A desk option shown on the filters' summary line (it changes how the list is walked, not what it shows). */
  addOption(option: HTMLElement): void {
    this.summary.appendChild(option);
  }

  focusSearch(): void {
    this.search.focus();
    this.search.select();
  }

  clear(): void {
    this.search.value = '';
    this.store.setFilter({ ...EMPTY_FILTER, sort: this.store.filter.sort });
  }

  toggleStatus(status: ReviewStatus): void {
    const current = new Set(this.store.filter.statuses);
    if (current.has(status)) current.delete(status);
    else current.add(status);
    this.store.setFilter({ statuses: [...current] });
  }

  private fill(): void {
    const claims = this.store.article?.claims ?? [];
    const f = facets(claims);
    const option = (value: string, text: string) => el('option', { text, attrs: { value } });
    this.outlet.replaceChildren(
      option('', 'Any outlet'),
      option(NO_OUTLET, 'No outlet'),
      ...f.outlets.map((o) => option(o.id, `${o.name} (${o.count})`)),
    );
    this.speaker.replaceChildren(
      option('', 'Any speaker'),
      option(NO_SPEAKER, 'No speaker'),
      ...f.speakers.map((s) => option(s.name, `${s.name} (${s.count})`)),
    );
  }

  private paint(): void {
    const f = this.store.filter;
    if (document.activeElement !== this.search) this.search.value = f.text;
    for (const b of this.statusButtons)
      b.setAttribute('aria-pressed', String(f.statuses.includes(b.dataset.status as ReviewStatus)));
    this.kind.value = f.kind;
    this.outlet.value = f.outlet;
    this.speaker.value = f.speaker;
    this.worth.value = String(f.minWorth);
    this.sort.value = f.sort;
    const filtering = isFiltering(f);
    this.reset.hidden = !filtering;
    const total = this.store.reviewable.length;
    this.shown.textContent = filtering ? `${this.store.visible.length} of ${total} claims shown` : `${total} claims`;
  }
}
