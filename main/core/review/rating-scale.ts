// The newsroom's rating scale for published verdicts (beside the checklist's status, which stays the review's
// progress). Ratings from best to worst, in order, get numbers for ClaimReview (best highest); ratings placed
// after the worst ("Unproven") are verdicts without a place on the scale and are published by name only.

export interface RatingScale {
  /** Every rating's name, best first. */
  ratings: string[];
  best: string;
  worst: string;
}

export const DEFAULT_RATING_SCALE: RatingScale = {
  ratings: ['True', 'Mostly true', 'Misleading', 'False', 'Unproven'],
  best: 'True',
  worst: 'False',
};

export const MAX_RATINGS = 20;
export const MAX_RATING_NAME = 60;

/** The scale cleaned up (names trimmed), or a message for the person saying what is wrong with it. */
export function cleanRatingScale(input: Partial<RatingScale>): RatingScale | { problem: string } {
  const ratings = (Array.isArray(input.ratings) ? input.ratings : [])
    .map((r) => (typeof r === 'string' ? r.replace(/\s+/g, ' ').trim() : ''))
    .filter(Boolean);
  if (ratings.length < 2) return { problem: 'A rating scale needs at least two ratings, one a line.' };
  if (ratings.length > MAX_RATINGS) return { problem: `A rating scale holds at most ${MAX_RATINGS} ratings.` };
  const long = ratings.find((r) => r.length > MAX_RATING_NAME);
  if (long) return { problem: `"${long.slice(0, 40)}…" is longer than ${MAX_RATING_NAME} characters.` };
  const seen = new Set<string>();
  for (const r of ratings) {
    if (seen.has(r.toLowerCase())) return { problem: `"${r}" is on the scale twice.` };
    seen.add(r.toLowerCase());
  }
  const find = (name: unknown) =>
    ratings.find((r) => typeof name === 'string' && r.toLowerCase() === name.trim().toLowerCase());
  const best = find(input.best) ?? ratings[0]!;
  const worst = find(input.worst);
  if (!worst) return { problem: 'Choose the worst rating among the scale’s ratings.' };
  if (ratings.indexOf(best) >= ratings.indexOf(worst))
    return { problem: 'The best rating must come before the worst one (the list goes from best to worst).' };
  return { ratings, best, worst };
}

export interface RatingNumbers {
  ratingValue: number;
  bestRating: number;
  worstRating: number;
}

/** ClaimReview's numbers for a rating: worst 1, best the count from worst to best; null off the scale. */
export function ratingNumbers(scale: RatingScale, rating: string): RatingNumbers | null {
  const b = scale.ratings.indexOf(scale.best);
  const w = scale.ratings.indexOf(scale.worst);
  const i = scale.ratings.indexOf(rating);
  if (b < 0 || w < 0 || i < b || i > w) return null;
  return { ratingValue: w - i + 1, bestRating: w - b + 1, worstRating: 1 };
}

/** The scale's rating with this name (any case), or null. */
export function ratingNamed(scale: RatingScale, name: string): string | null {
  const key = name.trim().toLowerCase();
  return scale.ratings.find((r) => r.toLowerCase() === key) ?? null;
}
