// Import benchmark (issue 11): (1) the longest stall of the main loop while a 5 MB page is imported through the
// previewImport channel (parsed, cleaned and extracted in the worker), measured by a 5 ms timer probe on the
// main loop, beside the same import run in-process for contrast; (2) HTML reading time against element count
// (5k/20k/100k elements), as time per element, to show it is linear. Prints figures; asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppApi } from '../../main/api/app-api';
import { htmlToArticle } from '../../main/import/html';
import { performImport } from '../../main/import/import-job';
import { runImportJob } from '../../main/import/import-runner';

const ORIGIN = 'http://claimdesk.test';

/** A news-like page of `elements` elements: paragraphs with a link and emphasis, in sections, with a menu. */
function page(elements: number): string {
  const parts: string[] = ['<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav><article>'];
  let n = 8;
  for (let i = 0; n < elements; i++) {
    if (i % 20 === 0) {
      parts.push(`<section><h2>Part ${i / 20}</h2>`);
      n += 2;
    }
    parts.push(
      `<p>In paragraph ${i} the minister said on Tuesday that <b>${i % 97}</b> schools would reopen, ` +
        `according to <a href="/s/${i}">officials</a> at the ministry.</p>`,
    );
    n += 3;
    if (i % 20 === 19) parts.push('</section>');
  }
  parts.push('</article>');
  return `<!doctype html><html><head><title>Schools</title></head><body>${parts.join('')}</body></html>`;
}

interface Stall {
  maxMs: number;
  p99Ms: number;
  totalMs: number;
  /** The longest stall before `mark` was called (the worker parsing), and after it (the result handed over). */
  beforeMarkMs: number;
  afterMarkMs: number;
}

/** Runs `work` while a 5 ms interval measures how late the main loop gets to it. */
async function stallDuring(work: (mark: () => void) => Promise<unknown>): Promise<Stall> {
  const gaps: { at: number; gap: number }[] = [];
  let last = performance.now();
  let markedAt = Infinity;
  const probe = setInterval(() => {
    const now = performance.now();
    gaps.push({ at: now, gap: Math.max(0, now - last - 5) });
    last = now;
  }, 5);
  const start = performance.now();
  await work(() => (markedAt = Math.min(markedAt, performance.now())));
  const totalMs = performance.now() - start;
  // One more tick, so that a stall at the very end (synchronous work) is seen too.
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(probe);
  const sorted = gaps.map((g) => g.gap).sort((a, b) => a - b);
  // A gap is "before the mark" when the tick that ends it came before the mark.
  const before = gaps.filter((g) => g.at <= markedAt).map((g) => g.gap);
  const after = gaps.filter((g) => g.at > markedAt).map((g) => g.gap);
  return {
    maxMs: sorted.at(-1) ?? 0,
    p99Ms: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
    totalMs,
    beforeMarkMs: Math.max(0, ...before),
    afterMarkMs: Math.max(0, ...after),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function runImportBench(): Promise<void> {
  // (1) The main loop while a 5 MB page is imported.
  let elements = 20_000;
  let html = page(elements);
  while (html.length < 5 * 1024 * 1024) html = page((elements = Math.round(elements * 1.3)));
  const mb = (html.length / 1048576).toFixed(1);
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  try {
    const api = await openAppApi({
      workspacePath: join(dir, 'w.json'),
      dialogs: { chooseArticleFile: async () => null, chooseReportPath: async () => null },
      trustedOrigins: [ORIGIN],
    });
    // Warm: the worker loads its code once per app run.
    await runImportJob({ kind: 'text', text: page(200), fileName: 'warm.html' }, { userOutlets: [] });
    const viaWorker = await stallDuring((mark) =>
      runImportJob(
        { kind: 'text', text: html, fileName: 'big.html' },
        { userOutlets: [], onProgress: (f) => f >= 1 && mark() },
      ),
    );
    const viaApi = await stallDuring(async () => {
      const r = await api.dispatch(
        'import:preview',
        { text: html, fileName: 'big.html', jobId: 'bench' },
        `${ORIGIN}/`,
      );
      if (!(r as { ok: boolean }).ok) throw new Error(JSON.stringify(r));
    });
    await api.close();
    const inProcess = await stallDuring(() =>
      performImport({ kind: 'text', text: html, fileName: 'big.html' }, { userOutlets: [], timeLimitMs: 600_000 }),
    );
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`5 MB page: ${mb} MB, ${elements.toLocaleString('en')} elements (target: main-loop stall under 50 ms)`);
    console.log(
      `  worker parsing, cleaning, extracting: longest main-loop stall ${f(viaWorker.beforeMarkMs)} ` +
        `(${(viaWorker.totalMs / 1000).toFixed(1)} s of work)`,
    );
    console.log(
      `  result handed to the main loop (the text; the claims as a transferred buffer): ${f(viaWorker.afterMarkMs)}`,
    );
    console.log(
      `  whole previewImport through the API: longest stall ${f(viaApi.maxMs)}, p99 ${f(viaApi.p99Ms)}, ` +
        `${(viaApi.totalMs / 1000).toFixed(1)} s`,
    );
    console.log(`  the same work in-process, for contrast: one stall of ${f(inProcess.maxMs)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // (2) Reading time against element count.
  console.log('HTML reading time against element count (median of 3; linear when the time per element holds):');
  let base = 0;
  for (const n of [5_000, 20_000, 100_000]) {
    const markup = page(n);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      htmlToArticle(markup);
      times.push(performance.now() - t);
    }
    const ms = median(times);
    const perElement = (ms * 1000) / n;
    if (!base) base = perElement;
    console.log(
      `  ${n.toLocaleString('en').padStart(7)} elements: ${ms.toFixed(0).padStart(6)} ms, ` +
        `${perElement.toFixed(1)} µs per element (${(perElement / base).toFixed(2)}× the 5k rate)`,
    );
  }
}
