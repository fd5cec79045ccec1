// Two reviewers on the same workspace through the server: each one's marks reach the other, signed by name.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { tempDir } from '../helpers/tmp';
import { openReviewer } from './clients';
import { sharedDatabase, startTestServer, type TestServer } from './couch-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

test('two reviewers exchange their marks and end up with the same reviews', async (t) => {
  const dir = await tempDir(t, 'claimdesk-sync-');
  const {
    db,
    names: [ann, bob],
  } = await sharedDatabase(server, 'two', ['ann', 'bob']);
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

test('article texts stay home unless the workspace shares them; reviews wait for their article', async (t) => {
  const dir = await tempDir(t, 'claimdesk-sync-');
  const {
    db,
    names: [ann, bob, cat],
  } = await sharedDatabase(server, 'texts', ['ann', 'bob', 'cat']);
  const a = await openReviewer(server, dir, ann);
  const b = await openReviewer(server, dir, bob, { article: false });
  t.after(() => Promise.all([a.close(), b.close()]));
  await a.mark(a.claimIds[0]!, 'verified');
  await a.sync(db);
  const article = await server.request('GET', `/${db}/article:${a.articleId}`);
  assert.deepEqual(article.meta, { title: 'Harbour budget' });
  assert.equal(article.record, undefined, 'no article text on the server by default');

  // Bob has not imported the article: Ann's review waits in his replica, and lands once he imports it.
  const waiting = await b.sync(db);
  assert.equal(waiting.parked, 2, "the article's metadata and the review");
  assert.equal(b.store.data.articles.length, 0);
  const { addArticle } = await import('../../main/api/articles');
  const { ARTICLE_TEXT } = await import('./clients');
  await addArticle(
    b.store,
    { text: ARTICLE_TEXT, meta: { title: 'Harbour budget' }, format: 'txt' },
    { kind: 'paste' },
    new Date(),
  );
  const landed = await b.sync(db);
  assert.equal(landed.parked, 0);
  assert.equal(b.store.data.reviews[a.articleId]?.[a.claimIds[0]!]?.status, 'verified');

  // With sharing turned on, the whole article travels and a colleague without it receives it.
  await a.store.set(['settings', 'syncArticleTexts'], true);
  await a.sync(db);
  const shared = await server.request('GET', `/${db}/article:${a.articleId}`);
  assert.equal(shared.record.text, a.store.data.articles[0]!.text);
  const c = await openReviewer(server, dir, cat, { article: false });
  t.after(() => c.close());
  await c.sync(db);
  assert.equal(c.store.data.articles[0]?.text, a.store.data.articles[0]!.text);
  assert.equal(c.store.data.reviews[a.articleId]?.[a.claimIds[0]!]?.status, 'verified');
});
