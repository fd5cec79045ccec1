// Correcting the extraction. Each correction is an operation anchored to the text, stored with the article and
// re-applied whenever the claims are rebuilt (a correction removed, a new version imported); reviews follow
// their claims by anchor, and a review left without a claim becomes an orphan, never lost.
import { applyCorrections, correctionOp, CorrectionError, type CorrectionOp } from '../../core/review/corrections';
import type { ArticleRecord } from '../../store/schema';
import { articleView, extractionOf, reattachAll, rebuildArticle } from '../article-versions';
import { ApiError } from '../errors';
import { workspaceOutlets } from '../workspace-outlets';
import { requireArticle, signer, type HandlerDeps, type HandlerGroup } from './context';

const asRecordValue = (r: ArticleRecord) => r as unknown as { id: string } & Record<string, unknown>;
let counter = 0;

export function correctionHandlers(deps: HandlerDeps): HandlerGroup<'correctClaim' | 'removeCorrection'> {
  const { store, now } = deps;
  const save = async (a: ArticleRecord, next: ArticleRecord, reviews: Record<string, unknown>) => {
    await store.commit(
      { op: 'upsert', path: ['articles'], value: asRecordValue(next) },
      { op: 'set', path: ['reviews', a.id], value: reviews },
    );
  };

  return {
    async correctClaim({ articleId, correction }) {
      const a = requireArticle(store, articleId);
      const at = now();
      const outlets = workspaceOutlets(store);
      let op: CorrectionOp;
      try {
        op = correctionOp(
          a.text,
          a.claims,
          correction,
          {
            id: `k${at.getTime().toString(36)}${(counter++).toString(36)}`,
            at: at.toISOString(),
            by: signer(deps),
          },
          outlets,
        );
      } catch (e) {
        if (e instanceof CorrectionError) throw new ApiError('bad-request', e.message);
        throw e;
      }
      // The new operation applies on top of the claims as they are; the stored list replays from scratch later.
      const outcome = applyCorrections(a.text, a.claims, [op], outlets);
      if (outcome.unapplied.length)
        throw new ApiError('bad-request', 'That correction could not be applied to the claim as it is now.');
      const previous = a.correctionState ?? { unapplied: [], corrected: {} };
      const corrected: Record<string, string[]> = {};
      for (const c of outcome.claims) {
        const kinds = [...(previous.corrected[c.id] ?? []), ...(outcome.corrected[c.id] ?? [])];
        if (kinds.length) corrected[c.id] = [...new Set(kinds)];
      }
      const skipped = [...a.skipped, ...outcome.hidden].sort((x, y) => x.start - y.start);
      const again = reattachAll(a.text, outcome.claims, store.data.reviews[a.id] ?? {}, a.orphans ?? [], at);
      const next: ArticleRecord = {
        ...a,
        claims: outcome.claims,
        skipped,
        corrections: [...(a.corrections ?? []), op],
        orphans: again.orphans,
        correctionState: { unapplied: previous.unapplied, corrected },
      };
      await save(a, next, again.reviews);
      return { article: articleView(store, requireArticle(store, articleId)), correctionId: op.id };
    },

    async removeCorrection({ articleId, correctionId }) {
      const a = requireArticle(store, articleId);
      const ops = a.corrections ?? [];
      if (!ops.some((o) => o.id === correctionId))
        throw new ApiError('not-found', 'That correction is no longer listed.');
      const kept = ops.filter((o) => o.id !== correctionId);
      const outlets = workspaceOutlets(store);
      const rebuilt = rebuildArticle(
        a.text,
        kept,
        store.data.reviews[a.id] ?? {},
        a.orphans ?? [],
        now(),
        extractionOf(a.text, outlets),
        outlets,
      );
      const next: ArticleRecord = {
        ...a,
        claims: rebuilt.claims,
        skipped: rebuilt.skipped,
        corrections: kept,
        orphans: rebuilt.orphans,
        correctionState: { unapplied: rebuilt.unapplied, corrected: rebuilt.corrected },
      };
      await save(a, next, rebuilt.reviews);
      return articleView(store, requireArticle(store, articleId));
    },
  };
}
