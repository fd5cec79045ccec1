// Correcting the extraction. Each correction is an operation anchored to the text, stored with the article and
// re-applied whenever the claims are rebuilt (a correction removed, a new version imported); reviews follow
// their claims by anchor, and a review left without a claim becomes an orphan, never lost.
import { carryAcrossRecut, carryReviews } from '../../core/review/carry';
import {
  applyCorrections,
  correctionOp,
  CorrectionError,
  handOpFor,
  type CorrectionOp,
} from '../../core/review/corrections';
import type { ArticleRecord } from '../../store/schema';
import { articleView, extractionOf, reattachAll } from '../article-versions';
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
      const previous = a.correctionState ?? { unapplied: [], corrected: {} };
      const outcome = applyCorrections(a.text, a.claims, [op], outlets, previous.corrected);
      if (outcome.unapplied.length)
        throw new ApiError('bad-request', 'That correction could not be applied to the claim as it is now.');
      const corrected: Record<string, string[]> = {};
      for (const c of outcome.claims) {
        const kinds = [...(previous.corrected[c.id] ?? []), ...(outcome.corrected[c.id] ?? [])];
        if (kinds.length) corrected[c.id] = [...new Set(kinds)];
      }
      const skipped = [...a.skipped, ...outcome.hidden].sort((x, y) => x.start - y.start);
      // A merge or split hands its parts' reviews to the new claims before anything is re-attached by anchor.
      let table = store.data.reviews[a.id] ?? {};
      const recut = outcome.recut[op.id];
      const carried = [...(recut?.carried ?? [])];
      const notCarried = [...(recut?.notCarried ?? [])];
      if (recut) {
        const reviewable = a.claims.filter((c) => c.kind !== 'heading');
        const label = (id: string): string => `claim ${reviewable.findIndex((c) => c.id === id) + 1}`;
        const ctx = { text: a.text, reviewer: store.data.settings.reviewerName, now: at, label };
        const [first, second] = recut.from;
        const moved =
          op.type === 'merge' && first && second && recut.to[0]
            ? carryReviews(table, { type: 'merge', first, second, merged: recut.to[0] }, ctx)
            : first
              ? carryReviews(table, { type: 'split', whole: first, halves: recut.to }, ctx)
              : null;
        if (moved) {
          table = moved.reviews;
          carried.unshift(...moved.carried);
          notCarried.unshift(...moved.notCarried);
        }
      }
      const again = reattachAll(a.text, outcome.claims, table, a.orphans ?? [], at);
      const next: ArticleRecord = {
        ...a,
        claims: outcome.claims,
        skipped,
        corrections: [...(a.corrections ?? []), op],
        orphans: again.orphans,
        // A hand-set speaker or outlet the merge could not keep: its correction no longer applies, and says so.
        correctionState: {
          unapplied: [
            ...previous.unapplied,
            ...(recut?.dropped ?? [])
              .map((d) => handOpFor(a.text, a.claims, a.corrections ?? [], d.field, d.claimId))
              .filter((id): id is string => id !== null),
          ],
          corrected,
        },
      };
      await save(a, next, again.reviews);
      return {
        article: articleView(store, requireArticle(store, articleId)),
        correctionId: op.id,
        ...(recut ? { carried, notCarried } : {}),
      };
    },

    async removeCorrection({ articleId, correctionId }) {
      const a = requireArticle(store, articleId);
      const ops = a.corrections ?? [];
      if (!ops.some((o) => o.id === correctionId))
        throw new ApiError('not-found', 'That correction is no longer listed.');
      const kept = ops.filter((o) => o.id !== correctionId);
      const outlets = workspaceOutlets(store);
      const at = now();
      const extraction = extractionOf(a.text, outlets);
      const outcome = applyCorrections(a.text, extraction.claims, kept, outlets);
      // Undoing a merge or a split re-cuts claims: their reviews follow the pieces instead of becoming orphans.
      const table = carryAcrossRecut(store.data.reviews[a.id] ?? {}, a.claims, outcome.claims, {
        text: a.text,
        reviewer: store.data.settings.reviewerName,
        now: at,
      }).reviews;
      const again = reattachAll(a.text, outcome.claims, table, a.orphans ?? [], at);
      const rebuilt = {
        claims: outcome.claims,
        skipped: [...extraction.skipped, ...outcome.hidden].sort((x, y) => x.start - y.start || x.end - y.end),
        unapplied: outcome.unapplied,
        corrected: outcome.corrected,
        ...again,
      };
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
