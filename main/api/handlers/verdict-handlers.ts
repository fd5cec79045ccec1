// Published verdicts: a rating of the newsroom's scale with its explanation, and the claim as checked, beside
// the checklist's status. Each change is signed and kept in the claim's history like a mark.
import { cleanWording, defaultWording } from '../../core/review/claim-wording';
import { DEFAULT_RATING_SCALE, ratingNamed } from '../../core/review/rating-scale';
import type { ReviewRecord } from '../../core/review/record';
import { verdictOn } from '../../core/review/verdict';
import type { Claim } from '../../core/types';
import type { ClaimVerdictView } from '../contract';
import { ApiError } from '../errors';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';
import { changed, reviewableClaim } from './review-handlers';

export function verdictView(claim: Claim, review: ReviewRecord | undefined): ClaimVerdictView {
  const defaultText = defaultWording(claim);
  return {
    claimId: claim.id,
    wording: review?.wording || defaultText,
    defaultWording: defaultText,
    verdict: review?.verdict ?? null,
  };
}

export function verdictHandlers(deps: HandlerDeps): HandlerGroup<'getVerdicts' | 'setVerdict'> {
  const { store, now } = deps;
  const scale = () => deps.appSettings?.ratingScale ?? DEFAULT_RATING_SCALE;
  return {
    async getVerdicts({ articleId }) {
      const a = requireArticle(store, articleId);
      const table = store.data.reviews[articleId] ?? {};
      const claims: Record<string, ClaimVerdictView> = {};
      for (const c of a.claims) if (c.kind !== 'heading') claims[c.id] = verdictView(c, table[c.id]);
      return { ratingScale: scale(), claims };
    },

    async setVerdict({ articleId, claimId, rating, explanation, wording }) {
      const a = requireArticle(store, articleId);
      const claim = reviewableClaim(a, claimId);
      const previous = store.data.reviews[articleId]?.[claimId];
      let verdict;
      if (rating === null) verdict = null;
      else if (rating !== undefined || explanation !== undefined) {
        const name = rating !== undefined ? ratingNamed(scale(), rating) : (previous?.verdict?.rating ?? null);
        if (!name) {
          throw new ApiError(
            'bad-request',
            rating === undefined
              ? 'Choose a rating before writing its explanation.'
              : `"${rating.slice(0, 60)}" is not on the rating scale (${scale().ratings.join(', ')}).`,
          );
        }
        // A rating kept from before keeps the numbers it was given with; a new one takes today's scale.
        verdict =
          rating === undefined && previous?.verdict
            ? { ...previous.verdict, explanation: (explanation ?? '').trim() }
            : verdictOn(scale(), name, explanation ?? previous?.verdict?.explanation ?? '');
      }
      let text: string | undefined;
      if (wording !== undefined) {
        const clean = cleanWording(wording);
        text = clean === defaultWording(claim) ? '' : clean;
      }
      const updated = changed(
        deps,
        a,
        claim,
        { ...(verdict !== undefined ? { verdict } : {}), ...(text !== undefined ? { wording: text } : {}) },
        now(),
      );
      if (updated !== previous) await store.set(['reviews', articleId, claimId], updated);
      return verdictView(claim, updated);
    },
  };
}
