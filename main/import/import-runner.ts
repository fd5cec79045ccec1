// Runs an import job in a worker thread, so that a giant or hostile page never stalls the loop that serves the
// window (or the CLI's output). Each job gets its own worker: cancelling or overrunning the time limit ends the
// worker, and nothing of the job is left anywhere (it had written nothing: the preview is held only once it is
// done). Plain Node (worker_threads), usable from the Electron main process and the CLI alike.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportError } from './decode';
import type { ImportJob, ImportJobOptions, ImportJobResult, Progress } from './import-job';
import type { Extraction } from '../core/types';
import type { PostedResult, WorkerMessage, WorkerRequest } from './import-worker';

/** Beyond the page's own time limit: fetching, decoding and extraction included. */
export const JOB_TIME_LIMIT_MS = 180_000;

export class ImportCancelled extends ImportError {
  constructor() {
    super('The import was cancelled; nothing was saved.');
    this.name = 'ImportCancelled';
  }
}

/** What an import gives the main loop: the draft now, the claims (parsed from the worker's JSON) when asked. */
export interface ImportRun {
  draft: ImportJobResult['draft'];
  source: ImportJobResult['source'];
  /** Claims found (headings excluded), when the job extracted. */
  claimCount?: number;
  /** The extraction, when the job extracted; parsed on first call. */
  extraction(): Extraction | undefined;
}

function runOf(posted: PostedResult): ImportRun {
  let parsed: Extraction | undefined;
  return {
    draft: posted.draft,
    source: posted.source,
    ...(posted.claimCount !== undefined ? { claimCount: posted.claimCount } : {}),
    extraction() {
      if (!parsed && posted.extractionJson)
        parsed = JSON.parse(new TextDecoder().decode(posted.extractionJson)) as Extraction;
      return parsed;
    },
  };
}

export interface RunOptions extends ImportJobOptions {
  onProgress?: Progress;
  signal?: AbortSignal;
  /** Milliseconds before the worker is stopped, whatever it is doing. */
  jobTimeLimitMs?: number;
}

function here(): string {
  // The bundles (dist/*.cjs) are CommonJS and have __filename; from source (tsx) this module is ESM.
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/** tsx's ESM register hook, for a worker started from source (test and dev runs; the bundles need no tsx). */
function tsxEsmApi(self: string): string {
  const manifest = createRequire(self).resolve('tsx/package.json');
  const exported = JSON.parse(readFileSync(manifest, 'utf8')).exports['./esm/api'].import.default as string;
  return pathToFileURL(join(dirname(manifest), exported)).href;
}

/** Where the worker's code is: beside the bundle, or (from source) the .ts entry loaded through tsx. */
function startWorker(): Worker {
  const self = here();
  if (self.endsWith('.ts')) {
    const entry = pathToFileURL(join(dirname(self), 'import-worker.ts')).href;
    const tsx = tsxEsmApi(self);
    const load = `import(${JSON.stringify(entry)})`;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return ${load}; })`;
    return new Worker(boot, { eval: true });
  }
  // Packaged: workers cannot read inside app.asar, so the worker ships unpacked beside it (electron-builder.yml).
  let file = join(dirname(self), 'import-worker.cjs');
  const unpacked = file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  if (unpacked !== file && existsSync(unpacked)) file = unpacked;
  return new Worker(file);
}

interface Pending {
  id: number;
  job: ImportJob;
  options: RunOptions;
  resolve(result: ImportRun): void;
  reject(error: Error): void;
}

/**
 * One worker, kept between imports and idle without holding the process open; jobs run one after another. A job
 * that is cancelled or overruns ends the worker (that is the only way to stop a parse midway); the next job
 * starts a fresh one.
 */
class ImportWorkerPool {
  private worker: Worker | null = null;
  private current: (Pending & { timer: NodeJS.Timeout; onAbort: () => void }) | null = null;
  private readonly queue: Pending[] = [];
  private nextId = 1;

  run(job: ImportJob, options: RunOptions): Promise<ImportRun> {
    if (options.signal?.aborted) return Promise.reject(new ImportCancelled());
    return new Promise((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, job, options, resolve, reject };
      // A job cancelled while it waits leaves the queue at once.
      options.signal?.addEventListener(
        'abort',
        () => {
          const i = this.queue.indexOf(pending);
          if (i >= 0) {
            this.queue.splice(i, 1);
            reject(new ImportCancelled());
          }
        },
        { once: true },
      );
      this.queue.push(pending);
      this.pump();
    });
  }

  warm(): void {
    if (!this.worker) this.ensureWorker().unref();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.on('message', (m: WorkerMessage) => this.onMessage(m));
    worker.on('error', (e) => this.fail(worker, e));
    worker.on('exit', (code) =>
      this.fail(worker, new Error(`The import worker stopped (exit code ${code}) before it finished.`)),
    );
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const next = this.queue.shift() as Pending;
    const worker = this.ensureWorker();
    worker.ref();
    const limit = next.options.jobTimeLimitMs ?? JOB_TIME_LIMIT_MS;
    const seconds = limit >= 1000 ? String(Math.round(limit / 1000)) : (limit / 1000).toFixed(1);
    const timer = setTimeout(
      () =>
        this.stop(
          new ImportError(
            `The import took longer than ${seconds} seconds, so ClaimDesk stopped it; nothing ` +
              'was saved. Save the article’s text from the browser and import that.',
          ),
        ),
      limit,
    );
    const onAbort = () => this.stop(new ImportCancelled());
    next.options.signal?.addEventListener('abort', onAbort, { once: true });
    this.current = { ...next, timer, onAbort };
    const { onProgress: _p, signal: _s, jobTimeLimitMs: _l, ...jobOptions } = next.options;
    const request: WorkerRequest = { id: next.id, job: next.job, options: jobOptions };
    worker.postMessage(request);
  }

  private settle(outcome: { result: ImportRun } | { error: Error }): void {
    const job = this.current;
    if (!job) return;
    this.current = null;
    clearTimeout(job.timer);
    job.options.signal?.removeEventListener('abort', job.onAbort);
    if ('result' in outcome) job.resolve(outcome.result);
    else job.reject(outcome.error);
    this.worker?.unref();
    this.pump();
  }

  private onMessage(m: WorkerMessage): void {
    if (!this.current || m.id !== this.current.id) return;
    if (m.type === 'progress') this.current.options.onProgress?.(m.fraction, m.stage);
    else if (m.type === 'done') this.settle({ result: runOf(m.result) });
    else this.settle({ error: m.forPerson ? new ImportError(m.message) : new Error(m.message) });
  }

  /** Ends the worker midway through the current job. */
  private stop(error: Error): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    this.settle({ error });
    // The next import should not wait for a worker to load: start one now, idle until it is needed.
    if (!this.worker) this.ensureWorker().unref();
  }

  private fail(worker: Worker, error: Error): void {
    if (worker !== this.worker) return; // a worker already stopped on purpose
    this.worker = null;
    this.settle({ error });
  }
}

const pool = new ImportWorkerPool();

/** Starts the worker ahead of the first import (idle, not holding the process open): it takes a moment to load. */
export function warmImportWorker(): void {
  pool.warm();
}

export function runImportJob(job: ImportJob, options: RunOptions = {}): Promise<ImportRun> {
  return pool.run(job, options);
}
