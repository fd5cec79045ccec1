import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { buildClaimReviews, claimAuthor, claimReviewedText } from '../../../main/core/report/claimreview';
import { reportArticles } from '../../../main/core/report/build';
import type { Claim } from '../../../main/core/types';
import { FIXTURES, SAMPLE_OPTIONS, sampleInput } from './sample';

const schema = JSON.parse(readFileSync(join(FIXTURES, 'claimreview.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

test('the sample ClaimReview validates against the schema: one per reviewed claim', () => {
  const reviews = buildClaimReviews(reportArticles([sampleInput()]), SAMPLE_OPTIONS);
  assert.equal(validate(reviews), true, JSON.stringify(validate.errors, null, 1));
  assert.equal(reviews.length, 16, 'every reviewed claim, no pending one');
  for (const r of reviews as any[]) {
    const rating = r.reviewRating;
    assert.ok(rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating);
    assert.match(r.url, /^https:\/\/deskverify\.example\/reports\/putin-kim-letter#claim-\d+$/);
  }
  const byAnchor = Object.fromEntries((reviews as any[]).map((r) => [r.url.split('#')[1], r]));
  assert.equal(byAnchor['claim-13'].reviewRating.alternateName, 'Verified');
  assert.equal(
    byAnchor['claim-13'].claimReviewed,
    'Russian-Iranian bilateral commerce reached $40 billion in the previous 18 months, a ' +
      'tenfold rise from $4 billion in 2021',
  );
  assert.deepEqual(byAnchor['claim-13'].itemReviewed.author, { '@type': 'Person', name: 'Javad Owji' });
  assert.deepEqual(byAnchor['claim-13'].itemReviewed.firstAppearance.publisher, {
    '@type': 'Organization',
    name: 'Daily Express',
    url: 'https://express.co.uk/',
  });
  assert.equal(byAnchor['claim-4'].reviewRating.alternateName, 'Disputed');
  assert.equal(byAnchor['claim-4'].reviewRating.ratingValue, 1);
  assert.equal(byAnchor['claim-5'].reviewRating.alternateName, 'Unsourced');
  assert.deepEqual(byAnchor['claim-1'].author, { '@type': 'Organization', name: 'Desk Verify' });
  assert.equal(byAnchor['claim-1'].itemReviewed.appearance.url, 'https://www.example-news.test/world/putin-kim-letter');
});

test('the schema rejects what search engines would reject', () => {
  const [good] = buildClaimReviews(reportArticles([sampleInput()]), SAMPLE_OPTIONS) as any[];
  const broken = (change: (r: any) => void) => {
    const r = structuredClone(good);
    change(r);
    return validate([r]);
  };
  assert.equal(
    broken(() => undefined),
    true,
  );
  assert.equal(
    broken((r) => delete r.claimReviewed),
    false,
  );
  assert.equal(
    broken((r) => delete r.reviewRating.alternateName),
    false,
  );
  assert.equal(
    broken((r) => (r.url = '#claim-1')),
    false,
  );
  assert.equal(
    broken((r) => (r.claimReviewed = 'Verified: the claim')),
    false,
  );
  assert.equal(
    broken((r) => delete r.itemReviewed.appearance),
    false,
  );
  assert.equal(
    broken((r) => (r.author = { '@type': 'Organization', name: '' })),
    false,
  );
});

function claim(extra: Partial<Claim>): Claim {
  return {
    id: 'c',
    start: 0,
    end: 4,
    text: 'Text',
    kind: 'attributed',
    speaker: null,
    outlet: null,
    attributions: [],
    checkworthiness: 0.5,
    ...extra,
  };
}

test("the claim's author: a person, a body, else the outlet, else the publisher", () => {
  assert.deepEqual(claimAuthor(claim({ speaker: { name: 'Javad Owji', start: 0, end: 1 } })), {
    '@type': 'Person',
    name: 'Javad Owji',
  });
  assert.equal(
    claimAuthor(claim({ speaker: { name: "North Korea's foreign ministry", start: 0, end: 1 } }))['@type'],
    'Organization',
  );
  assert.deepEqual(
    claimAuthor(claim({ outlet: { id: 'r', name: 'Reuters', domain: 'reuters.com', stated: true, via: [] } })),
    { '@type': 'Organization', name: 'Reuters', url: 'https://reuters.com/' },
  );
  assert.deepEqual(claimAuthor(claim({}), 'Example News'), { '@type': 'Organization', name: 'Example News' });
});

test('claimReviewed is the claim, short and without its reporting clause', () => {
  const text = 'Officials said that exports rose 40% last year.';
  const c = claim({
    text,
    end: text.length,
    attributions: [
      {
        cue: [{ start: 10, end: 14, text: 'said' }],
        source: [],
        content: [{ start: 15, end: 46, text: text.slice(15, 46) }],
      },
    ],
  });
  assert.equal(claimReviewedText(c), 'Exports rose 40% last year');
  const long = 'word '.repeat(100).trim();
  const l = claimReviewedText(claim({ text: long, end: long.length }));
  assert.ok(l.length <= 280 && l.endsWith('…'));
});

test(
  'without an organisation or a report URL: reviewers as authors, anchors as urls (and ' + 'warnings say so)',
  async () => {
    const { buildReport } = await import('../../../main/core/report/build');
    const built = buildReport('claimreview', [sampleInput()], {
      ...SAMPLE_OPTIONS,
      organisation: '',
      reportUrl: undefined,
    });
    const [first] = JSON.parse(built.content);
    assert.equal(first.author['@type'], 'Person');
    assert.equal(first.url, '#claim-1');
    assert.equal(built.warnings.length, 2);
  },
);
