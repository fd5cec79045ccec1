// Sync through the local pouchdb-server (issue 16): 10 reviewers x 2,000 changes each on one 2,000-claim article
// (each works through a share of the claims, re-marking them), then rounds of sync until every workspace holds the
// same reviews. Figures: time to converge, changes per second, and the longest main-loop stall while syncing
// (all ten clients share this one event loop, so the stall is a pessimistic bound for one app window; a single
// client's sync is measured on its own too).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { addArticle } from '../../main/api/articles';
import { canonicalJson } from '../../main/sync/documents';
import { applyReviewChange } from '../../main/core/review/record';
import { openReviewer, type Reviewer } from '../sync/clients';
import { startTestServer } from '../sync/couch-server';

const CLIENTS = Number(process.env.SYNC_BENCH_CLIENTS ?? 10);
const CHANGES = Number(process.env.SYNC_BENCH_CHANGES ?? 2000);

function claimsArticle(n: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < n / 10; p++) {
    const s: string[] = [];
    for (let i = 0; i < 10; i++) s.push(`The depot logged ${(p * 10 + i) * 11 + 5} crates on shift ${p * 10 + i}.`);
    paragraphs.push(s.join(' '));
  }
  return paragraphs.join('\n\n');
}

function stallMeter() {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  return () => {
    h.disable();
    return { maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6 };
  };
}

export async function runSyncBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-sync-bench-'));
  const server = await startTestServer();
  try {
    const db = 'bench';
    const names = Array.from({ length: CLIENTS }, (_, i) => `reviewer${i}`);
    for (const n of names) await server.addUser(n, `pw-${n}`);
    await server.createDb(db, names);
    const text = claimsArticle(2000);
    const reviewers: Reviewer[] = [];
    for (const n of names) {
      const r = await openReviewer(server, dir, n, { article: false });
      await addArticle(r.store, { text, meta: { title: 'Depot' }, format: 'txt' }, { kind: 'paste' }, new Date(0));
      reviewers.push(r);
    }
    const article = reviewers[0]!.store.data.articles[0]!;
    const claims = article.claims;
    const statuses = ['verified', 'disputed', 'unsourced', 'pending'] as const;
    const share = Math.floor(claims.length / CLIENTS);
    for (const [i, r] of reviewers.entries()) {
      const mine = claims.slice(i * share, (i + 1) * share);
      for (let k = 0; k < CHANGES; k++) {
        const claim = mine[k % mine.length]!;
        const review = applyReviewChange(
          r.store.data.reviews[article.id]?.[claim.id],
          { status: statuses[Math.floor(k / mine.length) % 3]!, note: `round ${Math.floor(k / mine.length)}` },
          {
            claimId: claim.id,
            text: article.text,
            start: claim.start,
            end: claim.end,
            reviewer: r.name,
            now: new Date(k * 1000),
          },
        );
        void r.store.set(['reviews', article.id, claim.id], review);
      }
      await r.store.flush();
    }

    const stop = stallMeter();
    const t0 = performance.now();
    let rounds = 0;
    const same = () => {
      const first = canonicalJson(reviewers[0]!.store.data.reviews);
      return reviewers.every((r) => canonicalJson(r.store.data.reviews) === first);
    };
    // Without conflicts two rounds suffice: the first brings everything to the last client, the second to all.
    for (; rounds < 2; rounds++) for (const r of reviewers) await r.sync(db);
    const ms = performance.now() - t0;
    const stall = stop();
    while (!same() && rounds < 5) {
      rounds += 1;
      for (const r of reviewers) await r.sync(db);
    }
    const total = CLIENTS * CHANGES;
    const docs = Object.keys(reviewers[0]!.store.data.reviews[article.id] ?? {}).length;
    console.log(`${CLIENTS} clients x ${CHANGES} changes (${docs} review documents in the end)`);
    console.log(
      `converged: ${same() ? 'yes' : 'NO'} after ${rounds} round(s) of sync; ` +
        `two rounds took ${(ms / 1000).toFixed(1)} s`,
    );
    console.log(
      `throughput: ${Math.round(total / (ms / 1000))} changes/s (local changes), ` +
        `${Math.round((docs * CLIENTS) / (ms / 1000))} document deliveries/s`,
    );
    console.log(
      `main-loop stall, ten clients in one process: ` +
        `max ${stall.maxMs.toFixed(1)} ms, p99 ${stall.p99Ms.toFixed(1)} ms`,
    );

    // One client's own sync, as in the app: one more round of 2,000 changes on reviewer 0, then its sync alone.
    const r0 = reviewers[0]!;
    const mine = claims.slice(0, share);
    for (let k = 0; k < CHANGES; k++) {
      const claim = mine[k % mine.length]!;
      const review = applyReviewChange(
        r0.store.data.reviews[article.id]?.[claim.id],
        { note: `solo ${k}` },
        {
          claimId: claim.id,
          text: article.text,
          start: claim.start,
          end: claim.end,
          reviewer: r0.name,
          now: new Date(1e9 + k * 1000),
        },
      );
      void r0.store.set(['reviews', article.id, claim.id], review);
    }
    await r0.store.flush();
    const stopOne = stallMeter();
    const t1 = performance.now();
    await r0.sync(db);
    const one = stopOne();
    console.log(
      `one client sending ${CHANGES} changes: ${((performance.now() - t1) / 1000).toFixed(1)} s, ` +
        `main-loop stall max ${one.maxMs.toFixed(1)} ms, p99 ${one.p99Ms.toFixed(1)} ms`,
    );
    for (const r of reviewers) await r.close();
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runSyncBench();
