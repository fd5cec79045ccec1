import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { main } from '../../main/cli/main';
import { AppSettings } from '../../main/store/app-settings';
import { openTestApi } from '../helpers/app-api';
import { tempDir } from '../helpers/tmp';

const profile = (name: string, organisation = '') => ({ name, organisation, organisationUrl: '', logoUrl: '' });

test('a workspace handed to a colleague is signed with the colleague’s name (two profiles, one file)', async (t) => {
  const dir = await tempDir(t);
  const workspacePath = join(dir, 'shared.json');
  const anaSettings = await AppSettings.load(join(dir, 'ana'));
  const ana = await openTestApi(t, { workspacePath, appSettings: anaSettings });
  assert.equal((await ana.call('getAppSettings')).value.profile, null, 'first start: no profile, the window asks');
  // The workspace still carries a name from before profiles: it must sign nobody's changes.
  await ana.call('updateSettings', { reviewerName: 'Old Name' });
  assert.equal((await ana.call('saveProfile', { profile: profile('Ana Ruiz', 'Desk Verify') })).ok, true);
  const articleId = (await ana.call('getWorkspace')).value.articles[0].id;
  const claims = (await ana.call('getArticle', { articleId })).value.claims.filter((c: any) => c.kind !== 'heading');
  await ana.call('setReview', { articleId, claimId: claims[0].id, status: 'verified' });
  await ana.close();

  const ben = await openTestApi(t, { workspacePath, appSettings: await AppSettings.load(join(dir, 'ben')) });
  await ben.call('saveProfile', { profile: profile('Ben Okafor') });
  const marked = await ben.call('setReview', { articleId, claimId: claims[0].id, status: 'disputed' });
  assert.equal(marked.value.reviewer, 'Ben Okafor');
  await ben.call('setReviews', { articleId, claimIds: [claims[1].id], status: 'unsourced' });
  await ben.call('setVerdict', { articleId, claimId: claims[1].id, rating: 'False' });
  await ben.call('correctClaim', {
    articleId,
    correction: { type: 'speaker', claimId: claims[2].id, name: 'Someone Else' },
  });
  const view = (await ben.call('getArticle', { articleId })).value;
  assert.deepEqual(
    view.reviews[claims[0].id].history.map((h: any) => h.by),
    ['Ana Ruiz', 'Ben Okafor'],
  );
  assert.ok(view.reviews[claims[1].id].history.every((h: any) => h.by === 'Ben Okafor'));
  assert.ok(view.corrections.every((c: any) => c.by === 'Ben Okafor'));
  assert.equal((await ben.call('getAppSettings')).value.profile.name, 'Ben Okafor');
  // The profile lives in the app's folder, not in the workspace.
  assert.equal((await ben.call('getWorkspace')).value.settings.reviewerName, 'Old Name');
  assert.equal((await AppSettings.load(join(dir, 'ana'))).profile?.name, 'Ana Ruiz');
});

test('bad profiles and scales get a message and change nothing', async (t) => {
  const dir = await tempDir(t);
  const api = await openTestApi(t, { appSettings: await AppSettings.load(dir) });
  const noName = await api.call('saveProfile', { profile: { name: '  ' } });
  assert.equal(noName.error.code, 'bad-request');
  assert.match(noName.error.message, /Give your name/);
  const badScale = await api.call('saveRatingScale', { ratingScale: { ratings: ['A'], best: 'A', worst: 'A' } });
  assert.equal(badScale.error.code, 'bad-request');
  const saved = await api.call('saveRatingScale', {
    ratingScale: { ratings: ['Correct', 'Partly', 'Wrong', 'Unknown'], best: 'Correct', worst: 'Wrong' },
  });
  assert.deepEqual(saved.value.ratingScale.ratings, ['Correct', 'Partly', 'Wrong', 'Unknown']);
  assert.equal((await AppSettings.load(dir)).ratingScale.worst, 'Wrong');
});

test('the CLI signs with --reviewer, else with the profile in the user data folder', async (t) => {
  const dir = await tempDir(t);
  const w = join(dir, 'w.json');
  const io = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => new Uint8Array() };
  assert.equal(await main(['import', 'seeds/putin-kim-letter.txt', '--workspace', w], io), 0);
  const settings = await AppSettings.load(join(dir, 'user-data'));
  await settings.setProfile(profile('Cai Lin'));
  const { WorkspaceStore } = await import('../../main/store/workspace-store');
  const read = async () => {
    const s = await WorkspaceStore.open(w, { readOnly: true });
    const a = s.data.articles[0]!;
    const out = { articleId: a.id, claimId: a.claims.find((c) => c.kind !== 'heading')!.id, reviews: s.data.reviews };
    await s.close();
    return out;
  };
  const { claimId, articleId } = await read();
  const saved = process.env.CLAIMDESK_USER_DATA;
  process.env.CLAIMDESK_USER_DATA = join(dir, 'user-data');
  t.after(() => {
    if (saved === undefined) delete process.env.CLAIMDESK_USER_DATA;
    else process.env.CLAIMDESK_USER_DATA = saved;
  });
  assert.equal(await main(['mark', '--workspace', w, '--claim', claimId, '--status', 'verified'], io), 0);
  assert.equal(
    await main(['mark', '--workspace', w, '--claim', claimId, '--note', 'x', '--reviewer', 'Dee Script'], io),
    0,
  );
  const history = (await read()).reviews[articleId]![claimId]!.history;
  assert.deepEqual(
    history.map((h) => h.by),
    ['Cai Lin', 'Dee Script'],
  );
});
