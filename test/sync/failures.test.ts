// Failures in the middle of a sync, through the real `claimdesk sync` command: the server killed during
// replication and started again, and the command itself SIGKILLed. After each, running it again converges:
// every acknowledged mark is on the server and at a colleague's, with no invented conflicts.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { addArticle } from '../../main/api/articles';
import { applyReviewChange } from '../../main/core/review/record';
import { WorkspaceStore } from '../../main/store/workspace-store';
import { tempDir } from '../helpers/tmp';
import { openReviewer } from './clients';
import { sharedDatabase, startTestServer, type TestServer } from './couch-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

// Our own sentences: 600 claims, so a sync takes several batches.
function longArticle(): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 60; p++) {
    const sentences: string[] = [];
    for (let i = 0; i < 10; i++) {
      const n = p * 10 + i;
      sentences.push(`The harbour office counted ${n * 7 + 3} boats in week ${n}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

async function markedWorkspace(
  path: string,
  reviewer: string,
): Promise<{ articleId: string; marks: Map<string, string> }> {
  const store = await WorkspaceStore.open(path, { lock: 'cli' });
  await store.set(['settings', 'reviewerName'], reviewer);
  const article = await addArticle(
    store,
    { text: longArticle(), meta: { title: 'Boats' }, format: 'txt' },
    { kind: 'paste' },
    new Date('2026-05-01T08:00:00.000Z'),
  );
  const marks = new Map<string, string>();
  const statuses = ['verified', 'disputed', 'unsourced'] as const;
  for (const [i, claim] of article.claims.entries()) {
    const status = statuses[i % 3]!;
    const review = applyReviewChange(
      undefined,
      { status },
      {
        claimId: claim.id,
        text: article.text,
        start: claim.start,
        end: claim.end,
        reviewer,
        now: new Date(Date.parse('2026-05-01T09:00:00.000Z') + i * 1000),
      },
    );
    await store.set(['reviews', article.id, claim.id], review);
    marks.set(claim.id, status);
  }
  await store.close();
  return { articleId: article.id, marks };
}

function runSync(workspace: string, db: string, user: string) {
  const child = spawn(
    process.execPath,
    [
      'main/cli/claimdesk.cjs',
      'sync',
      '--workspace',
      workspace,
      '--server',
      server.url,
      '--db',
      db,
      '--user',
      user,
      '--password-env',
      'CLAIMDESK_TEST_PASSWORD',
    ],
    { env: { ...process.env, CLAIMDESK_TEST_PASSWORD: `pw-${user}` }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal, stderr }));
  return { child, done };
}

/** Resolves once the server holds more than `n` documents (or the command ended first). */
async function whenServerHolds(db: string, n: number, ended: Promise<unknown>): Promise<boolean> {
  let over = false;
  void ended.then(() => (over = true));
  while (!over) {
    const info = await server.request('GET', `/${db}`).catch(() => null);
    if (info && info.doc_count > n) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

async function setUp(t: TestContext) {
  const dir = await tempDir(t, 'claimdesk-sync-');
  const {
    db,
    names: [ann, bob],
  } = await sharedDatabase(server, 'fail', ['ann', 'bob']);
  const path = join(dir, 'ann.json');
  const { articleId, marks } = await markedWorkspace(path, ann);
  return { dir, db, ann, bob, path, articleId, marks };
}

async function checkColleague(t: TestContext, s: Awaited<ReturnType<typeof setUp>>) {
  // Bob imports the same article and syncs: he has every one of Ann's marks, and no conflict appears.
  const bob = await openReviewer(server, s.dir, s.bob, { article: false });
  t.after(() => bob.close());
  await addArticle(
    bob.store,
    { text: longArticle(), meta: { title: 'Boats' }, format: 'txt' },
    { kind: 'paste' },
    new Date(),
  );
  const outcome = await bob.sync(s.db);
  assert.equal(outcome.conflicts, 0);
  const reviews = bob.store.data.reviews[s.articleId] ?? {};
  assert.equal(Object.keys(reviews).length, s.marks.size);
  for (const [claimId, status] of s.marks) assert.equal(reviews[claimId]?.status, status);
  const ann = await WorkspaceStore.open(s.path, { readOnly: true });
  const annReviews = ann.data.reviews[s.articleId] ?? {};
  for (const [claimId, status] of s.marks) {
    assert.equal(annReviews[claimId]?.status, status);
    assert.equal(annReviews[claimId]?.conflict, undefined);
  }
  await ann.close();
}

test('the server killed during replication: the sync fails with a reason, and succeeds once it is back', async (t) => {
  if (server.real) return t.skip('a real CouchDB is not killed by the tests');
  const s = await setUp(t);
  const run = runSync(s.path, s.db, s.ann);
  const partial = await whenServerHolds(s.db, 50, run.done);
  if (partial) await server.kill();
  const first = await run.done;
  t.diagnostic(partial ? `server killed mid-replication; the command exited ${first.code}` : 'the sync ended first');
  if (partial && first.code !== 0) {
    assert.equal(first.code, 69, first.stderr);
    assert.match(first.stderr, /could not be reached|stopped before/);
  }
  if (partial) await server.restart();
  const second = await runSync(s.path, s.db, s.ann).done;
  assert.equal(second.code, 0, second.stderr);
  const info = await server.request('GET', `/${s.db}`);
  assert.equal(info.doc_count, s.marks.size + 2, 'every review, the article and the design document');
  await checkColleague(t, s);
});

test('the command SIGKILLed mid-sync: the next run resumes and converges without duplicates', async (t) => {
  const s = await setUp(t);
  const run = runSync(s.path, s.db, s.ann);
  const partial = await whenServerHolds(s.db, 50, run.done);
  if (partial) run.child.kill('SIGKILL');
  const first = await run.done;
  t.diagnostic(partial ? `command killed mid-sync (${first.signal})` : 'the sync ended first');
  const second = await runSync(s.path, s.db, s.ann).done;
  assert.equal(second.code, 0, second.stderr);
  const info = await server.request('GET', `/${s.db}`);
  assert.equal(info.doc_count, s.marks.size + 2);
  const third = await runSync(s.path, s.db, s.ann).done;
  assert.equal(third.code, 0, third.stderr);
  await checkColleague(t, s);
});
