// Workspace benchmark (issue 6): for 1k, 10k and 50k claims, the time to open, the time from a status change to
// durable on disk (median and p95), the longest event-loop stall while the snapshot is rewritten, and the file
// size. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims } from '../../main/core/extract';
import { applyReviewChange } from '../../main/core/review/record';
import type { ReviewStatus } from '../../main/core/review/status';
import { emptyWorkspace, type ArticleRecord, type WorkspaceData } from '../../main/store/schema';
import { SnapshotFile } from '../../main/store/snapshot-file';
import { WorkspaceStore } from '../../main/store/workspace-store';

const SIZES = [1_000, 10_000, 50_000];
const CHANGES = 300;
const STATUSES: ReviewStatus[] = ['verified', 'disputed', 'unsourced'];

export async function corpusTexts(): Promise<string[]> {
  const dir = 'test/fixtures/attribution';
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
}

/** A workspace of about `claims` claims: articles of ~50 claims (two corpus articles each), 30% reviewed. */
export async function buildWorkspace(claims: number, texts: string[]): Promise<WorkspaceData> {
  const data = emptyWorkspace(new Date('2026-01-01T00:00:00Z'));
  const articles: ArticleRecord[] = [];
  const reviews: WorkspaceData['reviews'] = {};
  const extracted = texts.map((_, i) => extractClaims(`${texts[i]}\n\n${texts[(i + 1) % texts.length]}`));
  let total = 0;
  for (let n = 0; total < claims; n++) {
    const x = extracted[n % extracted.length]!;
    const id = `a-bench-${n}`;
    articles.push({
      id,
      meta: { title: `Article ${n}` },
      source: { kind: 'file', format: 'txt' },
      importedAt: '2026-01-01T00:00:00Z',
      text: x.text,
      claims: x.claims,
      skipped: x.skipped,
    });
    const table: Record<string, ReturnType<typeof applyReviewChange>> = {};
    x.claims.forEach((c, i) => {
      if (i % 3 !== 0) return;
      table[c.id] = applyReviewChange(
        undefined,
        { status: STATUSES[i % 3]!, note: 'Checked against the agency release.' },
        {
          claimId: c.id,
          text: x.text,
          start: c.start,
          end: c.end,
          reviewer: 'Bench',
          now: new Date('2026-01-02T00:00:00Z'),
        },
      );
    });
    reviews[id] = table;
    total += x.claims.length;
  }
  return { ...data, articles, reviews };
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/** Longest gap between 1 ms timer ticks while `work` runs: how long the event loop was blocked. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  try {
    await work();
    return worst;
  } finally {
    clearInterval(ticker);
  }
}

export async function runStoreBench(): Promise<void> {
  const texts = await corpusTexts();
  console.log(
    'claims   articles  file MB  open ms  change→disk median / p95 ms  longest stall during save ms (save ms)',
  );
  for (const size of SIZES) {
    const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
    try {
      const file = join(dir, 'workspace.json');
      const data = await buildWorkspace(size, texts);
      await new SnapshotFile<WorkspaceData>(file).write(data);
      const claimCount = data.articles.reduce((n, a) => n + a.claims.length, 0);

      const opens: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const s = await WorkspaceStore.open(file);
        opens.push(performance.now() - t0);
        await s.close();
      }

      const store = await WorkspaceStore.open(file, { compactAfter: { batches: 100, bytes: 1e9 } });
      const latencies: number[] = [];
      for (let i = 0; i < CHANGES; i++) {
        const article = store.data.articles[(i * 7919) % store.data.articles.length]!;
        const claim = article.claims[i % article.claims.length]!;
        const next = applyReviewChange(
          store.data.reviews[article.id]?.[claim.id],
          { status: STATUSES[i % 3]! },
          {
            claimId: claim.id,
            text: article.text,
            start: claim.start,
            end: claim.end,
            reviewer: 'Bench',
            now: new Date(),
          },
        );
        const t0 = performance.now();
        await store.set(['reviews', article.id, claim.id], next); // background snapshot rewrites happen in here too
        latencies.push(performance.now() - t0);
      }
      await store.flush();
      let saveMs = 0;
      const stall = await longestStall(async () => {
        const t0 = performance.now();
        await store.set(['settings', 'organisation'], 'Bench desk');
        await store.compact();
        saveMs = performance.now() - t0;
      });
      await store.close();
      const mb = (await stat(file)).size / 1048576;
      console.log(
        `${String(claimCount).padStart(6)}  ${String(data.articles.length).padStart(8)}  ` +
          `${mb.toFixed(1).padStart(7)}  ${median(opens).toFixed(0).padStart(7)}  ` +
          (`${median(latencies).toFixed(2).padStart(14)} / ` +
            `${quantile(latencies, 0.95).toFixed(2).padEnd(12)}  ${stall.toFixed(1).padStart(10)} ` +
            `(${saveMs.toFixed(0)})`),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `(${CHANGES} status changes per size, each awaited until fsynced; the snapshot is rewritten ` +
      `every 100 changes in the background)`,
  );
}

const MARK_RUNS = 15;

function runCli(args: string[]): Promise<{ ms: number; code: number | null; err: string }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => resolve({ ms: performance.now() - t0, code, err }));
  });
}

/**
 * `claimdesk mark` from the command line at 50k claims (issue 11): a whole process per mark, as a script runs it,
 * median of repeated runs. Node's own start-up (`node -e ""`) is printed beside it for scale.
 */
export async function runMarkCliBench(size = 50_000): Promise<void> {
  const texts = await corpusTexts();
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  try {
    const file = join(dir, 'workspace.json');
    const data = await buildWorkspace(size, texts);
    await new SnapshotFile<WorkspaceData>(file).write(data);
    const first = await WorkspaceStore.open(file); // as the app leaves it: snapshot, claim index
    await first.set(['settings', 'reviewerName'], 'Bench');
    await first.close();
    const claimCount = data.articles.reduce((n, a) => n + a.claims.length, 0);
    const targets = data.articles.flatMap((a) =>
      a.claims.filter((c) => c.kind !== 'heading').map((c) => [a.id, c.id] as const),
    );
    const node: number[] = [];
    const version: number[] = [];
    const marks: number[] = [];
    for (let i = 0; i < MARK_RUNS; i++) {
      node.push((await runCli(['-e', ''])).ms);
      version.push((await runCli([CLI, '--version'])).ms);
      const [article, claim] = targets[(i * 7919) % targets.length]!;
      const args = ['mark', '--workspace', file, '--article', article, '--claim', claim, '--status', STATUSES[i % 3]!];
      const r = await runCli([CLI, ...args]);
      if (r.code !== 0) throw new Error(`mark failed: ${r.err}`);
      marks.push(r.ms);
    }
    const mb = (await stat(file)).size / 1048576;
    console.log(
      `claimdesk mark at ${claimCount} claims (${mb.toFixed(0)} MB snapshot), whole process: median ` +
        `${median(marks).toFixed(0)} ms, ` +
        `p95 ${quantile(marks, 0.95).toFixed(0)} ms; node start-up alone ${median(node).toFixed(0)} ms, ` +
        `claimdesk --version ${median(version).toFixed(0)} ms (medians of ${MARK_RUNS} runs)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const CLI = 'main/cli/claimdesk.cjs';

if (process.argv[1]?.endsWith('store.bench.ts')) {
  void (process.argv.includes('--mark') ? runMarkCliBench() : runStoreBench());
}
