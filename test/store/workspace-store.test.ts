import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../main/store/schema';
import { ReadOnlyWorkspaceError, WorkspaceStore } from '../../main/store/workspace-store';
import { tempDir } from '../helpers/tmp';

const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');

test('a missing file is created with the current schema version', async (t) => {
  const file = join(await tempDir(t), 'sub', 'workspace.json');
  const store = await WorkspaceStore.open(file, { now: fixedNow });
  assert.equal(store.isNew, true);
  const onDisk = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(onDisk.schemaVersion, SCHEMA_VERSION);
  assert.deepEqual(onDisk.articles, []);
});

test('a change is on disk when update resolves, and a reopened store sees it', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const store = await WorkspaceStore.open(file);
  await store.update((d) => {
    d.settings.reviewerName = 'Ana';
  });
  assert.equal(JSON.parse(await readFile(file, 'utf8')).settings.reviewerName, 'Ana');
  const again = await WorkspaceStore.open(file);
  assert.equal(again.isNew, false);
  assert.equal(again.data.settings.reviewerName, 'Ana');
});

test('concurrent changes coalesce and every one of them is kept', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const store = await WorkspaceStore.open(file);
  await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      store.update((d) => {
        d.reviews[`a${i}`] = {};
      }),
    ),
  );
  const onDisk = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(Object.keys(onDisk.reviews).length, 40);
  const leftovers = (await readdir(join(file, '..'))).filter((n) => n.endsWith('.tmp'));
  assert.deepEqual(leftovers, []);
});

for (const [label, content, why] of [
  ['not JSON', '{"schemaVersion": 1, "articles": [', 'the file is not valid JSON'],
  ['empty', '', 'the file is empty'],
  ['JSON of another shape', '[1, 2, 3]', 'it is not a JSON object'],
  ['missing its tables', '{"schemaVersion": 1}', 'it has no list of articles'],
] as const) {
  test(`a workspace file that is ${label} is moved aside and the person is told where`, async (t) => {
    const dir = await tempDir(t);
    const file = join(dir, 'workspace.json');
    await writeFile(file, content);
    const store = await WorkspaceStore.open(file, { now: fixedNow });
    assert.equal(store.notices.length, 1);
    assert.match(store.notices[0]!, new RegExp(`could not be read because ${why}`));
    const aside = (await readdir(dir)).find((n) => n.startsWith('workspace.json.corrupt-'));
    assert.ok(aside, 'the bad file is kept beside the workspace');
    assert.ok(store.notices[0]!.includes(join(dir, aside)), 'the notice names where the bad file is');
    assert.equal(await readFile(join(dir, aside), 'utf8'), content, 'the bad file is kept byte for byte');
    assert.equal(store.data.articles.length, 0);
  });
}

test('a workspace from a newer version opens read-only and refuses changes', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const future = { schemaVersion: SCHEMA_VERSION + 1, createdAt: '', settings: {}, articles: [], reviews: {} };
  await writeFile(file, JSON.stringify(future));
  const store = await WorkspaceStore.open(file);
  assert.equal(store.readOnly, true);
  assert.match(store.notices[0]!, /written by a newer version of ClaimDesk .* read-only/);
  await assert.rejects(store.update(() => undefined), ReadOnlyWorkspaceError);
  assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), future, 'the newer file is left untouched');
});

test('prototype-pollution keys in a workspace file stay plain data', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  await writeFile(
    file,
    '{"schemaVersion":1,"createdAt":"","settings":{"reviewerName":"x","organisation":""},"articles":[],"reviews":{"__proto__":{"polluted":true}}}',
  );
  const store = await WorkspaceStore.open(file);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(store.data.settings.reviewerName, 'x');
});
