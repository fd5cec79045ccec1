// Marking claims: every change is recorded in the claim's history and acknowledged once it is on disk.
import { applyReviewChange, type ReviewRecord } from '../../core/review/record';
import type { ClaimReview } from '../contract';
import { ApiError } from '../errors';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';

export function reviewHandlers({ store, now }: HandlerDeps): HandlerGroup<'setReview'> {
  return {
    async setReview({ articleId, claimId, status, note }) {
      const a = requireArticle(store, articleId);
      const claim = a.claims.find((c) => c.id === claimId);
      if (!claim) throw new ApiError('not-found', 'That claim is no longer in the article.');
      if (claim.kind === 'heading') throw new ApiError('bad-request', 'Headings are not claims and cannot be reviewed.');
      const updated = await store.update((data) => {
        const table = (data.reviews[articleId] ??= {});
        const next = applyReviewChange(table[claimId], { status, note }, {
          claimId, text: a.text, start: claim.start, end: claim.end, reviewer: data.settings.reviewerName, now: now(),
        });
        table[claimId] = next;
        return next;
      });
      return publicReview(updated);
    },
  };
}

export function publicReview(r: ReviewRecord): ClaimReview {
  return { status: r.status, note: r.note, reviewer: r.reviewer, updatedAt: r.updatedAt };
}
