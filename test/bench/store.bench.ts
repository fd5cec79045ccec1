// Workspace benchmark (issue 6): for 1k, 10k and 50k claims, the time to open, the time from a status change to
// durable on disk (median and p95), the longest event-loop stall while the snapshot is rewritten, and the file
// size. Prints figures; asserts nothing.
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

async function corpusTexts(): Promise<string[]> {
  const dir = 'test/fixtures/attribution';
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
}

/** A workspace of about `claims` claims: articles of ~50 claims (two corpus articles each), 30% reviewed. */
async function buildWorkspace(claims: number, texts: string[]): Promise<WorkspaceData> {
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

if (process.argv[1]?.endsWith('store.bench.ts')) void runStoreBench();
