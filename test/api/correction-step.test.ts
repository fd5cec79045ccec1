// Moving a claim by one sentence (the window's span keys) uses the extractor's sentences, in main: the window no
// longer cuts sentences by a rule of its own, which broke after titles and initials ("Dr. Rao").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApi } from '../helpers/app-api';

const TEXT =
  'The harbour master said on Tuesday that 12 ships were waiting offshore. Dr. A. Rao said the crews were safe ' +
  'and would wait for calmer seas. The port reopened on Friday.';

test('a claim extends and shrinks by whole sentences as the extractor cuts them', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const preview = await api.call('previewImport', { text: TEXT });
  const { summary } = (await api.call('commitImport', { previewId: preview.value.previewId, meta: {} })).value;
  const articleId = summary.id;
  const claims = (await api.call('getArticle', { articleId })).value.claims;
  const first = claims.find((c: { start: number }) => c.start === 0);
  assert.ok(first, 'the first sentence is a claim');
  // Merge the first two claims' sentences by extending: the next sentence runs to "seas.", not to "Dr.".
  const second = claims.find((c: { start: number }) => c.start === TEXT.indexOf('Dr. A. Rao'));
  await api.call('correctClaim', { articleId, correction: { type: 'hide', claimId: second.id } });
  const extended = await api.call('correctClaim', {
    articleId,
    correction: { type: 'step', claimId: first.id, edge: 'end', direction: 'extend' },
  });
  assert.equal(extended.ok, true, JSON.stringify(extended.error));
  const grown = extended.value.article.claims.find((c: { start: number }) => c.start === 0);
  assert.equal(grown.end, TEXT.indexOf(' The port'), 'up to the end of the Rao sentence');

  const shrunk = await api.call('correctClaim', {
    articleId,
    correction: { type: 'step', claimId: grown.id, edge: 'end', direction: 'shrink' },
  });
  assert.equal(shrunk.value.article.claims.find((c: { start: number }) => c.start === 0).end, first.end);

  const single = shrunk.value.article.claims.find((c: { start: number }) => c.start === 0);
  const refused = await api.call('correctClaim', {
    articleId,
    correction: { type: 'step', claimId: single.id, edge: 'start', direction: 'shrink' },
  });
  assert.deepEqual(refused.error, {
    code: 'bad-request',
    message: 'The claim is a single sentence: it cannot shrink.',
  });
  const bad = await api.call('correctClaim', {
    articleId,
    correction: { type: 'step', claimId: single.id, edge: 'middle', direction: 'extend' },
  });
  assert.equal(bad.error.code, 'bad-request');
});
