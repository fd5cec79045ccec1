// Marking and notes: the window shows a change at once (optimistic), then asks the main side to save it; a
// refused status is reverted and explained. A note that fails to save stays in the field, so nothing typed is lost.
import type { ReviewStatus } from '../main/api/contract';
import { request } from './bridge-client';
import { debounce } from './debounce';
import type { DeskStore } from './desk-store';
import { showToast } from './toasts';
import { statusLook } from './status-labels';

const NOTE_SAVE_DELAY_MS = 400;

export class ReviewActions {
  /** The latest status change per claim, so a late failure does not undo a newer mark. */
  private statusSeq = new Map<string, number>();
  private seq = 0;
  private readonly saveNoteSoon = debounce((articleId: string, claimId: string, note: string) => {
    void this.saveNote(articleId, claimId, note);
  }, NOTE_SAVE_DELAY_MS);

  constructor(private readonly store: DeskStore) {}

  private refuseWhenReadOnly(): boolean {
    if (!this.store.readOnly) return false;
    showToast('This workspace is open read-only: changes cannot be saved.', 'info');
    return true;
  }

  async mark(status: ReviewStatus, claimId = this.store.selectedId): Promise<void> {
    const article = this.store.article;
    if (!article || !claimId || this.refuseWhenReadOnly()) return;
    const claim = this.store.claim(claimId);
    if (!claim || claim.kind === 'heading') return;
    const previous = this.store.status(claimId);
    if (previous === status) return;
    this.store.putReview(claimId, { status });
    const seq = ++this.seq;
    this.statusSeq.set(claimId, seq);
    const result = await this.store.trackSave(
      request('setReview', { articleId: article.id, claimId, status }, `Could not mark the claim ${statusLook(status).label.toLowerCase()}`),
    );
    if (this.store.article?.id !== article.id || this.statusSeq.get(claimId) !== seq) return;
    if (result.ok) this.store.putReview(claimId, { reviewer: result.value.reviewer, updatedAt: result.value.updatedAt });
    else this.store.putReview(claimId, { status: previous });
  }

  /** Called on every keystroke in the note field: shown at once, saved shortly after typing stops. */
  editNote(note: string, claimId = this.store.selectedId): void {
    const article = this.store.article;
    if (!article || !claimId || this.store.readOnly) return;
    this.store.putReview(claimId, { note });
    this.saveNoteSoon(article.id, claimId, note);
  }

  /** Saves a note still waiting for its debounce (on blur, selection change, switching articles). */
  flushNote(): void {
    this.saveNoteSoon.flush();
  }

  /** Resolves once every change made so far has been answered by the main side. */
  async settled(): Promise<void> {
    this.flushNote();
    await this.store.idle();
  }

  private async saveNote(articleId: string, claimId: string, note: string): Promise<void> {
    const result = await this.store.trackSave(request('setReview', { articleId, claimId, note }, 'Could not save the note'));
    if (result.ok && this.store.article?.id === articleId) {
      this.store.putReview(claimId, { reviewer: result.value.reviewer, updatedAt: result.value.updatedAt });
    }
  }
}
