import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cleanRatingScale,
  DEFAULT_RATING_SCALE,
  ratingNamed,
  ratingNumbers,
} from '../../../main/core/review/rating-scale';
import { verdictOn } from '../../../main/core/review/verdict';

test('the default scale numbers True to False (best 4, worst 1) and leaves Unproven off the numbers', () => {
  const s = DEFAULT_RATING_SCALE;
  assert.deepEqual(ratingNumbers(s, 'True'), { ratingValue: 4, bestRating: 4, worstRating: 1 });
  assert.deepEqual(ratingNumbers(s, 'Misleading'), { ratingValue: 2, bestRating: 4, worstRating: 1 });
  assert.deepEqual(ratingNumbers(s, 'False'), { ratingValue: 1, bestRating: 4, worstRating: 1 });
  assert.equal(ratingNumbers(s, 'Unproven'), null);
  assert.deepEqual(verdictOn(s, 'Unproven', ' no record found '), {
    rating: 'Unproven',
    explanation: 'no record found',
  });
  assert.equal(ratingNamed(s, 'mostly TRUE'), 'Mostly true');
});

test('a newsroom scale: names in order, best and worst chosen, mistakes explained', () => {
  const ok = cleanRatingScale({
    ratings: [' Satire ', 'Correct', 'Half right', 'Wrong'],
    best: 'correct',
    worst: 'Wrong',
  });
  assert.deepEqual(ok, { ratings: ['Satire', 'Correct', 'Half right', 'Wrong'], best: 'Correct', worst: 'Wrong' });
  assert.equal(ratingNumbers(ok as never, 'Satire'), null, 'before the best: off the numbers');
  assert.deepEqual(ratingNumbers(ok as never, 'Half right'), { ratingValue: 2, bestRating: 3, worstRating: 1 });
  const problem = (input: object) => (cleanRatingScale(input) as { problem?: string }).problem ?? '';
  assert.match(problem({ ratings: ['Only'] }), /at least two/);
  assert.match(problem({ ratings: ['True', 'true'], worst: 'true' }), /twice/);
  assert.match(problem({ ratings: ['True', 'False'], best: 'False', worst: 'True' }), /before the worst/);
  assert.match(problem({ ratings: ['True', 'False'], worst: 'Nope' }), /worst rating/);
});
