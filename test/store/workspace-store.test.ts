import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JournalWriter, parseJournal, readJournal } from '../../main/store/journal';
import { SCHEMA_VERSION, type WorkspaceData } from '../../main/store/schema';
import { SnapshotFile } from '../../main/store/snapshot-file';
import {
  JOURNAL_SUFFIX,
  ReadOnlyWorkspaceError,
  WorkspaceStore,
  WorkspaceWriteError,
} from '../../main/store/workspace-store';
import { tempDir } from '../helpers/tmp';

const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

test('a missing file is created with the current schema version', async (t) => {
  const file = join(await tempDir(t), 'sub', 'workspace.json');
  const store = await WorkspaceStore.open(file, { now: fixedNow });
  t.after(() => store.close());
  assert.equal(store.isNew, true);
  const onDisk = await readJson(file);
  assert.equal(onDisk.schemaVersion, SCHEMA_VERSION);
  assert.deepEqual(onDisk.articles, []);
});

test(
  'a change is in the journal when commit resolves, and a reopened store sees it even without ' + 'a clean close',
  async (t) => {
    const file = join(await tempDir(t), 'workspace.json');
    const store = await WorkspaceStore.open(file);
    await store.set(['settings', 'reviewerName'], 'Ana');
    const journal = await readFile(file + JOURNAL_SUFFIX, 'utf8');
    assert.match(journal, /"reviewerName"/);
    // No close(): as after a crash, the snapshot is older than the journal.
    assert.equal((await readJson(file)).settings.reviewerName, '');
    const again = await WorkspaceStore.open(file);
    assert.equal(again.isNew, false);
    assert.equal(again.data.settings.reviewerName, 'Ana');
    await again.close();
    await store.close();
  },
);

test(
  'a clean close leaves the snapshot complete on its own; the journal keeps only what it already ' + 'holds',
  async (t) => {
    const file = join(await tempDir(t), 'workspace.json');
    const store = await WorkspaceStore.open(file);
    await store.set(['reviews', 'a1'], { c1: { status: 'verified' } });
    await store.close();
    const snapshot = await readJson(file);
    assert.equal(snapshot.reviews.a1.c1.status, 'verified');
    const journal = await readJournal(file + JOURNAL_SUFFIX);
    assert.ok(
      journal.batches.every((b) => b.seq <= snapshot.journalSeq),
      'nothing in the journal is missing from the snapshot',
    );
    await rm(file + JOURNAL_SUFFIX, { force: true }); // handed over without its journal
    const again = await WorkspaceStore.open(file, { readOnly: true });
    assert.equal(again.data.reviews.a1?.c1?.status, 'verified');
    await again.close();
  },
);

test('concurrent changes coalesce into few journal writes and every one of them is kept', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const store = await WorkspaceStore.open(file);
  const original = JournalWriter.prototype.append;
  let appends = 0;
  JournalWriter.prototype.append = function (this: JournalWriter, batches) {
    appends += 1;
    return original.call(this, batches);
  };
  t.after(() => (JournalWriter.prototype.append = original));
  await Promise.all(Array.from({ length: 40 }, (_, i) => store.set(['reviews', `a${i}`], {})));
  assert.ok(appends <= 3, `${appends} journal writes for 40 changes`);
  await store.close();
  assert.equal(Object.keys((await readJson(file)).reviews).length, 40);
  assert.deepEqual(
    (await readdir(join(file, '..'))).filter((n) => n.endsWith('.tmp')),
    [],
  );
});

test('a journal that grows past the limit again during a slow rewrite is compacted once more', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const store = await WorkspaceStore.open(file, { compactAfter: { batches: 5, bytes: 1e9 } });
  // The first rewrite is held until all twelve changes are in the journal, as on a slow or busy disk.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const original = SnapshotFile.prototype.write;
  let writes = 0;
  SnapshotFile.prototype.write = async function (this: SnapshotFile<WorkspaceData>, data: WorkspaceData) {
    if (writes++ === 0) await gate;
    return original.call(this, data);
  };
  t.after(() => (SnapshotFile.prototype.write = original));
  for (let i = 0; i < 12; i++) await store.set(['reviews', 'a', `c${i}`], { i });
  release();
  await store.flush();
  assert.ok((await readJson(file)).journalSeq >= 10, 'the second rewrite absorbed the later changes');
  await store.close();
});

test('the snapshot is rewritten in the background once the journal grows', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const store = await WorkspaceStore.open(file, { compactAfter: { batches: 5, bytes: 1e9 } });
  for (let i = 0; i < 12; i++) await store.set(['reviews', 'a', `c${i}`], { i });
  await store.flush();
  const snapshot = await readJson(file);
  assert.ok(snapshot.journalSeq >= 10, `snapshot includes batch ${snapshot.journalSeq}`);
  const beyond = (await readJournal(file + JOURNAL_SUFFIX)).batches.filter((b) => b.seq > snapshot.journalSeq);
  assert.ok(beyond.length < 5, `${beyond.length} batches beyond the snapshot in the journal`);
  const again = await WorkspaceStore.open(file);
  assert.equal(Object.keys(again.data.reviews.a ?? {}).length, 12);
  await again.close();
  await store.close();
});

test('a torn last journal line (a crash mid-write) is ignored; everything before it is restored', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const store = await WorkspaceStore.open(file);
  await store.set(['settings', 'organisation'], 'Desk');
  await writeFile(
    file + JOURNAL_SUFFIX,
    (await readFile(file + JOURNAL_SUFFIX, 'utf8')) + '{"seq":99,"ops":[{"op":"se',
  );
  const again = await WorkspaceStore.open(file);
  assert.equal(again.data.settings.organisation, 'Desk');
  assert.deepEqual(again.notices, []);
  await again.close();
  await store.close();
});

for (const [label, bad, reason] of [
  ['garbage', 'garbage', 'it is not a journal record'],
  ['an invalid op', '{"seq":2,"ops":[{"op":"explode","path":["settings"]}]}', 'it holds an invalid change ("explode")'],
  ['a checksum mismatch', 'c00000000 {"seq":2,"ops":[]}', 'its checksum does not match (the line is damaged)'],
] as const) {
  test(`a journal line holding ${label} is set aside in the file the message names; the rest is applied`, async (t) => {
    const dir = await tempDir(t);
    const file = join(dir, 'workspace.json');
    const store = await WorkspaceStore.open(file, { now: fixedNow });
    await store.set(['settings', 'organisation'], 'First');
    await store.set(['settings', 'reviewerName'], 'Second');
    const lines = (await readFile(file + JOURNAL_SUFFIX, 'utf8')).split('\n');
    await writeFile(file + JOURNAL_SUFFIX, [lines[0], bad, lines[1], ''].join('\n'));
    const again = await WorkspaceStore.open(file, { now: fixedNow });
    assert.equal(again.data.settings.organisation, 'First');
    assert.equal(again.data.settings.reviewerName, 'Second', 'the line after the bad one is applied too');
    const damaged = join(dir, 'workspace.json.journal.damaged-2026-01-02T03-04-05-000Z');
    assert.equal(
      again.notices[0],
      `Line 2 of the workspace journal could not be used because ${reason}; it was set aside in ${damaged}, and the ` +
        `other changes were applied.`,
    );
    assert.equal(await readFile(damaged, 'utf8'), `${bad}\n`, 'the named file exists and holds the bad line');
    await again.close();
    const third = await WorkspaceStore.open(file);
    assert.deepEqual(third.notices, [], 'set aside once, not reported again');
    await third.close();
    await store.close();
  });
}

test('a torn last line, then a new batch appended: nothing acknowledged is lost', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const first = await WorkspaceStore.open(file);
  await first.set(['settings', 'organisation'], 'Before the crash');
  await (first as unknown as { journal: JournalWriter }).journal.close();
  // A crash mid-append: the line has no end. The next writer (here without a clean open) appends after it.
  await appendFile(file + JOURNAL_SUFFIX, 'c12345678 {"seq":2,"ops":[{"op":"set","path":["settings","rev');
  const writer = new JournalWriter(file + JOURNAL_SUFFIX);
  await writer.append([{ seq: 2, ops: [{ op: 'set', path: ['settings', 'reviewerName'], value: 'After' }] }]);
  await writer.close();
  const again = await WorkspaceStore.open(file);
  assert.equal(again.data.settings.organisation, 'Before the crash');
  assert.equal(again.data.settings.reviewerName, 'After', 'the batch appended after the torn line is kept');
  await again.set(['settings', 'organisation'], 'Third');
  await again.close();
  const third = await WorkspaceStore.open(file, { readOnly: true });
  assert.equal(third.data.settings.reviewerName, 'After');
  assert.equal(third.data.settings.organisation, 'Third');
  await third.close();
  await first.close();
});

test('a torn last line is cut off at open, so the next append starts on a clean line', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const first = await WorkspaceStore.open(file, { compactAfter: { batches: 1000, bytes: 1e9 } });
  await first.set(['settings', 'organisation'], 'One');
  await (first as unknown as { journal: JournalWriter }).journal.close();
  await appendFile(file + JOURNAL_SUFFIX, '{"seq":2,"ops":[{"op":"se');
  const again = await WorkspaceStore.open(file, { compactAfter: { batches: 1000, bytes: 1e9 } });
  assert.deepEqual(again.notices, []);
  await again.set(['settings', 'reviewerName'], 'Two');
  const raw = await readFile(file + JOURNAL_SUFFIX, 'utf8');
  const parsed = parseJournal(Buffer.from(raw));
  assert.deepEqual(parsed.damaged, []);
  assert.deepEqual(
    parsed.batches.map((b) => b.seq),
    [1, 2],
  );
  assert.equal(parsed.goodEnd, raw.length, 'the journal ends on a record boundary');
  await again.close();
  await first.close();
});

for (const [label, content, why] of [
  ['not JSON', '{"schemaVersion": 2, "articles": [', 'the file is not valid JSON'],
  ['empty', '', 'the file is empty'],
  [
    'truncated',
    '{"schemaVersion":2,"journalSeq":0,"createdAt":"","settings":{},"articles":[{"id":"a","te',
    'the file is not valid JSON',
  ],
  ['JSON of another shape', '[1, 2, 3]', 'it is not a JSON object'],
  ['missing its tables', '{"schemaVersion": 2}', 'it has no list of articles'],
] as const) {
  test(
    `a workspace file that is ${label} is moved aside, the newest good backup restored, and the ` + `person told`,
    async (t) => {
      const dir = await tempDir(t);
      const file = join(dir, 'workspace.json');
      const first = await WorkspaceStore.open(file, { now: fixedNow });
      await first.set(['settings', 'reviewerName'], 'Ana');
      await first.close();
      // Opening again backs up the good file.
      const second = await WorkspaceStore.open(file, { now: () => new Date('2026-01-03T00:00:00Z') });
      await second.close();
      await writeFile(file, content);

      const store = await WorkspaceStore.open(file, { now: () => new Date('2026-01-04T00:00:00Z') });
      t.after(() => store.close());
      assert.equal(store.notices.length, 1);
      const notice = store.notices[0]!;
      assert.match(notice, new RegExp(`^The workspace file could not be read because ${why}`));
      const aside = (await readdir(dir)).find((n) => n.startsWith('workspace.json.corrupt-'));
      assert.ok(aside, 'the bad file is kept beside the workspace');
      assert.ok(notice.includes(join(dir, aside)), 'the notice names where the bad file is');
      assert.match(notice, /the newest good backup \(.*workspace\.json\.backups.*\) was restored/);
      assert.equal(await readFile(join(dir, aside), 'utf8'), content, 'the bad file is kept byte for byte');
      assert.equal(store.data.settings.reviewerName, 'Ana', 'the review state comes back from the backup');
    },
  );
}

test('with no backup to restore, a bad file still gets a clear message and an empty workspace', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  await writeFile(file, 'not json at all');
  const store = await WorkspaceStore.open(file);
  t.after(() => store.close());
  assert.match(store.notices[0]!, /No good backup was found, so a new, empty workspace was started in its place\.$/);
  assert.equal(store.isNew, true);
});

test('backups rotate: only the newest five are kept', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'workspace.json');
  for (let day = 1; day <= 8; day++) {
    const store = await WorkspaceStore.open(file, { now: () => new Date(`2026-02-0${day}T00:00:00Z`) });
    await store.set(['settings', 'organisation'], `day ${day}`);
    await store.close();
  }
  const backups = (await readdir(join(dir, 'workspace.json.backups'))).sort();
  assert.equal(backups.length, 5);
  assert.equal(backups.at(-1), '2026-02-08T00-00-00-000Z.json');
});

test('a workspace from a newer version opens read-only and refuses changes', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const future = { schemaVersion: SCHEMA_VERSION + 1, createdAt: '', settings: {}, articles: [], reviews: {} };
  await writeFile(file, JSON.stringify(future));
  const store = await WorkspaceStore.open(file);
  t.after(() => store.close());
  assert.equal(store.readOnly, true);
  assert.match(
    store.notices[0]!,
    /written by a newer version of ClaimDesk \(schema 3; this version understands 2\)\. It is open read-only so nothing in it is lost/,
  );
  await assert.rejects(store.set(['settings', 'x'], 1), ReadOnlyWorkspaceError);
  assert.deepEqual(await readJson(file), future, 'the newer file is left untouched');
});

test('a schema 1 workspace is migrated forward and a copy of the original is kept', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'workspace.json');
  const v1 = {
    schemaVersion: 1,
    createdAt: 'x',
    settings: { reviewerName: 'Ana', organisation: '' },
    articles: [],
    reviews: { a: {} },
  };
  await writeFile(file, JSON.stringify(v1));
  const store = await WorkspaceStore.open(file, { now: fixedNow });
  t.after(() => store.close());
  assert.equal(store.data.schemaVersion, SCHEMA_VERSION);
  assert.equal(store.data.settings.reviewerName, 'Ana');
  const copy = join(dir, 'workspace.json.v1-2026-01-02T03-04-05-000Z.json');
  assert.deepEqual(store.notices, [
    `This workspace was updated from schema 1 to ${SCHEMA_VERSION}. A copy of the original file was kept as ${copy}.`,
  ]);
  assert.deepEqual(await readJson(copy), v1);
  assert.equal((await readJson(file)).schemaVersion, SCHEMA_VERSION);
});

test('when the disk refuses a write the change is kept in memory, reported, retried and then saved', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const store = await WorkspaceStore.open(file, { retryMs: 20 });
  await store.set(['settings', 'organisation'], 'before');
  await store.compact();
  // Make the journal unwritable: a folder where the file should be.
  await rm(file + JOURNAL_SUFFIX, { force: true });
  await (store as unknown as { journal: JournalWriter }).journal.close();
  await mkdir(file + JOURNAL_SUFFIX);
  await assert.rejects(store.set(['settings', 'reviewerName'], 'kept'), (e: Error) => {
    assert.ok(e instanceof WorkspaceWriteError);
    assert.match(
      e.message,
      /could not save to .*workspace\.json.* The change is kept in ClaimDesk and will be saved when the disk allows it/,
    );
    return true;
  });
  assert.equal(store.data.settings.reviewerName, 'kept', 'nothing is lost in memory');
  assert.equal(store.saveState.unsaved, 1);
  assert.ok(store.saveState.error);
  await rm(file + JOURNAL_SUFFIX, { recursive: true });
  for (let i = 0; i < 50 && store.saveState.unsaved > 0; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(store.saveState.unsaved, 0, 'the retry wrote it');
  assert.equal(store.saveState.error, null);
  const again = await WorkspaceStore.open(file);
  assert.equal(again.data.settings.reviewerName, 'kept');
  await again.close();
  await store.close();
});

test('save as writes everything to a new file and carries on there', async (t) => {
  const dir = await tempDir(t);
  const store = await WorkspaceStore.open(join(dir, 'a.json'));
  await store.set(['settings', 'organisation'], 'Desk');
  await store.saveAs(join(dir, 'elsewhere', 'b.json'));
  await store.set(['settings', 'reviewerName'], 'After');
  await store.close();
  const moved = await readJson(join(dir, 'elsewhere', 'b.json'));
  assert.equal(moved.settings.organisation, 'Desk');
  assert.equal(moved.settings.reviewerName, 'After');
});

test('a change that would reach Object.prototype is refused', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const store = await WorkspaceStore.open(file);
  t.after(() => store.close());
  assert.throws(() => store.commit({ op: 'set', path: ['__proto__', 'polluted'], value: true }), /invalid path/);
  assert.throws(
    () => store.commit({ op: 'set', path: ['reviews', 'constructor', 'prototype'], value: 1 }),
    /invalid path/,
  );
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('prototype-pollution keys in a workspace file stay plain data', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  await writeFile(
    file,
    '{"schemaVersion":2,"journalSeq":0,"createdAt":"","settings":{"reviewerName":"x","organisation":""},' +
      '"articles":[],"reviews":{"__proto__":{"polluted":true}}}',
  );
  const store = await WorkspaceStore.open(file);
  t.after(() => store.close());
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(store.data.settings.reviewerName, 'x');
});
