// Marking claims: every change is recorded in the claim's history and acknowledged once it is on disk.
import { anchorFor } from '../../core/review/anchor';
import { applyReviewChange, type ReviewChange, type ReviewRecord } from '../../core/review/record';
import type { Claim } from '../../core/types';
import { httpUrl } from '../../core/urls';
import type { ArticleRecord } from '../../store/schema';
import { articleView, publicReview } from '../article-versions';
import type { ClaimReview } from '../contract';
import { ApiError } from '../errors';
import { requireArticle, signer, type HandlerDeps, type HandlerGroup } from './context';

export { publicReview } from '../article-versions';

export function reviewableClaim(a: ArticleRecord, claimId: string): Claim {
  const claim = a.claims.find((c) => c.id === claimId);
  if (!claim) throw new ApiError('not-found', 'That claim is no longer in the article.');
  if (claim.kind === 'heading') throw new ApiError('bad-request', 'Headings are not claims and cannot be reviewed.');
  return claim;
}

export function changed(
  deps: Pick<HandlerDeps, 'store' | 'appSettings'>,
  a: ArticleRecord,
  claim: Claim,
  change: ReviewChange,
  now: Date,
  reviewer?: string,
): ReviewRecord {
  const { store } = deps;
  return applyReviewChange(store.data.reviews[a.id]?.[claim.id], change, {
    claimId: claim.id,
    text: a.text,
    start: claim.start,
    end: claim.end,
    reviewer: reviewer?.trim() || signer(deps),
    now,
  });
}

let evidenceCounter = 0;

export function reviewHandlers(
  deps: HandlerDeps,
): HandlerGroup<'setReview' | 'setReviews' | 'addEvidence' | 'removeEvidence' | 'attachOrphan'> {
  const { store, now } = deps;
  return {
    async setReview({ articleId, claimId, status, note, reviewer }) {
      const a = requireArticle(store, articleId);
      const claim = reviewableClaim(a, claimId);
      // Read and commit in the same tick: concurrent changes to one claim apply in order.
      const updated = changed(deps, a, claim, { status, note }, now(), reviewer);
      await store.set(['reviews', articleId, claimId], updated);
      return publicReview(updated);
    },

    async setReviews({ articleId, claimIds, status }) {
      const a = requireArticle(store, articleId);
      const at = now();
      const out: Record<string, ClaimReview> = {};
      const ops = [...new Set(claimIds)].map((claimId) => {
        const updated = changed(deps, a, reviewableClaim(a, claimId), { status }, at);
        out[claimId] = publicReview(updated);
        return { op: 'set' as const, path: ['reviews', articleId, claimId], value: updated };
      });
      await store.commit(...ops);
      return out;
    },

    async addEvidence({ articleId, claimId, url, title, archivedUrl }) {
      const a = requireArticle(store, articleId);
      const claim = reviewableClaim(a, claimId);
      const link = httpUrl(url);
      if (!link) throw new ApiError('bad-request', 'An evidence link must be an http or https address.');
      const archived = archivedUrl?.trim() ? httpUrl(archivedUrl) : null;
      if (archivedUrl?.trim() && !archived)
        throw new ApiError('bad-request', 'The archived copy must be an http or https address.');
      const id = `e${Date.now().toString(36)}${(evidenceCounter++).toString(36)}`;
      const cleanTitle = title?.replace(/\s+/g, ' ').trim().slice(0, 500);
      const updated = changed(
        deps,
        a,
        claim,
        {
          addEvidence: {
            id,
            url: link,
            ...(cleanTitle ? { title: cleanTitle } : {}),
            ...(archived ? { archivedUrl: archived } : {}),
          },
        },
        now(),
      );
      await store.set(['reviews', articleId, claimId], updated);
      return publicReview(updated);
    },

    async removeEvidence({ articleId, claimId, evidenceId }) {
      const a = requireArticle(store, articleId);
      const claim = reviewableClaim(a, claimId);
      const updated = changed(deps, a, claim, { removeEvidenceId: evidenceId }, now());
      await store.set(['reviews', articleId, claimId], updated);
      return publicReview(updated);
    },

    async attachOrphan({ articleId, orphanId, claimId }) {
      const a = requireArticle(store, articleId);
      const claim = reviewableClaim(a, claimId);
      const orphan = (a.orphans ?? []).find((o) => o.id === orphanId);
      if (!orphan) throw new ApiError('not-found', 'That orphaned review is no longer listed.');
      const existing = store.data.reviews[articleId]?.[claimId];
      if (existing && (existing.status !== 'pending' || existing.note.trim() || existing.evidence?.length)) {
        throw new ApiError(
          'bad-request',
          'That claim already has a review; choose a claim that is still pending with no note.',
        );
      }
      const at = now().toISOString();
      const by = signer(deps);
      const review: ReviewRecord = {
        ...orphan.review,
        claimId,
        anchor: anchorFor(a.text, claim.start, claim.end),
        history: [
          ...orphan.review.history,
          { at, by, field: 'attach', from: orphan.review.anchor.quote.slice(0, 200), to: claim.text.slice(0, 200) },
        ],
      };
      const next: ArticleRecord = { ...a, orphans: (a.orphans ?? []).filter((o) => o.id !== orphanId) };
      await store.commit(
        { op: 'set', path: ['reviews', articleId, claimId], value: review },
        { op: 'upsert', path: ['articles'], value: next as unknown as { id: string } & Record<string, unknown> },
      );
      return articleView(store, requireArticle(store, articleId));
    },
  };
}
