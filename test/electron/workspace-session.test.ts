import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_ORIGIN } from '../../main/electron/app-files';
import { WorkspaceSession } from '../../main/electron/workspace-session';
import { RecentWorkspaces } from '../../main/store/recent-workspaces';
import { tempDir } from '../helpers/tmp';

const dialogs = { chooseArticleFile: async () => null, chooseReportPath: async () => null };

test('the default workspace is seeded; a new one is empty; calls reach the current workspace', async (t) => {
  const dir = await tempDir(t);
  const recent = new RecentWorkspaces(join(dir, 'recent.json'));
  const defaultPath = join(dir, 'workspace.json');
  const session = new WorkspaceSession({
    defaultPath,
    seedsDir: 'seeds',
    recent,
    dialogs,
    trustedOrigins: [APP_ORIGIN],
    lock: 'app',
  });
  t.after(() => session.close());
  const call = async (channel: string) => (await session.dispatch(channel, {}, `${APP_ORIGIN}/index.html`)) as any;

  assert.equal((await call('getWorkspace')).ok, false, 'nothing is open yet: a typed error, not a crash');
  await session.open(defaultPath);
  assert.equal((await call('getWorkspace')).value.articles.length, 1, 'the sample article');

  const other = join(dir, 'desk', 'elections.json');
  await session.open(other);
  const ws = (await call('getWorkspace')).value;
  assert.equal(ws.path, other);
  assert.equal(ws.articles.length, 0, 'a new workspace starts empty');
  await assert.rejects(readFile(`${defaultPath}.lock`), /ENOENT/, 'the previous workspace was closed and unlocked');
  assert.deepEqual(await recent.list(), [other, defaultPath]);

  const moved = join(dir, 'moved.json');
  await session.saveAs(moved);
  assert.equal((await call('getWorkspace')).value.path, moved);
  assert.deepEqual((await recent.list())[0], moved);
});

test('the recent list keeps ten, most recent first, and forgets files that are gone', async (t) => {
  const dir = await tempDir(t);
  const recent = new RecentWorkspaces(join(dir, 'recent.json'));
  const { writeFile } = await import('node:fs/promises');
  for (let i = 0; i < 12; i++) {
    await writeFile(join(dir, `w${i}.json`), '{}');
    await recent.add(join(dir, `w${i}.json`));
  }
  await recent.add(join(dir, 'w5.json'));
  const list = await recent.list();
  assert.equal(list.length, 10);
  assert.equal(list[0], join(dir, 'w5.json'));
  await recent.add(join(dir, 'gone.json'));
  assert.ok(!(await recent.list()).includes(join(dir, 'gone.json')));
});
