// Connecting a workspace as the app does: the password goes to the credential store (encrypted by the system's
// keychain), never into the workspace, its sync folder or the credential file in clear; the connection resumes
// when the workspace is opened again; a wrong password is refused before anything is saved.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CredentialStore, type SecretBox } from '../../main/sync/credentials';
import { SyncRefusal } from '../../main/sync/replicate';
import { WorkspaceSyncService } from '../../main/sync/service';
import { WorkspaceStore } from '../../main/store/workspace-store';
import { tempDir } from '../helpers/tmp';
import { openReviewer } from './clients';
import { startTestServer, uniqueName, type TestServer } from './couch-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

// A stand-in for safeStorage: a real reversible cipher (AES via node:crypto), so the file never holds the text.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
const KEY = randomBytes(32);
const box = (available = true): SecretBox => ({
  isEncryptionAvailable: () => available,
  encryptString(plain) {
    const iv = randomBytes(16);
    const c = createCipheriv('aes-256-cbc', KEY, iv);
    return Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]);
  },
  decryptString(data) {
    const d = createDecipheriv('aes-256-cbc', KEY, data.subarray(0, 16));
    return Buffer.concat([d.update(data.subarray(16)), d.final()]).toString('utf8');
  },
});

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(join(e.parentPath, e.name));
  }
  return out;
}

test(
  'connect keeps the password only encrypted, syncs, and resumes after a restart',
  { timeout: 120_000 },
  async (t) => {
    const dir = await tempDir(t, 'claimdesk-sync-');
    const db = uniqueName('svc');
    const ann = uniqueName('ann');
    const password = `pw-${ann}-Secret-42`;
    await server.addUser(ann, password);
    await server.createDb(db, [ann]);
    const a = await openReviewer(server, dir, ann);
    const credentials = new CredentialStore(join(dir, 'userdata', 'sync-credentials.json'), box());
    const service = new WorkspaceSyncService(a.store, credentials);

    await assert.rejects(
      service.connect({ server: server.url, db, user: ann, password: 'wrong' }),
      (e: unknown) => e instanceof SyncRefusal && e.kind === 'password',
    );
    assert.equal(service.state().connected, false);

    await a.mark(a.claimIds[0]!, 'verified');
    const state = await service.connect({ server: server.url, db, user: ann, password });
    assert.equal(state.connected, true);
    assert.equal(state.passwordKept, true);
    const id = encodeURIComponent(`review:${a.articleId}:${a.claimIds[0]}`);
    while ((await server.request('GET', `/${db}/${id}`)).review?.status !== 'verified') {
      await new Promise((r) => setTimeout(r, 50));
    }
    while (service.state().status?.state !== 'up-to-date') await new Promise((r) => setTimeout(r, 50));
    await service.close();
    const path = a.path;
    await a.close();

    // Nowhere in clear: not in the workspace, its journal, its sync folder, nor the credential file.
    for (const file of await filesUnder(dir)) {
      const bytes = await readFile(file);
      assert.ok(!bytes.includes(Buffer.from(password)), `${file} does not hold the password`);
    }

    // Opened again: the connection resumes by itself with the kept password.
    const store = await WorkspaceStore.open(path, { lock: 'cli' });
    t.after(() => store.close());
    const again = new WorkspaceSyncService(store, credentials);
    t.after(() => again.close());
    const resumed = await again.resume();
    assert.equal(resumed.connected, true);
    assert.equal(resumed.user, ann);
    await again.disconnect();
    assert.equal(again.state().connected, false);
    assert.equal(await credentials.get({ server: server.url, db, user: ann }), null, 'disconnect forgets the password');
  },
);

test('without system encryption the password is kept for this session only', async (t) => {
  const dir = await tempDir(t, 'claimdesk-cred-');
  const file = join(dir, 'sync-credentials.json');
  const store = new CredentialStore(file, box(false));
  const key = { server: 'https://couch.example.org', db: 'desk', user: 'ann' };
  assert.equal(await store.save(key, 'hunter2'), false);
  assert.equal(await store.get(key), 'hunter2');
  assert.equal(await new CredentialStore(file, box(false)).get(key), null);
  await assert.rejects(readFile(file), { code: 'ENOENT' });
});
