// A full disk during a snapshot rewrite or a journal append: a write is complete or it did not happen, the
// journal is never dropped before the snapshot that holds it is durable, and the person is told in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { JOURNAL_SUFFIX, WorkspaceStore, WorkspaceWriteError } from '../../main/store/workspace-store';
import { fillUntil, shortWritesFor, smallTmpfs } from '../helpers/full-disk';
import { tempDir } from '../helpers/tmp';

const bigNote = 'A long reviewer note about the sources. '.repeat(8000); // about 320 KB

async function workspaceWithData(file: string): Promise<void> {
  const store = await WorkspaceStore.open(file);
  await store.set(['reviews', 'a-notes', 'c-1'], { status: 'verified', note: bigNote });
  await store.close();
}

test('short writes of the snapshot: the good file is left as it was, the journal keeps the change', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  await workspaceWithData(file);
  const before = await readFile(file, 'utf8');
  const store = await WorkspaceStore.open(file);
  await store.set(['settings', 'reviewerName'], 'Kept');
  shortWritesFor(t, (target) => target === file);
  await assert.rejects(store.compact(), /the disk took only/);
  assert.equal(store.snapshotError, `The disk is full: ClaimDesk could not save to ${file}.`);
  assert.equal(await readFile(file, 'utf8'), before, 'never renamed over the good snapshot');
  assert.deepEqual(
    (await readdir(join(file, '..'))).filter((n) => n.endsWith('.tmp')),
    [],
    'the half-written temp file is removed',
  );
  await store.close();
  assert.match(await readFile(file + JOURNAL_SUFFIX, 'utf8'), /"Kept"/, 'the journal was not dropped');
  const again = await WorkspaceStore.open(file, { readOnly: true });
  assert.equal(again.data.settings.reviewerName, 'Kept');
  assert.ok(again.data.reviews['a-notes']?.['c-1']?.note === bigNote);
  await again.close();
});

test('a short write of a journal append fails the change and leaves the journal on a record boundary', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  await workspaceWithData(file);
  const store = await WorkspaceStore.open(file, { retryMs: 60_000 });
  await store.set(['settings', 'organisation'], 'Saved');
  const journalBefore = await readFile(file + JOURNAL_SUFFIX, 'utf8');
  shortWritesFor(t, (target) => target === file + JOURNAL_SUFFIX);
  await assert.rejects(store.set(['settings', 'reviewerName'], 'Not saved'), (e: Error) => {
    assert.ok(e instanceof WorkspaceWriteError);
    assert.equal(e.reason, `The disk is full: ClaimDesk could not save to ${file}.`);
    return true;
  });
  assert.equal(await readFile(file + JOURNAL_SUFFIX, 'utf8'), journalBefore, 'the partial append was taken back');
  await store.close();
  const again = await WorkspaceStore.open(file, { readOnly: true });
  assert.deepEqual(again.notices, []);
  assert.equal(again.data.settings.organisation, 'Saved');
  await again.close();
});

test('a really full disk (small tmpfs): nothing acknowledged is lost and the file is never truncated', async (t) => {
  const disk = await smallTmpfs(t, 2 * 1024 * 1024);
  if ('skip' in disk) return t.skip(disk.skip);
  const file = join(disk.dir, 'workspace.json');
  await workspaceWithData(file);
  const filler = await fillUntil(disk.dir, 96 * 1024); // room for the journal, not for a 320 KB rewrite

  const acked: string[] = [];
  let refusedAt = -1;
  let snapshotFailures = 0;
  for (let i = 0; i < 400; i++) {
    const store = await WorkspaceStore.open(file, { retryMs: 60_000 }).catch((e: Error) => e);
    if (store instanceof Error) {
      assert.match(store.message, /disk is full/i);
      refusedAt = i;
      break;
    }
    try {
      await store.set(['reviews', 'a-notes', `m-${i}`], { status: 'disputed', note: `check ${i} `.repeat(300) });
      acked.push(`m-${i}`);
    } catch (e) {
      assert.ok(e instanceof WorkspaceWriteError, String(e));
      assert.match(e.reason, /^The disk is full/);
      refusedAt = i;
    }
    await store.close();
    if (store.snapshotError) {
      assert.match(store.snapshotError, /^The disk is full/);
      snapshotFailures += 1;
    }
    JSON.parse(await readFile(file, 'utf8')); // the snapshot always parses: never truncated
    if (refusedAt >= 0) break;
  }
  assert.ok(refusedAt > 0, 'the disk filled up and a change was refused');
  assert.ok(snapshotFailures > 0, 'some snapshot rewrites failed while their changes were in the journal');
  await rm(filler);
  const again = await WorkspaceStore.open(file);
  for (const id of acked) assert.ok(again.data.reviews['a-notes']?.[id], `${id} was acknowledged and is there`);
  assert.ok(again.data.reviews['a-notes']?.['c-1']?.note === bigNote, 'the older data is intact');
  await again.close();
  assert.ok(JSON.parse(await readFile(file, 'utf8')).reviews['a-notes'][acked.at(-1)!], 'rewritten with space free');
});
