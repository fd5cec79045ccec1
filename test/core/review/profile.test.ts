import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanProfile, signerName } from '../../../main/core/review/profile';
import { applyReviewChange } from '../../../main/core/review/record';
import { DEFAULT_RATING_SCALE } from '../../../main/core/review/rating-scale';
import { verdictOn } from '../../../main/core/review/verdict';

test('a profile needs a name; its addresses must be http(s)', () => {
  assert.deepEqual(
    cleanProfile({ name: '  Ana  Ruiz ', organisation: 'Desk Verify', organisationUrl: 'https://dv.example' }),
    {
      name: 'Ana Ruiz',
      organisation: 'Desk Verify',
      organisationUrl: 'https://dv.example/',
      logoUrl: '',
    },
  );
  assert.match((cleanProfile({ name: ' ' }) as { problem: string }).problem, /Give your name/);
  assert.match((cleanProfile({ name: 'A', logoUrl: 'javascript:alert(1)' }) as { problem: string }).problem, /logo/);
});

test("the profile signs; a workspace's old name only when there are no app settings at all", () => {
  const ana = { name: 'Ana', organisation: '', organisationUrl: '', logoUrl: '' };
  assert.equal(signerName(ana, 'Ben'), 'Ana');
  assert.equal(signerName(null, 'Ben'), '', 'no profile yet: unsigned, never the previous reviewer');
  assert.equal(signerName(undefined, 'Ben'), 'Ben');
});

test('a verdict and a wording are changes with history; setting the same again changes nothing', () => {
  const ctx = { claimId: 'c', text: 'The toll doubled.', start: 0, end: 17, reviewer: 'Ana', now: new Date(0) };
  const v = verdictOn(DEFAULT_RATING_SCALE, 'False', 'Customs data show a 10% rise.');
  const r1 = applyReviewChange(undefined, { verdict: v, wording: 'The harbour toll doubled' }, ctx);
  assert.deepEqual(r1.verdict, {
    rating: 'False',
    explanation: 'Customs data show a 10% rise.',
    ratingValue: 1,
    bestRating: 4,
    worstRating: 1,
  });
  assert.equal(r1.wording, 'The harbour toll doubled');
  assert.deepEqual(
    r1.history.map((h) => [h.field, h.to]),
    [
      ['verdict', 'False: Customs data show a 10% rise.'],
      ['wording', 'The harbour toll doubled'],
    ],
  );
  assert.equal(applyReviewChange(r1, { verdict: { ...v } }, ctx), r1);
  const r2 = applyReviewChange(r1, { verdict: null, wording: '' }, { ...ctx, reviewer: 'Ben' });
  assert.equal(r2.verdict, undefined);
  assert.equal(r2.wording, undefined);
  assert.equal(r2.history.at(-1)?.by, 'Ben');
});
