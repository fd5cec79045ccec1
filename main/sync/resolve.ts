// Resolving a sync conflict (issue 16): the reviewer picks one of the versions; the choice is recorded in the
// review's history like any mark, and the next sync replaces the conflicting revisions with it on every side.
import type { HistoryEntry, ReviewRecord } from '../core/review/record';
import type { WorkspaceStore } from '../store/workspace-store';

export class ConflictResolutionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictResolutionError';
  }
}

export async function resolveConflict(
  store: WorkspaceStore,
  args: { articleId: string; claimId: string; rev: string; reviewer: string; now: Date },
): Promise<void> {
  const article = store.data.articles.find((a) => a.id === args.articleId);
  const review = store.data.reviews[args.articleId]?.[args.claimId];
  if (!article || !review) throw new ConflictResolutionError('There is no review of this claim.');
  if (!review.conflict) throw new ConflictResolutionError('This claim has no conflict to resolve.');
  const chosen = review.conflict.versions.find((v) => v.rev === args.rev);
  if (!chosen) throw new ConflictResolutionError('That version is not one of the conflicting versions.');
  const { conflict: _resolved, ...plain } = review;
  const at = args.now.toISOString();
  // One history entry says who chose and when, even when the shown mark does not change (the versions' own
  // marks are already in the history).
  const entries: HistoryEntry[] = [{ at, by: args.reviewer, field: 'status', from: review.status, to: chosen.status }];
  if (chosen.note !== review.note)
    entries.push({ at, by: args.reviewer, field: 'note', from: review.note, to: chosen.note });
  const next: ReviewRecord = {
    ...plain,
    status: chosen.status,
    note: chosen.note,
    reviewer: args.reviewer,
    updatedAt: at,
    history: [...plain.history, ...entries],
  };
  await store.set(['reviews', args.articleId, args.claimId], next);
}
