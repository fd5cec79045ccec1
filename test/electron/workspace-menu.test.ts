// Files the app is asked to open go through the window's own door: a workspace opens, an article reaches the
// import preview (nothing is saved until the person commits it there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { recorded, resetMocks } from '../mocks/electron';
import { APP_ORIGIN } from '../../main/electron/app-files';
import { filesOnCommandLine, openFiles } from '../../main/electron/workspace-menu';
import { WorkspaceSession } from '../../main/electron/workspace-session';
import { RecentWorkspaces } from '../../main/store/recent-workspaces';
import { tempDir } from '../helpers/tmp';

const dialogs = { chooseArticleFile: async () => null, chooseReportPath: async () => null };

test('an article file opens in the import preview; it is saved only by the commit the window sends', async (t) => {
  resetMocks();
  const dir = await tempDir(t);
  const session = new WorkspaceSession({
    defaultPath: join(dir, 'workspace.json'),
    recent: new RecentWorkspaces(join(dir, 'recent.json')),
    dialogs,
    trustedOrigins: [APP_ORIGIN],
  });
  t.after(() => session.close());
  await session.open(join(dir, 'workspace.json'));
  const sent: unknown[][] = [];
  const window = { webContents: { send: (...args: unknown[]) => sent.push(args), reload() {} } };
  const article = join(dir, 'harbour.md');
  await writeFile(article, '# Harbour Reopens\n\nThe port authority said on Monday that ships may enter again.\n');
  await writeFile(join(dir, 'broken.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));

  await openFiles(session, () => window as unknown as BrowserWindow, [article, join(dir, 'broken.txt')]);
  assert.equal(sent.length, 1);
  const [event, command, preview] = sent[0] as [string, string, { previewId: string; meta: { title: string } }];
  assert.deepEqual([event, command, preview.meta.title], ['menu:command', 'import-preview', 'Harbour Reopens']);
  const call = async (channel: string, request: unknown = {}) =>
    (await session.dispatch(channel, request, `${APP_ORIGIN}/index.html`)) as any;
  assert.equal((await call('getWorkspace')).value.articles.length, 0, 'nothing saved before the commit');
  const committed = await call('commitImport', { previewId: preview.previewId, meta: {} });
  assert.equal(committed.value.summary.meta.title, 'Harbour Reopens');
  assert.equal((await call('getWorkspace')).value.articles.length, 1);
  assert.equal(recorded.errorBoxes.length, 1, 'the binary file is refused with a message');
  assert.match(recorded.errorBoxes[0]![0], /could not open broken\.txt/);
});

test('the files on a command line, without options, the app path or the app folder', () => {
  assert.deepEqual(
    filesOnCommandLine(['/opt/ClaimDesk/claimdesk', '--no-sandbox', 'notes/a.md', '.', 'desk.json'], '/home/ana'),
    ['/home/ana/notes/a.md', '/home/ana/desk.json'],
  );
  assert.deepEqual(filesOnCommandLine(['/usr/bin/electron', 'dist/main.cjs'], '/src'), []);
});
