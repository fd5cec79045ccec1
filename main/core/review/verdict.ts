// A claim's published verdict: a rating of the newsroom's scale with its explanation. The rating's numbers are
// kept with it as they were when it was given, so that a report says the same after the scale is edited or the
// workspace is opened by a colleague with another scale.
import { ratingNumbers, type RatingNumbers, type RatingScale } from './rating-scale';

export interface Verdict extends Partial<RatingNumbers> {
  rating: string;
  explanation: string;
}

export const MAX_EXPLANATION = 5_000;

export function verdictOn(scale: RatingScale, rating: string, explanation: string): Verdict {
  const numbers = ratingNumbers(scale, rating);
  return { rating, explanation: explanation.trim().slice(0, MAX_EXPLANATION), ...(numbers ?? {}) };
}

export function sameVerdict(a: Verdict | undefined, b: Verdict | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.rating === b.rating &&
    a.explanation === b.explanation &&
    a.ratingValue === b.ratingValue &&
    a.bestRating === b.bestRating &&
    a.worstRating === b.worstRating
  );
}
