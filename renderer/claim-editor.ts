// The selected claim's controls: one button per status and the note. One editor moves with the selection, so the
// note field keeps its identity and the person's focus habits.
import type { DeskStore } from './desk-store';
import { el, setAttr } from './dom';
import type { ReviewActions } from './review-actions';
import { STATUS_LOOKS } from './status-labels';

export class ClaimEditor {
  readonly element: HTMLElement;
  readonly note: HTMLTextAreaElement;
  private readonly buttons: HTMLButtonElement[];
  private readonly reviewedBy: HTMLElement;

  constructor(
    private readonly store: DeskStore,
    private readonly actions: ReviewActions,
  ) {
    this.buttons = STATUS_LOOKS.map((look) =>
      el('button', {
        className: `mark-button mark-${look.status}`,
        attrs: { type: 'button', 'data-status': look.status, 'aria-pressed': 'false', 'aria-keyshortcuts': look.key.toUpperCase() },
        on: { click: () => void actions.mark(look.status) },
      }, [
        el('span', { className: 'status-glyph', text: look.glyph, attrs: { 'aria-hidden': 'true' } }),
        el('span', { text: look.label }),
        el('kbd', { text: look.key.toUpperCase(), attrs: { 'aria-hidden': 'true' } }),
      ]),
    );
    this.note = el('textarea', {
      className: 'note-field',
      id: 'note-field',
      attrs: { rows: 3, placeholder: 'Note for the report: what you checked, where, what you found', 'aria-keyshortcuts': 'N' },
      on: {
        input: () => actions.editNote(this.note.value),
        blur: () => actions.flushNote(),
      },
    });
    this.reviewedBy = el('span', { className: 'reviewed-by' });
    this.element = el('div', { className: 'claim-editor', attrs: { role: 'gridcell' } }, [
      el('div', { className: 'mark-buttons', attrs: { role: 'group', 'aria-label': 'Mark this claim' } }, this.buttons),
      el('label', { className: 'note-label', attrs: { for: 'note-field' } }, [
        el('span', { text: 'Note' }),
        el('span', { className: 'hint', text: 'N to write · Esc to return to the list' }),
      ]),
      this.note,
      this.reviewedBy,
    ]);
    store.subscribe((event) => {
      if (event.type === 'selection') {
        actions.flushNote();
        this.load();
      } else if (event.type === 'review' && event.claimId === store.selectedId) {
        this.paint();
      } else if (event.type === 'workspace') {
        this.paint();
      }
    });
  }

  /** Fills the editor for the newly selected claim. */
  private load(): void {
    const id = this.store.selectedId;
    this.note.value = id ? this.store.review(id).note : '';
    this.paint();
  }

  private paint(): void {
    const id = this.store.selectedId;
    const review = id ? this.store.review(id) : null;
    const readOnly = this.store.readOnly;
    for (const button of this.buttons) {
      setAttr(button, 'aria-pressed', String(review?.status === button.dataset.status));
      button.disabled = readOnly;
    }
    this.note.readOnly = readOnly;
    const when = review?.updatedAt ? formatTime(review.updatedAt) : '';
    this.reviewedBy.textContent =
      review && review.status !== 'pending' && (review.reviewer || when)
        ? `Marked${review.reviewer ? ` by ${review.reviewer}` : ''}${when ? ` · ${when}` : ''}`
        : '';
  }
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
