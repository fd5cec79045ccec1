import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppSettings } from '../../main/store/app-settings';
import { addArticleText, openTestApi } from '../helpers/app-api';
import { tempDir } from '../helpers/tmp';

const TEXT = [
  'Harbour Report',
  '',
  'Port Minister Mara Quint said that the harbour toll doubled in two years.',
  '',
  'The criticism, according to the Coastal Herald, came from shipping firms that called the toll unlawful.',
].join('\n');

async function setUp(t: any) {
  const settings = await AppSettings.load(await tempDir(t));
  await settings.setProfile({ name: 'Ana Ruiz', organisation: 'Desk Verify', organisationUrl: '', logoUrl: '' });
  const api = await openTestApi(t, { seeds: false, appSettings: settings });
  const articleId = (await addArticleText(api.handlers, TEXT, 'Harbour Report')).id;
  const claims = (await api.call('getArticle', { articleId })).value.claims.filter((c: any) => c.kind !== 'heading');
  return { api, articleId, claims };
}

test('each claim has a wording to check, a verdict on the scale, and both are signed in its history', async (t) => {
  const { api, articleId, claims } = await setUp(t);
  const toll = claims.find((c: any) => c.text.includes('toll doubled'));
  const listed = (await api.call('getVerdicts', { articleId })).value;
  assert.deepEqual(listed.ratingScale.ratings, ['True', 'Mostly true', 'Misleading', 'False', 'Unproven']);
  assert.equal(listed.claims[toll.id].wording, 'The harbour toll doubled in two years');
  assert.equal(listed.claims[toll.id].verdict, null);
  for (const c of claims) assert.ok(listed.claims[c.id].wording.split(' ').length >= 4, listed.claims[c.id].wording);

  const set = await api.call('setVerdict', {
    articleId,
    claimId: toll.id,
    rating: 'misleading',
    explanation: 'It rose by half.',
    wording: 'The harbour toll doubled in two years, Quint said',
  });
  assert.equal(set.ok, true, JSON.stringify(set.error));
  assert.deepEqual(set.value.verdict, {
    rating: 'Misleading',
    explanation: 'It rose by half.',
    ratingValue: 2,
    bestRating: 4,
    worstRating: 1,
  });
  assert.equal(set.value.wording, 'The harbour toll doubled in two years, Quint said');
  const again = await api.call('setVerdict', { articleId, claimId: toll.id, explanation: 'Customs: +50%.' });
  assert.equal(again.value.verdict.rating, 'Misleading', 'the explanation alone keeps the rating');
  const review = (await api.call('getArticle', { articleId })).value.reviews[toll.id];
  assert.deepEqual(
    review.history.map((h: any) => [h.field, h.by]),
    [
      ['verdict', 'Ana Ruiz'],
      ['wording', 'Ana Ruiz'],
      ['verdict', 'Ana Ruiz'],
    ],
  );
  assert.equal(review.status, 'pending', 'the verdict never changes the checklist status');

  // Exported once the claim is reviewed.
  await api.call('setReview', { articleId, claimId: toll.id, status: 'disputed' });
  const report = await api.call('renderReport', {
    articleId,
    format: 'claimreview',
    options: { reportUrl: 'https://dv.example/checks/harbour' },
  });
  const [cr] = JSON.parse(report.value.text);
  assert.equal(cr.claimReviewed, 'The harbour toll doubled in two years, Quint said');
  assert.equal(cr.reviewRating.alternateName, 'Misleading');
  assert.equal(cr.reviewRating.ratingExplanation, 'Customs: +50%.');
  assert.equal(cr.author.name, 'Desk Verify', 'the organisation comes from the profile');
  assert.match(cr.url, /^https:\/\/dv\.example\/checks\/harbour#claim-\d+$/);

  // Back to the default wording, and the verdict taken away.
  const cleared = await api.call('setVerdict', { articleId, claimId: toll.id, rating: null, wording: '' });
  assert.equal(cleared.value.verdict, null);
  assert.equal(cleared.value.wording, 'The harbour toll doubled in two years');
});

test('a rating off the scale, or an explanation without a rating, is refused with a message', async (t) => {
  const { api, articleId, claims } = await setUp(t);
  const off = await api.call('setVerdict', { articleId, claimId: claims[0].id, rating: 'Pants on fire' });
  assert.equal(off.error.code, 'bad-request');
  assert.match(off.error.message, /not on the rating scale \(True, Mostly true/);
  const noRating = await api.call('setVerdict', { articleId, claimId: claims[0].id, explanation: 'Why' });
  assert.match(noRating.error.message, /Choose a rating/);
  assert.equal((await api.call('getArticle', { articleId })).value.reviews[claims[0].id], undefined, 'nothing saved');
});
