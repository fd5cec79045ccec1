// Two reviewers on the same workspace through the server: each one's marks reach the other, signed by name.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { tempDir } from '../helpers/tmp';
import { openReviewer } from './clients';
import { startTestServer, uniqueName, type TestServer } from './couch-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

test('two reviewers exchange their marks and end up with the same reviews', async (t) => {
  const dir = await tempDir(t, 'claimdesk-sync-');
  const db = uniqueName('two');
  const [ann, bob] = [uniqueName('ann'), uniqueName('bob')];
  await server.addUser(ann, `pw-${ann}`);
  await server.addUser(bob, `pw-${bob}`);
  await server.createDb(db, [ann, bob]);
  const a = await openReviewer(server, dir, ann);
  const b = await openReviewer(server, dir, bob);
  t.after(() => Promise.all([a.close(), b.close()]));
  const [c1, c2] = a.claimIds;

  await a.mark(c1!, 'verified', 'checked against the council minutes');
  await b.mark(c2!, 'disputed');
  await a.sync(db);
  const outcome = await b.sync(db);
  assert.equal(outcome.conflicts, 0);
  await a.sync(db);

  for (const r of [a, b]) {
    assert.equal(r.review(c1!)?.status, 'verified');
    assert.equal(r.review(c1!)?.reviewer, ann);
    assert.equal(r.review(c1!)?.note, 'checked against the council minutes');
    assert.equal(r.review(c2!)?.status, 'disputed');
    assert.equal(r.review(c2!)?.reviewer, bob);
  }
  // Nothing else changed: the claims nobody marked have no review on either side.
  for (const id of a.claimIds.slice(2)) {
    assert.equal(a.review(id), undefined);
    assert.equal(b.review(id), undefined);
  }
  // A later change travels as a new revision of the same document.
  await b.mark(c1!, 'unsourced');
  await b.sync(db);
  await a.sync(db);
  assert.equal(a.review(c1!)?.status, 'unsourced');
  assert.equal(a.review(c1!)?.conflict, undefined);
  assert.deepEqual(
    a.review(c1!)?.history.map((h) => [h.by, h.to]),
    [
      [ann, 'verified'],
      [ann, 'checked against the council minutes'],
      [bob, 'unsourced'],
    ],
  );
  const doc = await server.request('GET', `/${db}/review:${a.articleId}:${c1}`);
  assert.equal(doc.by, bob);
});
