// The checklist: a windowed listbox of the visible claims (filtered and sorted). Rows have one fixed height, so
// only the rows in view (plus a margin) are in the DOM: a 2,000-claim article opens and scrolls as fast as a
// short one. The list keeps the keyboard focus; aria-activedescendant points at the active row.
import { claimRow, paintClaimRow } from './claim-row';
import type { DeskStore } from './desk-store';
import { clear, el } from './dom';

export const ROW_HEIGHT = 84;
const OVERSCAN = 8;
/** Up to this many claims, every row is rendered (short articles never re-render while scrolling). */
const RENDER_ALL_UP_TO = 300;

export class Checklist {
  private rows = new Map<string, HTMLElement>();
  private readonly spacer: HTMLElement;
  private readonly empty: HTMLElement;
  private first = 0;
  private last = -1;
  private scheduled = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly store: DeskStore,
  ) {
    root.setAttribute('role', 'listbox');
    root.setAttribute('aria-label', 'Claims to review');
    root.setAttribute('aria-multiselectable', 'true');
    root.tabIndex = 0;
    this.spacer = el('div', { className: 'checklist-spacer', attrs: { role: 'presentation' } });
    this.empty = el('p', { className: 'empty-state', attrs: { hidden: true } });
    root.append(this.empty, this.spacer);
    root.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const id = target?.closest<HTMLElement>('.claim-row')?.dataset.claimId;
      if (!id) return;
      store.select(id, { extend: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
      this.focus();
    });
    root.addEventListener('scroll', () => this.schedule(), { passive: true });
    new ResizeObserver(() => this.schedule()).observe(root);
    store.subscribe((event) => {
      if (event.type === 'article' || event.type === 'visible') this.reset();
      else if (event.type === 'selection') this.showSelection(event.previous, event.current);
      else if (event.type === 'multi') for (const id of event.changed) this.paintSelected(id);
      else if (event.type === 'review') this.paint(event.claimId);
    });
  }

  private reset(): void {
    for (const row of this.rows.values()) row.remove();
    this.rows.clear();
    this.first = 0;
    this.last = -1;
    this.root.removeAttribute('aria-activedescendant');
    const count = this.store.visible.length;
    this.spacer.style.height = `${count * ROW_HEIGHT}px`;
    this.empty.hidden = count > 0 || !this.store.article;
    this.empty.textContent =
      this.store.reviewable.length === 0 ? 'No claims were found in this article.' : 'No claim matches the filters.';
    this.root.scrollTop = 0;
    this.renderWindow();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.renderWindow();
    });
  }

  private renderWindow(): void {
    const visible = this.store.visible;
    let first = 0;
    let last = visible.length - 1;
    if (visible.length > RENDER_ALL_UP_TO) {
      const top = this.root.scrollTop;
      const height = this.root.clientHeight || 800;
      first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
      last = Math.min(visible.length - 1, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
      // The active row stays in the DOM (aria-activedescendant must point at an element).
    }
    if (first === this.first && last === this.last) return;
    const keep = new Set<string>();
    for (let i = first; i <= last; i++) keep.add((visible[i] as { id: string }).id);
    const active = this.store.selectedId;
    if (active && this.store.visiblePosition(active) >= 0) keep.add(active);
    for (const [id, row] of this.rows) {
      if (!keep.has(id)) {
        row.remove();
        this.rows.delete(id);
      }
    }
    const fragment = document.createDocumentFragment();
    for (const id of keep) if (!this.rows.has(id)) fragment.appendChild(this.build(id));
    this.spacer.appendChild(fragment);
    this.first = first;
    this.last = last;
  }

  private build(id: string): HTMLElement {
    const claim = this.store.claim(id);
    if (!claim) return el('div');
    const row = claimRow(
      claim,
      this.store.number(id),
      this.store.article?.corrected?.[id],
      this.store.article?.outlets,
    );
    row.style.top = `${this.store.visiblePosition(id) * ROW_HEIGHT}px`;
    row.setAttribute('aria-setsize', String(this.store.reviewable.length));
    paintClaimRow(row, this.store.review(id));
    this.rows.set(id, row);
    this.paintSelected(id);
    return row;
  }

  private paint(claimId: string): void {
    const row = this.rows.get(claimId);
    if (row) paintClaimRow(row, this.store.review(claimId));
  }

  private paintSelected(claimId: string): void {
    const row = this.rows.get(claimId);
    if (!row) return;
    const selected = this.store.selectedIds.has(claimId);
    row.setAttribute('aria-selected', String(selected));
    row.classList.toggle('is-active', claimId === this.store.selectedId);
    row.classList.toggle('is-multi', selected && this.store.selectedIds.size > 1);
  }

  private showSelection(previous: string | null, current: string | null): void {
    if (previous) this.paintSelected(previous);
    if (!current || this.store.visiblePosition(current) < 0) {
      this.root.removeAttribute('aria-activedescendant');
      return;
    }
    if (!this.rows.has(current)) this.spacer.appendChild(this.build(current));
    this.paintSelected(current);
    this.root.setAttribute('aria-activedescendant', `row-${current}`);
    this.follow(current);
  }

  /** Scrolls just enough to show the active row (no smooth scrolling: the keyboard must feel instant). */
  private follow(id: string): void {
    const top = this.store.visiblePosition(id) * ROW_HEIGHT;
    const view = this.root.clientHeight;
    if (top < this.root.scrollTop) this.root.scrollTop = top;
    else if (top + ROW_HEIGHT > this.root.scrollTop + view) this.root.scrollTop = top + ROW_HEIGHT - view;
    this.renderWindow();
  }

  focus(): void {
    this.root.focus({ preventScroll: true });
  }

  clearAll(): void {
    clear(this.spacer);
  }
}
