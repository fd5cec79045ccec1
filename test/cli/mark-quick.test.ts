// `mark` journals one review change without parsing the snapshot when the claim index matches it, and opens the
// workspace in full whenever the index cannot be trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexPathFor } from '../../main/store/claim-index';
import { readJournal } from '../../main/store/journal';
import { JOURNAL_SUFFIX, WorkspaceStore } from '../../main/store/workspace-store';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const run = runCli;

async function setUp(t: import('node:test').TestContext) {
  const w = join(await tempDir(t), 'w.json');
  assert.equal((await run(['import', 'seeds/putin-kim-letter.txt', '--workspace', w])).code, 0);
  const store = await WorkspaceStore.open(w, { readOnly: true });
  await store.close();
  const article = store.data.articles[0]!;
  return { w, article, claims: article.claims.filter((c) => c.kind !== 'heading') };
}

test('with a matching index, mark appends one review change and leaves the snapshot untouched', async (t) => {
  const { w, article, claims } = await setUp(t);
  const snapshot = await readFile(w, 'utf8');
  const r = await run([
    'mark',
    '--workspace',
    w,
    '--claim',
    claims[0]!.id,
    '--status',
    'verified',
    '--reviewer',
    'Ana',
  ]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, `${claims[0]!.id}\tverified\n`);
  assert.equal(await readFile(w, 'utf8'), snapshot, 'the 45 MB case never reads or rewrites the snapshot');
  const last = (await readJournal(w + JOURNAL_SUFFIX)).batches.at(-1)!;
  assert.equal(last.ops[0]!.op, 'review');
  // A note only: the status printed is the one recorded (followed from the journal, not the snapshot).
  const note = await run(['mark', '--workspace', w, '--claim', claims[0]!.id, '--note', 'Seen in two agencies']);
  assert.equal(note.out, `${claims[0]!.id}\tverified\n`);
  const store = await WorkspaceStore.open(w);
  const review = store.data.reviews[article.id]?.[claims[0]!.id];
  await store.close();
  assert.equal(review?.status, 'verified');
  assert.equal(review?.note, 'Seen in two agencies');
  assert.equal(review?.reviewer, 'claimdesk CLI');
  assert.deepEqual(
    review?.history.map((h) => [h.field, h.by, h.to]),
    [
      ['status', 'Ana', 'verified'],
      ['note', 'claimdesk CLI', 'Seen in two agencies'],
    ],
  );
});

test('the quick path refuses what the full one refuses: unknown claims and headings', async (t) => {
  const { w, article } = await setUp(t);
  assert.equal(
    (await run(['mark', '--workspace', w, '--claim', 'nope', '--status', 'verified'])).err,
    'claimdesk: mark: there is no claim nope in this workspace\n',
  );
  const heading = article.claims.find((c) => c.kind === 'heading')!;
  assert.match((await run(['mark', '--workspace', w, '--claim', heading.id, '--status', 'verified'])).err, /headings/);
  assert.equal((await readJournal(w + JOURNAL_SUFFIX)).batches.filter((b) => b.ops[0]?.op === 'review').length, 0);
});

test('a stale index (the snapshot was replaced) is not trusted: mark opens the workspace in full', async (t) => {
  const { w, article, claims } = await setUp(t);
  const doc = JSON.parse(await readFile(w, 'utf8'));
  doc.articles[0].claims = doc.articles[0].claims.filter((c: { id: string }) => c.id !== claims[0]!.id);
  await writeFile(w, JSON.stringify(doc)); // the index still lists the claim; the snapshot no longer has it
  const r = await run(['mark', '--workspace', w, '--claim', claims[0]!.id, '--status', 'verified']);
  assert.equal(r.err, `claimdesk: mark: there is no claim ${claims[0]!.id} in this workspace\n`);
  await rm(indexPathFor(w));
  const ok = await run(['mark', '--workspace', w, '--claim', claims[1]!.id, '--status', 'disputed']);
  assert.equal(ok.code, 0, ok.err);
  const store = await WorkspaceStore.open(w, { readOnly: true });
  await store.close();
  assert.equal(store.data.reviews[article.id]?.[claims[1]!.id]?.status, 'disputed');
});
