import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { buildClaimReviews, claimAuthor, claimReviewedText } from '../../../main/core/report/claimreview';
import { reportArticles } from '../../../main/core/report/build';
import type { Claim } from '../../../main/core/types';
import { DEFAULT_RATING_SCALE } from '../../../main/core/review/rating-scale';
import { verdictOn } from '../../../main/core/review/verdict';
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
    'Russian-Iranian bilateral commerce reached $40 billion in the previous 18 months, a tenfold rise from $4 ' +
      'billion in 2021',
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
  assert.equal(
    [byAnchor['claim-1'].itemReviewed.appearance].flat().at(-1).url,
    'https://www.example-news.test/world/putin-kim-letter',
  );
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
  'without an organisation or a report URL: reviewers as authors, anchors as urls (and warnings say ' + 'so)',
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
    assert.equal(built.warnings.length, 3);
    assert.ok(built.warnings.some((w) => /^16 reviewed claims have no published verdict/.test(w)));
  },
);

test('published verdicts: the newsroom scale, the claim as checked, speaker, outlet and the claim url', () => {
  const input = sampleInput();
  const reviewable = input.article.claims.filter((c) => c.kind !== 'heading');
  const scale = DEFAULT_RATING_SCALE;
  const reviews = input.reviews as Record<string, any>;
  const c13 = reviewable[12]!;
  reviews[c13.id].verdict = verdictOn(
    scale,
    'Mostly true',
    'The trade figure matches customs data; the rise is smaller.',
  );
  reviews[c13.id].wording = 'Russia-Iran trade reached $40 billion in 18 months';
  const c4 = reviewable[3]!;
  reviews[c4.id].verdict = verdictOn(scale, 'Unproven', '');
  const out = buildClaimReviews(reportArticles([input]), {
    ...SAMPLE_OPTIONS,
    organisationUrl: 'https://deskverify.example/',
    logoUrl: 'https://deskverify.example/logo.png',
  }) as any[];
  assert.equal(validate(out), true, JSON.stringify(validate.errors, null, 1));
  const byAnchor = Object.fromEntries(out.map((r) => [r.url.split('#')[1], r]));
  const r13 = byAnchor['claim-13'];
  assert.deepEqual(r13.reviewRating, {
    '@type': 'Rating',
    ratingValue: 3,
    bestRating: 4,
    worstRating: 1,
    alternateName: 'Mostly true',
    ratingExplanation: 'The trade figure matches customs data; the rise is smaller.',
  });
  assert.equal(r13.claimReviewed, 'Russia-Iran trade reached $40 billion in 18 months');
  assert.equal(r13.url, 'https://deskverify.example/reports/putin-kim-letter#claim-13');
  assert.deepEqual(r13.itemReviewed.author, { '@type': 'Person', name: 'Javad Owji' });
  const appearances = [r13.itemReviewed.appearance].flat();
  assert.deepEqual(appearances[0].publisher, {
    '@type': 'Organization',
    name: 'Daily Express',
    url: 'https://express.co.uk/',
  });
  assert.equal(appearances.at(-1).url, 'https://www.example-news.test/world/putin-kim-letter');
  assert.deepEqual(r13.author, {
    '@type': 'Organization',
    name: 'Desk Verify',
    url: 'https://deskverify.example/',
    logo: { '@type': 'ImageObject', url: 'https://deskverify.example/logo.png' },
  });
  // Off the numbered part of the scale: the name alone, no numbers that would place it between True and False.
  assert.deepEqual(byAnchor['claim-4'].reviewRating, { '@type': 'Rating', alternateName: 'Unproven' });
  // Without a verdict the checklist status still rates the claim.
  assert.equal(byAnchor['claim-1'].reviewRating.alternateName, 'Verified');
  for (const r of out) {
    const { ratingValue, bestRating, worstRating } = r.reviewRating;
    if (ratingValue !== undefined) assert.ok(worstRating <= ratingValue && ratingValue <= bestRating);
    assert.ok(!r.claimReviewed.startsWith(r.reviewRating.alternateName), 'the rating is never in claimReviewed');
  }
});

test('the schema holds the rating to schema.org and Google: a name always, numbers all three or none', () => {
  const input = sampleInput();
  const [good] = buildClaimReviews(reportArticles([input]), SAMPLE_OPTIONS) as any[];
  const check = (change: (r: any) => void) => {
    const r = structuredClone(good);
    change(r);
    return validate([r]);
  };
  assert.equal(
    check((r) => delete r.reviewRating.bestRating),
    false,
  );
  assert.equal(
    check((r) => (r.reviewRating = { '@type': 'Rating', alternateName: 'False' })),
    true,
  );
  assert.equal(
    check((r) => (r.reviewRating = { '@type': 'Rating', ratingValue: 1 })),
    false,
  );
  assert.equal(
    check((r) => (r.itemReviewed.appearance = [])),
    false,
  );
  assert.equal(
    check((r) => delete r.url),
    false,
  );
  assert.equal(
    check((r) => (r.author.logo = { '@type': 'ImageObject', url: 'javascript:alert(1)' })),
    false,
  );
});
