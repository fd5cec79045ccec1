// The window's state and its change events. Views subscribe and update only what a change touches, so moving
// the selection or marking one claim does not re-render a long article.
import type { ArticleView, Claim, ClaimReview, ReviewStatus, WorkspaceInfo } from '../main/api/contract';
import { EMPTY_FILTER, filterClaims, type ClaimFilter } from './claim-filter';

export type DeskView = 'library' | 'desk' | 'outlets';

export type DeskEvent =
  | { type: 'workspace' }
  | { type: 'article' }
  | { type: 'view' }
  | { type: 'selection'; previous: string | null; current: string | null }
  /** The set of selected claims changed (several selected for a bulk mark). */
  | { type: 'multi'; changed: string[] }
  | { type: 'visible' }
  | { type: 'review'; claimId: string }
  | { type: 'saving'; inFlight: number; failed: boolean };

type Listener = (event: DeskEvent) => void;

const PENDING_REVIEW = (): ClaimReview => ({
  status: 'pending',
  note: '',
  reviewer: '',
  updatedAt: '',
  evidence: [],
  history: [],
});

export class DeskStore {
  workspace: WorkspaceInfo | null = null;
  article: ArticleView | null = null;
  view: DeskView = 'desk';
  /** The active claim: the inspector shows it, the keyboard moves it. */
  selectedId: string | null = null;
  /** Every selected claim (the active one included); more than one for a bulk mark. */
  selectedIds = new Set<string>();
  /** Where a shift-selection started. */
  private anchorId: string | null = null;
  /** Claims that are reviewed (every kind but headings), in article order. */
  reviewable: Claim[] = [];
  /** The claims the checklist shows: reviewable ones, filtered and sorted. */
  visible: Claim[] = [];
  filter: ClaimFilter = { ...EMPTY_FILTER };
  private visibleIndex = new Map<string, number>();
  private numbers = new Map<string, number>();
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

  setView(view: DeskView): void {
    if (view === this.view) return;
    this.view = view;
    this.emit({ type: 'view' });
  }

  /** Shows an article; `keep` re-selects a claim (after a correction) when it still exists. */
  setArticle(article: ArticleView | null, keep: string | null = null): void {
    const sameArticle = article !== null && article.id === this.article?.id;
    this.article = article;
    this.byId = new Map((article?.claims ?? []).map((claim) => [claim.id, claim]));
    this.reviewable = (article?.claims ?? []).filter((claim) => claim.kind !== 'heading');
    this.numbers = new Map(this.reviewable.map((claim, i) => [claim.id, i + 1]));
    if (!sameArticle) this.filter = { ...this.filter, text: '', statuses: [], outlet: '', speaker: '' };
    this.computeVisible();
    this.selectedId = null;
    this.selectedIds = new Set();
    this.anchorId = null;
    this.emit({ type: 'article' });
    const target =
      (keep && this.byId.has(keep) && this.byId.get(keep)?.kind !== 'heading' ? keep : null) ??
      this.visible[0]?.id ??
      null;
    if (target) this.select(target);
  }

  claim(id: string): Claim | undefined {
    return this.byId.get(id);
  }

  /** The claim's number among the article's reviewable claims, in article order (stable under filters). */
  number(id: string): number {
    return this.numbers.get(id) ?? 0;
  }

  visiblePosition(id: string): number {
    return this.visibleIndex.get(id) ?? -1;
  }

  get selected(): Claim | null {
    return this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null;
  }

  /** The claims a mark applies to: every selected one, in article order. */
  get targets(): string[] {
    if (this.selectedIds.size <= 1) return this.selectedId ? [this.selectedId] : [];
    return [...this.selectedIds].sort((a, b) => (this.numbers.get(a) ?? 0) - (this.numbers.get(b) ?? 0));
  }

  review(claimId: string): ClaimReview {
    return this.article?.reviews[claimId] ?? PENDING_REVIEW();
  }

  status(claimId: string): ReviewStatus {
    return this.review(claimId).status;
  }

  setFilter(patch: Partial<ClaimFilter>): void {
    this.filter = { ...this.filter, ...patch };
    this.computeVisible();
    this.emit({ type: 'visible' });
    if (this.selectedId && this.visibleIndex.has(this.selectedId)) return;
    const first = this.visible[0];
    this.select(first ? first.id : null);
  }

  private computeVisible(): void {
    this.visible = this.article ? filterClaims(this.reviewable, this.article.reviews, this.filter) : [];
    this.visibleIndex = new Map(this.visible.map((claim, i) => [claim.id, i]));
  }

  /**
   * Selects a claim. extend: from the anchor to this claim (shift); toggle: adds or removes it (ctrl/cmd);
   * neither: this claim alone.
   */
  select(claimId: string | null, mode: { extend?: boolean; toggle?: boolean } = {}): void {
    if (claimId !== null && this.byId.get(claimId)?.kind === 'heading') return;
    const before = this.selectedIds;
    let next: Set<string>;
    if (claimId === null) next = new Set();
    else if (mode.extend && this.anchorId && this.visibleIndex.has(this.anchorId) && this.visibleIndex.has(claimId)) {
      const a = this.visibleIndex.get(this.anchorId) as number;
      const b = this.visibleIndex.get(claimId) as number;
      next = new Set(this.visible.slice(Math.min(a, b), Math.max(a, b) + 1).map((c) => c.id));
    } else if (mode.toggle) {
      next = new Set(before);
      if (next.has(claimId) && next.size > 1) next.delete(claimId);
      else next.add(claimId);
      this.anchorId = claimId;
    } else {
      next = new Set([claimId]);
      this.anchorId = claimId;
    }
    this.selectedIds = next;
    const changed = [...before].filter((id) => !next.has(id)).concat([...next].filter((id) => !before.has(id)));
    if (changed.length) this.emit({ type: 'multi', changed });
    const active = mode.toggle && claimId !== null && !next.has(claimId) ? ([...next].pop() ?? null) : claimId;
    if (active !== this.selectedId) {
      const previous = this.selectedId;
      this.selectedId = active;
      this.emit({ type: 'selection', previous, current: active });
    }
  }

  /** Moves the active claim by `step` visible claims; with extend, the selection grows from its anchor. */
  move(step: number, extend = false): void {
    if (this.visible.length === 0) return;
    const index = this.selectedId ? (this.visibleIndex.get(this.selectedId) ?? -1) : -1;
    const next = index < 0 ? (step > 0 ? 0 : this.visible.length - 1) : index + step;
    const target = this.visible[Math.max(0, Math.min(this.visible.length - 1, next))];
    if (target) this.select(target.id, { extend });
  }

  /** Selects the next (or previous) pending claim in the list, wrapping around. */
  movePending(direction: 1 | -1): boolean {
    const n = this.visible.length;
    if (n === 0) return false;
    const start = this.selectedId ? (this.visibleIndex.get(this.selectedId) ?? -1) : -1;
    for (let i = 1; i <= n; i++) {
      const claim = this.visible[(((start + direction * i) % n) + n) % n];
      if (claim && this.status(claim.id) === 'pending') {
        this.select(claim.id);
        return true;
      }
    }
    return false;
  }

  selectAllVisible(): void {
    const first = this.visible[0];
    const last = this.visible[this.visible.length - 1];
    if (!first || !last) return;
    this.anchorId = first.id;
    this.select(last.id, { extend: true });
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
