// The import worker's entry (a worker_threads worker, built to dist/import-worker.cjs). It stays up between imports
// (loading the page reader and the outlet registry takes a second) and runs one job at a time, posting its progress
// and its result; the runner (import-runner.ts) ends it to cancel a job or stop one that overruns.
import { parentPort } from 'node:worker_threads';
import { ImportError } from './decode';
import { performImport, type ImportJob, type ImportJobOptions, type ImportJobResult } from './import-job';

export type WorkerRequest = { id: number; job: ImportJob; options: ImportJobOptions };

/**
 * The result as posted: the claims go as JSON in a transferred buffer, so that handing a big page's 40,000 claims
 * to the main loop costs nothing there until they are saved (a structured clone of them took a second).
 */
export interface PostedResult {
  draft: ImportJobResult['draft'];
  source: ImportJobResult['source'];
  claimCount?: number;
  extractionJson?: Uint8Array;
}

export type WorkerMessage =
  | { id: number; type: 'progress'; fraction: number; stage: string }
  | { id: number; type: 'done'; result: PostedResult }
  | { id: number; type: 'error'; message: string; forPerson: boolean };

const port = parentPort;
port?.on('message', ({ id, job, options }: WorkerRequest) => {
  const post = (m: WorkerMessage) => port.postMessage(m);
  let last = -1;
  performImport(job, options, (fraction, stage) => {
    // A message per percent is plenty for a progress bar.
    const pct = Math.floor(fraction * 100);
    if (pct === last) return;
    last = pct;
    post({ id, type: 'progress', fraction, stage });
  }).then(
    ({ draft, source, extraction }) => {
      const posted: PostedResult = { draft, source };
      if (extraction) {
        posted.claimCount = extraction.claims.filter((c) => c.kind !== 'heading').length;
        posted.extractionJson = new TextEncoder().encode(JSON.stringify(extraction));
      }
      const transfer = posted.extractionJson ? [posted.extractionJson.buffer as ArrayBuffer] : [];
      port.postMessage({ id, type: 'done', result: posted } satisfies WorkerMessage, transfer);
    },
    (e: unknown) =>
      post({
        id,
        type: 'error',
        message: e instanceof Error ? e.message : String(e),
        forPerson: e instanceof ImportError,
      }),
  );
});
