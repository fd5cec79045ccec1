import { test } from 'node:test';
import assert from 'node:assert/strict';
import { channels } from '../../main/api/contract';
import { createDispatch } from '../../main/api/dispatch';
import type { Handlers } from '../../main/api/handlers';

const ORIGIN = 'app://claimdesk';
const fromApp = `${ORIGIN}/index.html`;

function recordingHandlers(calls: string[], fail?: Error): Handlers {
  return new Proxy({} as Handlers, {
    get: (_t, name: string) => async () => {
      calls.push(name);
      if (fail) throw fail;
      return 'ok';
    },
  });
}

// For every channel: requests of the wrong shape that must be refused before the handler runs.
const malformed: Record<keyof typeof channels, unknown[]> = {
  getWorkspace: [[], 'x', { extra: 1 }],
  getSyncState: [{ password: 'x' }],
  connectSync: [
    {},
    { server: 'https://couch.example.org', db: 'desk', user: 'ann' },
    { server: 5, db: 'desk', user: 'ann', password: 'x' },
    { server: 'https://couch.example.org', db: 'desk', user: 'ann', password: 'x', savePassword: 'plain' },
  ],
  disconnectSync: [{ forget: true }],
  resolveSyncConflict: [
    { articleId: 'a', claimId: 'c' },
    { articleId: 'a', claimId: 'c', rev: 3 },
  ],
  reportFormats: [{ format: 'md' }],
  reviewStatuses: [{ status: 'verified' }],
  getArticle: [{}, { articleId: 7 }, { articleId: 'a'.repeat(201) }, { articleId: 'a', more: true }],
  setReview: [
    { articleId: 'a', claimId: 'c', status: 'approved' },
    { articleId: 'a', claimId: 'c', note: 3 },
    { articleId: 'a', claimId: 'c', note: 'x'.repeat(100_001) },
    { articleId: 'a', status: 'verified' },
    JSON.parse('{"articleId":"a","claimId":"c","__proto__":{"x":1}}'),
  ],
  updateSettings: [{ reviewerName: 1 }, { theme: 'dark' }],
  getAppSettings: [{ profile: {} }],
  saveProfile: [
    {},
    { profile: { name: 3 } },
    { profile: { name: 'A', role: 'x' } },
    { profile: { name: 'x'.repeat(201) } },
  ],
  saveRatingScale: [{ ratingScale: { ratings: 'True', best: 'True', worst: 'False' } }, { ratingScale: {} }],
  getVerdicts: [{}, { articleId: 1 }],
  setVerdict: [
    { articleId: 'a', claimId: 'c', rating: 5 },
    { articleId: 'a', claimId: 'c', explanation: 'x'.repeat(5_001) },
    { articleId: 'a', rating: 'True' },
  ],
  findMatches: [{}, { articleId: 'a', workspace: '/etc/passwd' }],
  renderReport: [{}, null as unknown as object, { articleId: null }],
  saveReport: [{ articleId: 'a', path: '/tmp/x' }],
  importProgress: [{}, { jobId: 5 }, { jobId: 'j', more: 1 }],
  cancelImport: [{}, { jobId: ['j'] }],
  previewImport: [
    {},
    { text: 'x', jobId: 7 },
    { text: 'x', url: 'https://a.example/' },
    { url: 5 },
    { text: 'x', fileName: 3 },
    { text: 'x', path: '/etc/passwd' },
    { dataBase64: 'eA==' },
    { dataBase64: 'eA==', text: 'x', fileName: 'a.txt' },
  ],
  previewArticleFile: [{ path: '/etc/passwd' }],
  commitImport: [
    { previewId: 'p' },
    { previewId: 'p', meta: { title: 5 } },
    { previewId: 'p', meta: {}, replaceArticleId: 1 },
    { previewId: 'p', meta: { evil: 'x' } },
  ],
  updateArticleMeta: [{ articleId: 'a' }, { articleId: 'a', meta: { title: 'x'.repeat(501) } }],
  deleteArticle: [{}, { articleId: ['a'] }],
  restoreArticle: [{ articleId: 3 }],
  setReviews: [
    { articleId: 'a', claimIds: [], status: 'verified' },
    { articleId: 'a', claimIds: ['c'], status: 'approved' },
    { articleId: 'a', claimIds: ['c'] },
    { articleId: 'a', claimIds: 'c', status: 'verified' },
    { articleId: 'a', claimIds: [1], status: 'verified' },
  ],
  addEvidence: [
    { articleId: 'a', claimId: 'c' },
    { articleId: 'a', claimId: 'c', url: 7 },
    { articleId: 'a', claimId: 'c', url: 'https://x', note: 'y' },
  ],
  removeEvidence: [{ articleId: 'a', claimId: 'c' }],
  correctClaim: [
    { articleId: 'a' },
    { articleId: 'a', correction: { type: 'rename', claimId: 'c' } },
    { articleId: 'a', correction: { type: 'split', claimId: 'c', at: -1 } },
    { articleId: 'a', correction: { type: 'span', claimId: 'c', start: 1.5, end: 3 } },
    { articleId: 'a', correction: { type: 'speaker', claimId: 'c', name: 'x', extra: 1 } },
    { articleId: 'a', correction: { type: 'outlet', claimId: 'c' } },
    { articleId: 'a', correction: { type: 'outlet', claimId: 'c', outletId: 5 } },
    { articleId: 'a', correction: { type: 'outlet', claimId: 'c', outletId: 'reuters', name: 'Reuters' } },
  ],
  removeCorrection: [{ articleId: 'a' }],
  attachOrphan: [{ articleId: 'a', orphanId: 'o' }],
  outletLinks: [{ articleId: 'a' }],
  archiveLink: [{}, { url: 5 }, { url: 'https://x.example/', extra: 1 }],
  searchOutlets: [
    {},
    { query: 5 },
    { query: 'x'.repeat(201) },
    { query: 'reu', limit: 0 },
    { query: 'reu', limit: 51 },
    { query: 'reu', limit: 2.5 },
    { query: 'reu', scope: 'all' },
  ],
  saveUserOutlet: [
    {},
    { outlet: 'Kyiv Bugle' },
    { outlet: { name: 'Kyiv Bugle', country: 'UA', language: 'uk' } },
    { outlet: { name: 3, country: 'UA', language: 'uk', kind: 'newspaper' } },
    { outlet: { name: 'Kyiv Bugle', country: 'UA', language: 'uk', kind: 'newspaper', domains: 'kyivbugle.ua' } },
    { outlet: { name: 'Kyiv Bugle', country: 'UA', language: 'uk', kind: 'newspaper', aliases: [1] } },
    { outlet: { name: 'Kyiv Bugle', country: 'UA', language: 'uk', kind: 'newspaper', aliases: Array(31).fill('x') } },
    { outlet: { name: 'Kyiv Bugle', country: 'UA', language: 'uk', kind: 'newspaper', relays: 'yes' } },
    { outlet: { name: 'Kyiv Bugle', country: 'UA', language: 'uk', kind: 'newspaper', description: 'copied text' } },
  ],
  outletStats: [{ articleId: 5 }, { articleId: 'a', scope: 'x' }, [], 'a'],
  openExternal: [{}, { url: 3 }],
  setImportSettings: [{}, { allowPrivateNetwork: 'yes' }],
};

for (const [channel, requests] of Object.entries(malformed)) {
  test(`${channel} rejects malformed requests with a typed error`, async () => {
    const calls: string[] = [];
    const dispatch = createDispatch(recordingHandlers(calls), [ORIGIN]);
    for (const request of requests) {
      if (request === null && channel === 'renderReport') continue; // null stands for "no request": checked below
      const result = await dispatch(channel, request, fromApp);
      assert.equal(result.ok, false, JSON.stringify(request));
      if (!result.ok) {
        assert.equal(result.error.code, 'bad-request');
        assert.match(result.error.message, new RegExp(`^Malformed ${channel} request: `));
      }
    }
    assert.deepEqual(calls, [], 'no handler ran');
  });
}

test('a missing request is checked like an empty one', async () => {
  const calls: string[] = [];
  const dispatch = createDispatch(recordingHandlers(calls), [ORIGIN]);
  assert.equal((await dispatch('getArticle', undefined, fromApp)).ok, false);
  assert.equal((await dispatch('getWorkspace', undefined, fromApp)).ok, true);
});

test('unknown channels and untrusted senders are refused', async () => {
  const calls: string[] = [];
  const dispatch = createDispatch(recordingHandlers(calls), [ORIGIN]);
  assert.deepEqual(await dispatch('fs:read', {}, fromApp), {
    ok: false,
    error: { code: 'bad-request', message: 'There is no channel called "fs:read".' },
  });
  assert.equal((await dispatch('constructor', {}, fromApp)).ok, false);
  assert.equal((await dispatch('__proto__', {}, fromApp)).ok, false);
  for (const sender of ['https://evil.example/', 'http://claimdesk.test/', '', 'app://claimdesk.evil/']) {
    const r = await dispatch('getWorkspace', {}, sender);
    assert.equal(r.ok ? 'ok' : r.error.code, 'forbidden', sender);
  }
  assert.deepEqual(calls, []);
  assert.equal((await dispatch(channels.getWorkspace, {}, fromApp)).ok, true, 'IPC names work too');
});

test('a handler that throws becomes a typed error, never a crash', async () => {
  const logged: unknown[] = [];
  const dispatch = createDispatch(recordingHandlers([], new Error('disk on fire')), [ORIGIN], (e) => logged.push(e));
  const r = await dispatch('getWorkspace', {}, fromApp);
  assert.deepEqual(r, { ok: false, error: { code: 'failed', message: 'Something went wrong: disk on fire' } });
  assert.equal(logged.length, 1);
});
