// A partition: two reviewers mark the same claim differently while apart. Nothing is lost, both sides show the
// conflict (both marks, who and when) from CouchDB's revision tree, and a resolution clears it everywhere.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { resolveConflict } from '../../main/sync/resolve';
import { tempDir } from '../helpers/tmp';
import { openReviewer, type Reviewer } from './clients';
import { sharedDatabase, startTestServer, type TestServer } from './couch-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

async function team(t: import('node:test').TestContext, n: number): Promise<{ db: string; reviewers: Reviewer[] }> {
  const dir = await tempDir(t, 'claimdesk-sync-');
  const people = Array.from({ length: n }, (_, i) => `r${i}`);
  const { db, names } = await sharedDatabase(server, 'team', people);
  const reviewers: Reviewer[] = [];
  for (const name of names) reviewers.push(await openReviewer(server, dir, name));
  t.after(() => Promise.all(reviewers.map((r) => r.close())));
  return { db, reviewers };
}

test('both marks made apart survive as a conflict on both sides until one is chosen', async (t) => {
  const {
    db,
    reviewers: [a, b],
  } = await team(t, 2);
  const claim = a!.claimIds[1]!;
  await a!.sync(db);
  await b!.sync(db);

  // The partition: neither sees the other's mark.
  await a!.mark(claim, 'verified', 'the ferry operator confirmed the figure');
  await b!.mark(claim, 'disputed', 'the timetable shows half of that');
  await a!.sync(db);
  const outcome = await b!.sync(db);
  assert.equal(outcome.conflicts, 1);
  await a!.sync(db);

  for (const r of [a!, b!]) {
    const review = r.review(claim)!;
    assert.ok(review.conflict, `${r.name} shows the conflict`);
    const versions = review.conflict.versions.map((v) => [v.by, v.reviewer, v.status, v.note]).sort();
    assert.deepEqual(versions, [
      [a!.name, a!.name, 'verified', 'the ferry operator confirmed the figure'],
      [b!.name, b!.name, 'disputed', 'the timetable shows half of that'],
    ]);
    for (const v of review.conflict.versions) assert.match(v.updatedAt, /^2026-05-01T09:/);
    // History keeps both reviewers' marks.
    const marks = review.history.filter((h) => h.field === 'status').map((h) => [h.by, h.to]);
    assert.deepEqual(marks.sort(), [
      [a!.name, 'verified'],
      [b!.name, 'disputed'],
    ]);
  }
  // Both sides show the same winner (CouchDB's deterministic choice), not "whoever synced last".
  assert.equal(a!.review(claim)!.status, b!.review(claim)!.status);
  const doc = await server.request('GET', `/${db}/review:${a!.articleId}:${claim}?conflicts=true`);
  assert.equal(doc._conflicts.length, 1);

  // b picks a's version; the next syncs clear the conflict everywhere and keep every mark in the history.
  const chosen = b!.review(claim)!.conflict!.versions.find((v) => v.by === a!.name)!;
  await resolveConflict(b!.store, {
    articleId: b!.articleId,
    claimId: claim,
    rev: chosen.rev,
    reviewer: b!.name,
    now: new Date('2026-05-01T10:00:00.000Z'),
  });
  await b!.sync(db);
  await a!.sync(db);
  for (const r of [a!, b!]) {
    const review = r.review(claim)!;
    assert.equal(review.conflict, undefined, `${r.name} no longer shows a conflict`);
    assert.equal(review.status, 'verified');
    assert.equal(review.note, 'the ferry operator confirmed the figure');
    const marks = review.history.filter((h) => h.field === 'status');
    assert.deepEqual(marks.map((h) => h.by).sort(), [a!.name, b!.name, b!.name].sort());
    assert.equal(marks.at(-1)!.by, b!.name, 'the resolution is the last entry');
    assert.equal(marks.at(-1)!.to, 'verified');
    assert.ok(['verified', 'disputed'].includes(marks.at(-1)!.from), 'the resolution starts from the shown mark');
  }
  const resolved = await server.request('GET', `/${db}/review:${a!.articleId}:${claim}?conflicts=true`);
  assert.equal(resolved._conflicts, undefined);
  // The other claims were not touched.
  for (const id of a!.claimIds.filter((c) => c !== claim)) assert.equal(a!.review(id), undefined);
});

test('five reviewers editing the same workspace converge on every mark', async (t) => {
  const { db, reviewers } = await team(t, 5);
  const claims = reviewers[0]!.claimIds;
  // Each marks a claim of its own; the last two also mark the first claim apart (a conflict).
  const own = new Map<string, string>();
  for (const [i, r] of reviewers.entries()) {
    const claim = claims[i % claims.length]!;
    if (i < claims.length) {
      await r.mark(claim, i % 2 ? 'disputed' : 'verified', `note by ${r.name}`);
      own.set(claim, r.name);
    }
  }
  await reviewers[4]!.mark(claims[0]!, 'unsourced', 'no source found');
  for (let round = 0; round < 2; round++) for (const r of reviewers) await r.sync(db);

  const first = reviewers[0]!;
  for (const r of reviewers) {
    for (const [claim, author] of own) {
      const review = r.review(claim)!;
      assert.ok(review, `${r.name} has the review of ${claim}`);
      if (claim === claims[0]) {
        assert.ok(review.conflict, `${r.name} shows the conflict on the first claim`);
        assert.deepEqual(review.conflict.versions.map((v) => v.by).sort(), [author, reviewers[4]!.name].sort());
      } else {
        assert.equal(review.note, `note by ${author}`);
        assert.equal(review.conflict, undefined);
      }
    }
    assert.deepEqual(r.store.data.reviews, first.store.data.reviews);
  }
});
