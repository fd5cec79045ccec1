// Issue 11: the import ran in the process that serves the window, so a big page froze it. It runs in a worker
// now, with progress, Cancel and a time limit; what it returns is what the same work gives in-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImportError } from '../../main/import/decode';
import { performImport } from '../../main/import/import-job';
import { ImportCancelled, runImportJob } from '../../main/import/import-runner';
import { openTestApi } from '../helpers/app-api';

function bigPage(paragraphs: number): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++)
    parts.push(
      `<p>Paragraph ${i}: the minister said on Tuesday that 12 schools would reopen, according to officials.</p>`,
    );
  return (
    `<!doctype html><html><head><title>Schools ` +
    `reopen</title></head><body><article>${parts.join('')}</article></body></html>`
  );
}

const CANCELLED = 'The import was cancelled; nothing was saved.';

test('the worker gives what the same import gives in-process, with progress from 0 to 1', async () => {
  const job = { kind: 'text', text: bigPage(200), fileName: 'schools.html' } as const;
  const seen: number[] = [];
  const viaWorker = await runImportJob(job, { userOutlets: [], onProgress: (f) => seen.push(f) });
  const inProcess = await performImport(job, { userOutlets: [] });
  assert.deepEqual(viaWorker.draft, inProcess.draft);
  assert.deepEqual(viaWorker.source, inProcess.source);
  // The claims travel as JSON: what comes back is what extraction made.
  assert.deepEqual(viaWorker.extraction(), JSON.parse(JSON.stringify(inProcess.extraction)));
  assert.ok((viaWorker.extraction()?.claims.length ?? 0) >= 200);
  assert.equal(viaWorker.claimCount, inProcess.extraction?.claims.filter((c) => c.kind !== 'heading').length);
  assert.deepEqual(
    seen,
    [...seen].sort((a, b) => a - b),
  );
  assert.equal(seen.at(-1), 1);
});

test('the worker reports the importer’s message for bad input', async () => {
  await assert.rejects(
    runImportJob({ kind: 'bytes', bytes: new Uint8Array([0x89, 0x50, 0, 1, 0, 7]), fileName: 'x.txt' }),
    {
      name: 'ImportError',
      message: 'x.txt looks like a binary file, not an article in text.',
    },
  );
});

test('cancelling stops the worker midway; the next import runs in a fresh one', async () => {
  const controller = new AbortController();
  const job = { kind: 'text', text: bigPage(20_000), fileName: 'big.html' } as const;
  const run = runImportJob(job, { userOutlets: [], signal: controller.signal, onProgress: () => controller.abort() });
  await assert.rejects(run, (e: Error) => e instanceof ImportCancelled && e.message === CANCELLED);
  const next = await runImportJob({ kind: 'text', text: 'The mayor said the bridge would open.' }, { userOutlets: [] });
  assert.equal(next.draft.text, 'The mayor said the bridge would open.');
});

test('an import over the job’s time limit is stopped with a message', async () => {
  const job = { kind: 'text', text: bigPage(20_000), fileName: 'big.html' } as const;
  await assert.rejects(runImportJob(job, { userOutlets: [], jobTimeLimitMs: 50 }), (e: Error) => {
    assert.ok(e instanceof ImportError);
    assert.equal(
      e.message,
      'The import took longer than 0.1 seconds, so ClaimDesk stopped it; nothing was saved. Save the article’s text ' +
        'from the browser and import that.',
    );
    return true;
  });
});

test('through the API: progress under the window’s job id, Cancel, and nothing left behind', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const before = api.store.data.articles.length;
  const preview = api.call('previewImport', { text: bigPage(20_000), fileName: 'big.html', jobId: 'job-1' });
  let progress: unknown = null;
  for (let i = 0; i < 200 && progress === null; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const r = await api.call('importProgress', { jobId: 'job-1' });
    assert.equal(r.ok, true);
    progress = r.ok ? r.value : null;
  }
  assert.ok(progress && typeof (progress as { fraction: number }).fraction === 'number');
  assert.deepEqual(await api.call('cancelImport', { jobId: 'job-1' }), { ok: true, value: { cancelled: true } });
  assert.deepEqual(await preview, { ok: false, error: { code: 'bad-request', message: CANCELLED } });
  assert.deepEqual(await api.call('importProgress', { jobId: 'job-1' }), { ok: true, value: null });
  assert.deepEqual(await api.call('cancelImport', { jobId: 'job-1' }), { ok: true, value: { cancelled: false } });
  assert.equal(api.store.data.articles.length, before);
  // The preview's shape is as before.
  const ok = await api.call('previewImport', { text: bigPage(3), fileName: 'small.html', jobId: 'job-2' });
  assert.equal(ok.ok, true);
  if (ok.ok) {
    assert.deepEqual(Object.keys(ok.value).sort(), [
      'claimCount',
      'fileName',
      'format',
      'meta',
      'previewId',
      'sameAs',
      'sourceKind',
      'text',
      'warnings',
    ]);
    assert.equal(ok.value.claimCount, 3);
  }
});
