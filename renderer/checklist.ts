// The checklist: one row per claim in article order, headings as section labels (they are not reviewed).
// A grid rather than a listbox, because the selected row carries its own buttons and note field.
import type { ClaimEditor } from './claim-editor';
import { claimRow, paintClaimRow, sectionRow } from './claim-row';
import type { DeskStore } from './desk-store';
import { clear, el } from './dom';

export class Checklist {
  private rows = new Map<string, HTMLElement>();

  constructor(
    private readonly root: HTMLElement,
    private readonly store: DeskStore,
    private readonly editor: ClaimEditor,
  ) {
    root.setAttribute('role', 'grid');
    root.setAttribute('aria-label', 'Claims to review');
    root.tabIndex = 0;
    root.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target || target.closest('.claim-editor')) return;
      const id = target.closest<HTMLElement>('.claim-row')?.dataset.claimId;
      if (!id) return;
      store.select(id);
      // The list takes the keyboard, so j/k and the focus ring follow from here.
      this.focus();
    });
    store.subscribe((event) => {
      if (event.type === 'article') this.render();
      else if (event.type === 'selection') this.showSelection(event.previous, event.current);
      else if (event.type === 'review') this.paint(event.claimId);
    });
  }

  private render(): void {
    clear(this.root);
    this.rows.clear();
    this.root.removeAttribute('aria-activedescendant');
    const article = this.store.article;
    if (!article) return;
    if (this.store.reviewable.length === 0) {
      this.root.appendChild(el('p', { className: 'empty-state', text: 'No claims were found in this article.' }));
      return;
    }
    let number = 0;
    const fragment = document.createDocumentFragment();
    for (const claim of article.claims) {
      if (claim.kind === 'heading') {
        fragment.appendChild(sectionRow(claim.text));
        continue;
      }
      number += 1;
      const row = claimRow(claim, number, `claim-row-${number}`);
      this.rows.set(claim.id, row);
      paintClaimRow(row, this.store.review(claim.id));
      fragment.appendChild(row);
    }
    this.root.appendChild(fragment);
  }

  private paint(claimId: string): void {
    const row = this.rows.get(claimId);
    if (row) paintClaimRow(row, this.store.review(claimId));
  }

  private showSelection(previous: string | null, current: string | null): void {
    if (previous) this.rows.get(previous)?.setAttribute('aria-selected', 'false');
    const row = current ? this.rows.get(current) : undefined;
    if (!row) {
      this.editor.element.remove();
      this.root.removeAttribute('aria-activedescendant');
      return;
    }
    row.setAttribute('aria-selected', 'true');
    this.root.setAttribute('aria-activedescendant', row.id);
    row.appendChild(this.editor.element);
    row.scrollIntoView({ block: 'nearest' });
  }

  focus(): void {
    this.root.focus({ preventScroll: true });
  }
}
