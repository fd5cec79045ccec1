// The sync channels through the real dispatch: connect (bad addresses and passwords refused with a message for
// the person), the state the window shows, marks reaching the server, and conflicts offered for choosing.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openAppApi } from '../../main/api/app-api';
import { channels } from '../../main/api/contract';
import { CredentialStore } from '../../main/sync/credentials';
import { startTestServer, uniqueName, type TestServer } from '../sync/couch-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

const ORIGIN = 'http://claimdesk.test';
// Sessions only: these tests do not keep passwords on disk.
const noKeychain = {
  isEncryptionAvailable: () => false,
  encryptString: () => Buffer.alloc(0),
  decryptString: () => '',
};

test(
  "connect, state, live marks and conflict choice through the window's channels",
  { timeout: 120_000 },
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'claimdesk-sync-api-'));
    const api = await openAppApi({
      workspacePath: join(dir, 'ws.json'),
      seedsDir: 'seeds',
      dialogs: { chooseArticleFile: async () => null, chooseReportPath: async () => null },
      trustedOrigins: [ORIGIN],
      credentials: new CredentialStore(join(dir, 'creds.json'), noKeychain),
    });
    t.after(async () => {
      await api.close();
      await rm(dir, { recursive: true, force: true });
    });
    const call = (name: keyof typeof channels, request: unknown = {}) =>
      api.dispatch(channels[name], request, `${ORIGIN}/index.html`) as Promise<any>;
    const db = uniqueName('api');
    const ann = uniqueName('ann');
    await server.addUser(ann, `pw-${ann}`);
    await server.createDb(db, [ann]);

    assert.deepEqual((await call('getSyncState')).value, { connected: false, status: null, arrivals: 0 });
    const plain = await call('connectSync', { server: 'http://couch.example.org', db, user: ann, password: 'x' });
    assert.equal(plain.error.code, 'bad-request');
    assert.match(plain.error.message, /https/);
    const wrong = await call('connectSync', { server: server.url, db, user: ann, password: 'nope' });
    assert.equal(wrong.error.code, 'forbidden');
    assert.doesNotMatch(wrong.error.message, /nope/);

    const connected = await call('connectSync', { server: server.url, db, user: ann, password: `pw-${ann}` });
    assert.equal(connected.ok, true, JSON.stringify(connected));
    assert.equal(connected.value.connected, true);
    assert.equal(connected.value.passwordKept, false);

    const article = api.store.data.articles[0]!;
    const claim = article.claims.find((c) => c.kind !== 'heading')!;
    await call('setReview', { articleId: article.id, claimId: claim.id, status: 'disputed' });
    const id = encodeURIComponent(`review:${article.id}:${claim.id}`);
    while ((await server.request('GET', `/${db}/${id}`)).review?.status !== 'disputed') {
      await new Promise((r) => setTimeout(r, 50));
    }
    while ((await call('getSyncState')).value.status?.state !== 'up-to-date')
      await new Promise((r) => setTimeout(r, 50));

    const none = await call('resolveSyncConflict', { articleId: article.id, claimId: claim.id, rev: '1-x' });
    assert.equal(none.error.code, 'not-found');
    const off = await call('disconnectSync');
    assert.equal(off.value.connected, false);
  },
);
