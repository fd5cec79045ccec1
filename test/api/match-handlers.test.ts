import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AppSettings } from '../../main/store/app-settings';
import { addArticleText, openTestApi } from '../helpers/app-api';
import { tempDir } from '../helpers/tmp';

const FIRST = [
  'Port Minister Mara Quint said that the harbour toll doubled in two years.',
  '',
  'Rail freight to the coast tripled after the new bridge opened, the transport board said.',
].join('\n');

const SECOND = [
  'Mara Quint said on Monday that the toll at the harbour has doubled over the last two years for shippers.',
  '',
  'The weather on the island stayed mild all week.',
].join('\n');

const THIRD = 'Officials claimed that rail freight to the coast tripled after the new bridge opened.';

test('claims checked before: in a recent workspace and in this one, with status, verdict, note, article', async (t) => {
  const dir = await tempDir(t);
  const settings = await AppSettings.load(join(dir, 'user'));
  await settings.setProfile({ name: 'Ana Ruiz', organisation: '', organisationUrl: '', logoUrl: '' });
  const oldPath = join(dir, 'last-year.json');
  const old = await openTestApi(t, { seeds: false, workspacePath: oldPath, appSettings: settings });
  const oldId = (await addArticleText(old.handlers, FIRST, 'Harbour toll')).id;
  const oldClaims = (await old.call('getArticle', { articleId: oldId })).value.claims;
  const toll = oldClaims.find((c: any) => c.text.includes('toll'));
  const rail = oldClaims.find((c: any) => c.text.includes('Rail'));
  await old.call('setReview', { articleId: oldId, claimId: toll.id, status: 'disputed', note: 'Customs: +50%.' });
  await old.call('setVerdict', { articleId: oldId, claimId: toll.id, rating: 'Misleading', explanation: 'Half.' });
  await old.call('setReview', { articleId: oldId, claimId: rail.id, status: 'verified' });
  await old.close();

  const api = await openTestApi(t, {
    seeds: false,
    workspacePath: join(dir, 'now.json'),
    appSettings: settings,
    recentWorkspaces: async () => [join(dir, 'now.json'), oldPath, join(dir, 'gone.json')],
  });
  const articleId = (await addArticleText(api.handlers, SECOND, 'Toll again')).id;
  const claims = (await api.call('getArticle', { articleId })).value.claims;
  const found = (await api.call('findMatches', { articleId })).value;
  assert.deepEqual(
    found.searched.map((s: any) => [s.name, s.reviewed]),
    [
      ['now.json', 0],
      ['last-year.json', 2],
    ],
  );
  const again = claims.find((c: any) => c.text.includes('toll'));
  const [m] = found.matches[again.id];
  assert.equal(m.kind, 'same-speaker');
  assert.equal(m.workspace.name, 'last-year.json');
  assert.equal(m.workspace.current, false);
  assert.equal(m.articleTitle, 'Harbour toll');
  assert.equal(m.status, 'disputed');
  assert.deepEqual(m.verdict, { rating: 'Misleading', explanation: 'Half.' });
  assert.equal(m.note, 'Customs: +50%.');
  assert.equal(m.reviewer, 'Ana Ruiz');
  assert.equal(Object.keys(found.matches).length, 1, 'the weather was never checked');

  // A near-identical quote in this workspace, once its first article is reviewed here too.
  const here = (await addArticleText(api.handlers, FIRST, 'Harbour toll (copy)')).id;
  const hereRail = (await api.call('getArticle', { articleId: here })).value.claims.find((c: any) =>
    c.text.includes('Rail'),
  );
  await api.call('setReview', { articleId: here, claimId: hereRail.id, status: 'unsourced' });
  const third = (await addArticleText(api.handlers, THIRD, 'Rail')).id;
  const thirdClaim = (await api.call('getArticle', { articleId: third })).value.claims[0];
  const railMatches = (await api.call('findMatches', { articleId: third })).value.matches[thirdClaim.id];
  assert.deepEqual(
    railMatches.map((r: any) => [r.kind, r.workspace.current, r.status]),
    [
      ['near-identical', true, 'unsourced'],
      ['near-identical', false, 'verified'],
    ],
  );
  // An article's own reviews are never "checked before".
  const own = (await api.call('findMatches', { articleId: here })).value.matches[hereRail.id] ?? [];
  assert.deepEqual(
    own.filter((r: any) => r.workspace.current).map((r: any) => r.articleId),
    [],
  );
  assert.equal(own[0]?.workspace.name, 'last-year.json', 'the same article reviewed in another workspace counts');
});

test('the open workspace index follows marks, edits and deletions without a rebuild', async (t) => {
  const { ReviewedClaimIndex } = await import('../../main/api/reviewed-claims');
  const api = await openTestApi(t, { seeds: false });
  const index = new ReviewedClaimIndex();
  const a = (await addArticleText(api.handlers, FIRST, 'Harbour toll')).id;
  const matcher = await index.currentMatcher(api.store);
  assert.equal(matcher.size, 0);
  const claims = (await api.call('getArticle', { articleId: a })).value.claims;
  await api.call('setReview', { articleId: a, claimId: claims[0].id, status: 'verified' });
  assert.equal(await index.currentMatcher(api.store), matcher, 'the same index, brought up to date');
  assert.equal(matcher.size, 1);
  await api.call('setReview', { articleId: a, claimId: claims[0].id, status: 'pending' });
  assert.equal((await index.currentMatcher(api.store)).size, 0, 'set back to pending: no longer a checked claim');
  await api.call('setReview', { articleId: a, claimId: claims[1].id, status: 'disputed' });
  assert.equal((await index.currentMatcher(api.store)).size, 1);
  await api.call('deleteArticle', { articleId: a });
  assert.equal((await index.currentMatcher(api.store)).size, 0);
});
