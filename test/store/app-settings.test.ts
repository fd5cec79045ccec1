import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppSettings, APP_SETTINGS_FILE } from '../../main/store/app-settings';
import { defaultUserDataDir } from '../../main/store/user-data-dir';
import { DEFAULT_RATING_SCALE } from '../../main/core/review/rating-scale';
import { tempDir } from '../helpers/tmp';

const ANA = { name: 'Ana Ruiz', organisation: 'Desk Verify', organisationUrl: 'https://dv.example/', logoUrl: '' };

test('the profile and the rating scale are kept in the folder given, and read back', async (t) => {
  const dir = join(await tempDir(t), 'user-data');
  const first = await AppSettings.load(dir);
  assert.equal(first.profile, null, 'nothing set: the window asks');
  assert.deepEqual(first.ratingScale, DEFAULT_RATING_SCALE);
  await first.setProfile(ANA);
  await first.setRatingScale({ ratings: ['Correct', 'Wrong'], best: 'Correct', worst: 'Wrong' });
  const again = await AppSettings.load(dir);
  assert.deepEqual(again.profile, ANA);
  assert.deepEqual(again.ratingScale.ratings, ['Correct', 'Wrong']);
  assert.deepEqual(await readdir(dir), [APP_SETTINGS_FILE], 'no temp file left behind');
});

test('a damaged settings file is kept aside and the profile is asked again', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, APP_SETTINGS_FILE), '{"profile": {"name": "Ana"');
  const s = await AppSettings.load(dir);
  assert.equal(s.profile, null);
  assert.match(s.notice ?? '', /damaged/);
  const aside = (await readdir(dir)).find((n) => n.includes('damaged'));
  assert.ok(aside);
  assert.match(await readFile(join(dir, aside), 'utf8'), /"Ana"/, 'the damaged file is not lost');
});

test('the CLI finds the app user data folder without Electron', () => {
  assert.equal(defaultUserDataDir({ CLAIMDESK_USER_DATA: '/x/y' }, 'linux', '/home/a'), '/x/y');
  assert.equal(defaultUserDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/a'), join('/cfg', 'ClaimDesk'));
  assert.equal(defaultUserDataDir({}, 'darwin', '/Users/a'), join('/Users/a/Library/Application Support', 'ClaimDesk'));
});
