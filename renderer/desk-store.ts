// The window's state and its change events. Views subscribe and update only what a change touches, so moving
// the selection or marking one claim does not re-render a long article.
import type { ArticleView, Claim, ClaimReview, ReviewStatus, WorkspaceInfo } from '../main/api/contract';

export type DeskEvent =
  | { type: 'workspace' }
  | { type: 'article' }
  | { type: 'selection'; previous: string | null; current: string | null }
  | { type: 'review'; claimId: string }
  | { type: 'saving'; inFlight: number; failed: boolean };

type Listener = (event: DeskEvent) => void;

const PENDING_REVIEW = (): ClaimReview => ({ status: 'pending', note: '', reviewer: '', updatedAt: '' });

export class DeskStore {
  workspace: WorkspaceInfo | null = null;
  article: ArticleView | null = null;
  selectedId: string | null = null;
  /** Claims that are reviewed (every kind but headings), in article order. */
  reviewable: Claim[] = [];
  private byId = new Map<string, Claim>();
  private listeners: Listener[] = [];
  private inFlight = 0;
  private pendingSaves = new Set<Promise<unknown>>();
  private lastFailed = false;

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  private emit(event: DeskEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  get readOnly(): boolean {
    return this.workspace?.readOnly ?? false;
  }

  setWorkspace(workspace: WorkspaceInfo): void {
    this.workspace = workspace;
    this.emit({ type: 'workspace' });
  }

  setArticle(article: ArticleView | null): void {
    this.article = article;
    this.byId = new Map((article?.claims ?? []).map((claim) => [claim.id, claim]));
    this.reviewable = (article?.claims ?? []).filter((claim) => claim.kind !== 'heading');
    this.selectedId = null;
    this.emit({ type: 'article' });
    const first = this.reviewable[0];
    if (first) this.select(first.id);
  }

  claim(id: string): Claim | undefined {
    return this.byId.get(id);
  }

  get selected(): Claim | null {
    return this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null;
  }

  review(claimId: string): ClaimReview {
    return this.article?.reviews[claimId] ?? PENDING_REVIEW();
  }

  status(claimId: string): ReviewStatus {
    return this.review(claimId).status;
  }

  select(claimId: string | null): void {
    if (claimId === this.selectedId) return;
    if (claimId !== null && this.byId.get(claimId)?.kind === 'heading') return;
    const previous = this.selectedId;
    this.selectedId = claimId;
    this.emit({ type: 'selection', previous, current: claimId });
  }

  /** Moves the selection by `step` reviewable claims; headings are never selected. */
  move(step: number): void {
    if (this.reviewable.length === 0) return;
    const index = this.reviewable.findIndex((claim) => claim.id === this.selectedId);
    const next = index < 0 ? (step > 0 ? 0 : this.reviewable.length - 1) : index + step;
    const clamped = Math.max(0, Math.min(this.reviewable.length - 1, next));
    const target = this.reviewable[clamped];
    if (target) this.select(target.id);
  }

  /** Replaces a claim's review locally (optimistic updates and their reverts). */
  putReview(claimId: string, review: Partial<ClaimReview>): void {
    if (!this.article) return;
    this.article.reviews[claimId] = { ...this.review(claimId), ...review };
    this.emit({ type: 'review', claimId });
  }

  /** Tracks writes on their way to the workspace file, for the save indicator. */
  trackSave<T>(work: Promise<{ ok: boolean } & T>): Promise<{ ok: boolean } & T> {
    this.inFlight += 1;
    this.emit({ type: 'saving', inFlight: this.inFlight, failed: this.lastFailed });
    const tracked = work.then((result) => {
      this.inFlight -= 1;
      this.lastFailed = !result.ok;
      this.pendingSaves.delete(tracked);
      this.emit({ type: 'saving', inFlight: this.inFlight, failed: this.lastFailed });
      return result;
    });
    this.pendingSaves.add(tracked);
    return tracked;
  }

  /** Resolves when every save started so far has been answered. */
  async idle(): Promise<void> {
    while (this.pendingSaves.size > 0) await Promise.all([...this.pendingSaves]);
  }
}
