// The reviewer's changes: marks (one claim or several), notes, evidence links and corrections of the extraction.
// Marks show at once (optimistic), are saved in the background and go on the undo stack.
import type { ClaimReview, CorrectionRequest, ReviewStatus } from '../main/api/contract';
import { announce } from './announcer';
import { request } from './bridge-client';
import { debounce } from './debounce';
import type { DeskStore } from './desk-store';
import { statusLook } from './status-labels';
import { showToast } from './toasts';
import { UndoStack, type UndoEntry } from './undo-stack';

const NOTE_SAVE_DELAY_MS = 400;

export class ReviewActions {
  readonly undoStack = new UndoStack();
  /** The latest status change per claim, so a late answer does not undo a newer mark. */
  private statusSeq = new Map<string, number>();
  private seq = 0;
  private readonly saveNoteSoon = debounce((articleId: string, claimId: string, note: string) => {
    void this.saveNote(articleId, claimId, note);
  }, NOTE_SAVE_DELAY_MS);

  constructor(private readonly store: DeskStore) {
    store.subscribe((event) => {
      if (event.type === 'article' && store.article?.id !== this.undoArticle) {
        this.undoStack.clear();
        this.undoArticle = store.article?.id ?? null;
      }
    });
  }

  private undoArticle: string | null = null;

  private refuseWhenReadOnly(): boolean {
    if (!this.store.readOnly) return false;
    showToast('This workspace is open read-only: changes cannot be saved.', 'info');
    return true;
  }

  /** Marks the selected claims (or the given ones) and records the change for undo. */
  async mark(status: ReviewStatus, claimIds = this.store.targets): Promise<void> {
    const article = this.store.article;
    if (!article || claimIds.length === 0 || this.refuseWhenReadOnly()) return;
    const before = new Map(claimIds.map((id) => [id, this.store.status(id)]));
    const changing = claimIds.filter((id) => before.get(id) !== status);
    if (changing.length === 0) return;
    const label =
      changing.length === 1
        ? `mark ${statusLook(status).label.toLowerCase()}`
        : `mark ${changing.length} claims ${statusLook(status).label.toLowerCase()}`;
    announce(
      changing.length === 1
        ? `Claim ${this.store.number(changing[0] as string)} marked ${statusLook(status).label.toLowerCase()}`
        : `${changing.length} claims marked ${statusLook(status).label.toLowerCase()}`,
    );
    // On the stack at once, so an undo pressed while the save is on its way finds it.
    const entry: UndoEntry = {
      label,
      claimIds: changing,
      undo: async () => {
        const groups = new Map<ReviewStatus, string[]>();
        for (const id of changing) {
          const s = before.get(id) ?? 'pending';
          groups.set(s, [...(groups.get(s) ?? []), id]);
        }
        let all = true;
        for (const [s, ids] of groups) all = (await this.apply(article.id, ids, s)) && all;
        return all;
      },
      redo: () => this.apply(article.id, changing, status),
    };
    this.undoStack.push(entry);
    const ok = await this.apply(article.id, changing, status);
    if (!ok) this.undoStack.remove(entry);
  }

  /** Shows the statuses at once and saves them; a failure puts the old ones back. */
  private async apply(articleId: string, claimIds: string[], status: ReviewStatus): Promise<boolean> {
    if (this.store.article?.id !== articleId) return false;
    const previous = new Map(claimIds.map((id) => [id, this.store.status(id)]));
    const seq = ++this.seq;
    for (const id of claimIds) {
      this.statusSeq.set(id, seq);
      this.store.putReview(id, { status });
    }
    const what =
      `Could not mark ${claimIds.length === 1 ? 'the claim' : `${claimIds.length} claims`} ` +
      `${statusLook(status).label.toLowerCase()}`;
    const result =
      claimIds.length === 1
        ? await this.store.trackSave(
            request('setReview', { articleId, claimId: claimIds[0] as string, status }, what).then((r) =>
              r.ok
                ? { ok: true as const, value: { [claimIds[0] as string]: r.value } as Record<string, ClaimReview> }
                : r,
            ),
          )
        : await this.store.trackSave(request('setReviews', { articleId, claimIds, status }, what));
    // 'not-saved': the main side applied the change and keeps retrying the disk; the window shows it as it is.
    const keptUnsaved = !result.ok && result.error.code === 'not-saved';
    if (this.store.article?.id !== articleId) return result.ok || keptUnsaved;
    for (const id of claimIds) {
      if (this.statusSeq.get(id) !== seq) continue;
      if (result.ok) {
        const saved = result.value[id];
        if (saved)
          this.store.putReview(id, {
            reviewer: saved.reviewer,
            updatedAt: saved.updatedAt,
            history: saved.history ?? [],
          });
      } else if (!keptUnsaved) this.store.putReview(id, { status: previous.get(id) ?? 'pending' });
    }
    return result.ok || keptUnsaved;
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
    const result = await this.store.trackSave(
      request('setReview', { articleId, claimId, note }, 'Could not save the note'),
    );
    if (result.ok && this.store.article?.id === articleId) {
      this.store.putReview(claimId, {
        reviewer: result.value.reviewer,
        updatedAt: result.value.updatedAt,
        history: result.value.history ?? [],
      });
    }
  }

  async addEvidence(claimId: string, link: { url: string; title?: string; archivedUrl?: string }): Promise<boolean> {
    const article = this.store.article;
    if (!article || this.refuseWhenReadOnly()) return false;
    const saving = this.store.trackSave(
      request('addEvidence', { articleId: article.id, claimId, ...link }, 'Could not add the evidence link'),
    );
    let currentId: string | null = null;
    // On the stack at once (as a mark is): Ctrl+Z pressed while the link is being saved takes back this link, not
    // the change before it.
    const entry: UndoEntry = {
      label: 'add evidence link',
      claimIds: [claimId],
      undo: async () => {
        await saving;
        return currentId !== null && this.removeEvidence(claimId, currentId, false);
      },
      redo: async () => {
        const again = await request(
          'addEvidence',
          { articleId: article.id, claimId, ...link },
          'Could not add the evidence link',
        );
        if (!again.ok) return false;
        this.store.putReview(claimId, again.value);
        currentId = again.value.evidence?.[again.value.evidence.length - 1]?.id ?? currentId;
        return true;
      },
    };
    this.undoStack.push(entry);
    const result = await saving;
    const added = result.ok ? result.value.evidence?.[result.value.evidence.length - 1] : undefined;
    if (!result.ok || !added) {
      this.undoStack.remove(entry);
      return false;
    }
    currentId = added.id;
    if (this.store.article?.id !== article.id) return false;
    this.store.putReview(claimId, result.value);
    return true;
  }

  /** With several claims selected: the note is added to each claim's own note, as one change to undo. */
  async addNoteToAll(claimIds: readonly string[], text: string): Promise<boolean> {
    const article = this.store.article;
    if (!article || claimIds.length === 0 || this.refuseWhenReadOnly()) return false;
    this.flushNote();
    const before = new Map(claimIds.map((id) => [id, this.store.review(id).note]));
    const put = async (notes: Map<string, string>): Promise<boolean> => {
      let all = true;
      for (const [claimId, note] of notes) {
        this.store.putReview(claimId, { note });
        const r = await this.store.trackSave(
          request('setReview', { articleId: article.id, claimId, note }, 'Could not save the note'),
        );
        if (r.ok && this.store.article?.id === article.id) this.store.putReview(claimId, r.value);
        all = all && r.ok;
      }
      return all;
    };
    const after = new Map(
      claimIds.map((id) => {
        const old = (before.get(id) ?? '').trim();
        return [id, old ? `${old}\n\n${text}` : text];
      }),
    );
    let done: Promise<boolean> = Promise.resolve(true);
    const entry: UndoEntry = {
      label: `add a note to ${claimIds.length} claims`,
      claimIds: [...claimIds],
      undo: async () => {
        await done;
        return put(before);
      },
      redo: () => put(after),
    };
    this.undoStack.push(entry);
    // After the note that was waiting for its debounce, so the two saves of one claim's note keep their order.
    done = this.store.idle().then(() => put(after));
    const ok = await done;
    if (!ok) this.undoStack.remove(entry);
    return ok;
  }

  /** With several claims selected: the same evidence link on each, as one change to undo. */
  async addEvidenceToAll(claimIds: readonly string[], link: { url: string; title?: string }): Promise<boolean> {
    const article = this.store.article;
    if (!article || claimIds.length === 0 || this.refuseWhenReadOnly()) return false;
    const added = new Map<string, string>();
    const addAll = async (): Promise<boolean> => {
      let all = true;
      for (const claimId of claimIds) {
        const r = await this.store.trackSave(
          request('addEvidence', { articleId: article.id, claimId, ...link }, 'Could not add the evidence link'),
        );
        if (!r.ok) {
          all = false;
          continue;
        }
        if (this.store.article?.id === article.id) this.store.putReview(claimId, r.value);
        const id = r.value.evidence?.[r.value.evidence.length - 1]?.id;
        if (id) added.set(claimId, id);
      }
      return all;
    };
    let done: Promise<boolean> = Promise.resolve(true);
    this.undoStack.push({
      label: `add an evidence link to ${claimIds.length} claims`,
      claimIds: [...claimIds],
      undo: async () => {
        await done;
        let all = true;
        for (const [claimId, evidenceId] of added) all = (await this.removeEvidence(claimId, evidenceId, false)) && all;
        added.clear();
        return all;
      },
      redo: addAll,
    });
    done = addAll();
    return done;
  }

  async removeEvidence(claimId: string, evidenceId: string, undoable = true): Promise<boolean> {
    const article = this.store.article;
    if (!article || this.refuseWhenReadOnly()) return false;
    const link = this.store.review(claimId).evidence?.find((e) => e.id === evidenceId);
    const result = await this.store.trackSave(
      request('removeEvidence', { articleId: article.id, claimId, evidenceId }, 'Could not remove the evidence link'),
    );
    if (!result.ok) return false;
    if (this.store.article?.id === article.id) this.store.putReview(claimId, result.value);
    if (undoable && link) {
      const again = {
        url: link.url,
        ...(link.title ? { title: link.title } : {}),
        ...(link.archivedUrl ? { archivedUrl: link.archivedUrl } : {}),
      };
      let currentId = evidenceId;
      this.undoStack.push({
        label: 'remove evidence link',
        claimIds: [claimId],
        undo: async () => {
          const r = await request(
            'addEvidence',
            { articleId: article.id, claimId, ...again },
            'Could not restore the evidence link',
          );
          if (!r.ok) return false;
          this.store.putReview(claimId, r.value);
          currentId = r.value.evidence?.[r.value.evidence.length - 1]?.id ?? currentId;
          return true;
        },
        redo: () => this.removeEvidence(claimId, currentId, false),
      });
    }
    return true;
  }

  /** Applies a correction of the extraction; the article is re-shown with the claim (or its successor) selected. */
  async correct(
    correction: CorrectionRequest,
    label: string,
    keepNear?: number,
  ): Promise<false | { carried: string[]; notCarried: string[] }> {
    const article = this.store.article;
    if (!article || this.refuseWhenReadOnly()) return false;
    await this.settled();
    const result = await this.store.trackSave(
      request('correctClaim', { articleId: article.id, correction }, `Could not ${label}`),
    );
    if (!result.ok) return false;
    this.showCorrected(result.value.article, keepNear);
    let correctionId = result.value.correctionId;
    this.undoStack.push({
      label,
      near: keepNear,
      undo: async () => {
        const r = await request(
          'removeCorrection',
          { articleId: article.id, correctionId },
          `Could not undo: ${label}`,
        );
        if (!r.ok) return false;
        this.showCorrected(r.value, keepNear);
        return true;
      },
      redo: async () => {
        const r = await request('correctClaim', { articleId: article.id, correction }, `Could not redo: ${label}`);
        if (!r.ok) return false;
        correctionId = r.value.correctionId;
        this.showCorrected(r.value.article, keepNear);
        return true;
      },
    });
    return { carried: result.value.carried ?? [], notCarried: result.value.notCarried ?? [] };
  }

  async removeCorrection(correctionId: string, label: string): Promise<boolean> {
    const article = this.store.article;
    if (!article || this.refuseWhenReadOnly()) return false;
    const r = await this.store.trackSave(
      request('removeCorrection', { articleId: article.id, correctionId }, 'Could not remove the correction'),
    );
    if (!r.ok) return false;
    this.showCorrected(r.value);
    showToast(`Correction removed: ${label}`, 'success');
    return true;
  }

  /** Re-shows the article after a correction, selecting the claim at (or after) the given offset. */
  showCorrected(view: NonNullable<DeskStore['article']>, near?: number): void {
    const at = near ?? this.store.selected?.start ?? 0;
    const claims = view.claims.filter((c) => c.kind !== 'heading');
    const keep =
      claims.find((c) => c.start <= at && at < c.end) ?? claims.find((c) => c.start >= at) ?? claims[claims.length - 1];
    this.store.setArticle(view, keep?.id ?? null);
  }
}
