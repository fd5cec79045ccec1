// Permissions come from the server itself: users, the database's _security members, and the design document's
// validate_doc_update. A refused sync tells the person why and changes nothing on either side.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SyncRefusal } from '../../main/sync/replicate';
import { tempDir } from '../helpers/tmp';
import { openReviewer } from './clients';
import { startTestServer, uniqueName, type TestServer } from './couch-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

async function setUp(t: import('node:test').TestContext, options: { designDoc?: boolean } = {}) {
  const dir = await tempDir(t, 'claimdesk-sync-');
  const db = uniqueName('perm');
  const ann = uniqueName('ann');
  const eve = uniqueName('eve');
  await server.addUser(ann, `pw-${ann}`);
  await server.addUser(eve, `pw-${eve}`);
  await server.createDb(db, [ann], options);
  return { dir, db, ann, eve };
}

const docCount = async (db: string) => (await server.request('GET', `/${db}`)).doc_count as number;

test('a wrong password is refused with a reason and nothing is lost or sent', async (t) => {
  const { dir, db, ann } = await setUp(t);
  const a = await openReviewer(server, dir, ann, { password: 'not-the-password' });
  t.after(() => a.close());
  await a.mark(a.claimIds[0]!, 'verified');
  await assert.rejects(a.sync(db), (e: unknown) => e instanceof SyncRefusal && e.kind === 'password');
  assert.equal(await docCount(db), 1, 'only the design document');
  assert.equal(a.review(a.claimIds[0]!)?.status, 'verified');
  // With the right password the waiting change goes through.
  a.password = `pw-${ann}`;
  await a.sync(db);
  assert.equal(
    (await server.request('GET', `/${db}/review:${a.articleId}:${a.claimIds[0]}`)).review.status,
    'verified',
  );
});

test('a user who is not a member of the database is refused', async (t) => {
  const { dir, db, ann, eve } = await setUp(t);
  const a = await openReviewer(server, dir, ann);
  const e = await openReviewer(server, dir, eve);
  t.after(() => Promise.all([a.close(), e.close()]));
  await a.mark(a.claimIds[0]!, 'disputed');
  await a.sync(db);
  await e.mark(e.claimIds[1]!, 'verified');
  await assert.rejects(e.sync(db), (err: unknown) => err instanceof SyncRefusal && err.kind === 'access');
  // Eve received nothing and sent nothing.
  assert.equal(e.review(e.claimIds[0]!), undefined);
  assert.equal(e.review(e.claimIds[1]!)?.status, 'verified');
  const rows = (await server.request('GET', `/${db}/_all_docs`)).rows.map((r: { id: string }) => r.id);
  assert.ok(!rows.includes(`review:${a.articleId}:${a.claimIds[1]}`));
});

test('the server refuses documents of the wrong shape or signed with another name', async (t) => {
  const { db, ann, eve } = await setUp(t);
  await server.request('PUT', `/${db}/_security`, {
    admins: { names: [server.admin.user], roles: [] },
    members: { names: [ann, eve], roles: [] },
  });
  const as = (user: string) => ({ user, password: `pw-${user}` });
  const review = {
    claimId: 'c1',
    status: 'verified',
    note: '',
    reviewer: ann,
    updatedAt: '2026-05-01T09:00:00.000Z',
    anchor: { quote: 'q', prefix: '', suffix: '', start: 0, end: 1 },
    history: [],
  };
  const good = { type: 'review', articleId: 'a1', claimId: 'c1', review, by: ann };
  const put = (id: string, body: unknown, user: string) =>
    server.request('PUT', `/${db}/${encodeURIComponent(id)}`, body, as(user));

  assert.equal((await put('review:a1:c1', { ...good, by: ann }, eve)).error, 'forbidden', 'signed as someone else');
  const hostile: [string, unknown][] = [
    ['review:a1:c1', { ...good, by: eve, review: { ...review, status: 'approved' } }],
    ['review:a1:c1', { ...good, by: eve, review: { ...review, history: 'rewritten' } }],
    ['review:a1:c2', { ...good, by: eve }],
    ['review:a1:c1', { ...good, by: eve, extra: '<script>' }],
    ['review:a1:c1', { ...good, by: eve, review: { ...review, evidence: [{ id: 'e', url: 'javascript:alert(1)' }] } }],
    ['note:1', { type: 'note', by: eve }],
    ['outlet:x', { type: 'outlet', by: eve, outlet: { id: 'y', name: 'Y', aliases: [], domains: [] } }],
    ['_design/claimdesk', { validate_doc_update: 'function(){}' }],
  ];
  for (const [id, body] of hostile) {
    const res = await put(id, body, eve);
    assert.ok(res.error === 'forbidden' || res.error === 'unauthorized', `${id} ${JSON.stringify(body)} refused`);
  }
  // The same documents pushed by replication (bulk_docs with new_edits false) are refused too.
  const bulk = await server.request(
    'POST',
    `/${db}/_bulk_docs`,
    { new_edits: false, docs: [{ _id: 'review:a1:c1', _rev: '1-abc', ...good, by: ann }] },
    as(eve),
  );
  assert.equal(bulk[0]?.error ?? bulk.error, 'forbidden');
  assert.equal(
    (await put('review:a1:c1', { ...good, by: eve }, eve)).ok,
    true,
    'a well-formed, signed review is accepted',
  );
  assert.equal(await docCount(db), 2);
});

const WITHOUT_DDOC =
  'documents of the wrong shape that reach a server without the design document never enter a workspace';
test(WITHOUT_DDOC, async (t) => {
  const { dir, db, ann } = await setUp(t, { designDoc: false });
  const a = await openReviewer(server, dir, ann);
  t.after(() => a.close());
  await a.mark(a.claimIds[0]!, 'verified');
  await a.sync(db);
  const before = structuredClone(a.store.data.reviews);
  const claim = a.claimIds[0]!;
  const current = await server.request('GET', `/${db}/review:${a.articleId}:${claim}`);
  // A hostile member rewrites the review with a bad status and a script link, and adds junk documents.
  await server.request(
    'PUT',
    `/${db}/review:${a.articleId}:${claim}`,
    {
      ...current,
      review: { ...current.review, status: 'approved', evidence: [{ id: 'x', url: 'javascript:alert(1)' }] },
    },
    { user: ann, password: `pw-${ann}` },
  );
  await server.request('PUT', `/${db}/junk`, { type: 'junk' }, { user: ann, password: `pw-${ann}` });
  const outcome = await a.sync(db);
  assert.ok(outcome.refused[`review:${a.articleId}:${claim}`], 'the review was refused with a reason');
  assert.match(outcome.refused[`review:${a.articleId}:${claim}`]!, /status/);
  assert.ok(outcome.refused.junk);
  assert.deepEqual(a.store.data.reviews, before);
});
