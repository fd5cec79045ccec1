// Reviewers for the sync tests: each has a workspace file of its own, the same article (imported on each machine,
// so the same ids), a replica beside it, and syncs with the test server as its own server user.
import { join } from 'node:path';
import { addArticle } from '../../main/api/articles';
import { applyReviewChange, type ReviewRecord } from '../../main/core/review/record';
import type { ReviewStatus } from '../../main/core/review/status';
import { WorkspaceStore } from '../../main/store/workspace-store';
import { replicaFolder } from '../../main/sync/connection';
import { WorkspaceReplica } from '../../main/sync/replica';
import { openRemote, syncOnce, type SyncOutcome } from '../../main/sync/replicate';
import type { PouchDatabase } from '../../main/sync/pouch';
import type { TestServer } from './couch-server';

// Our own sentences (never publishers' text).
export const ARTICLE_TEXT = [
  'Harbour Town council approved a budget of 12 million euros on Tuesday, according to the Coastal Ledger.',
  'The mayor said that the new ferry line would carry 4,000 passengers a day.',
  'Critics argued that the estimate was twice as high as last year.',
  'The library will open on Sundays from March.',
].join('\n\n');

export interface Reviewer {
  name: string;
  password: string;
  path: string;
  store: WorkspaceStore;
  articleId: string;
  claimIds: string[];
  mark(claimId: string, status: ReviewStatus, note?: string): Promise<ReviewRecord>;
  review(claimId: string): ReviewRecord | undefined;
  sync(db: string): Promise<SyncOutcome>;
  close(): Promise<void>;
}

let clock = Date.parse('2026-05-01T09:00:00.000Z');
/** Each change a distinct, increasing time, as on real machines. */
const tick = () => new Date((clock += 1000));

export async function openReviewer(
  server: TestServer,
  dir: string,
  name: string,
  options: { password?: string; article?: boolean } = {},
): Promise<Reviewer> {
  const path = join(dir, `${name}.json`);
  const store = await WorkspaceStore.open(path, { lock: 'cli' });
  if (!store.data.settings.reviewerName) {
    await store.set(['settings', 'reviewerName'], name);
  }
  let article = store.data.articles[0];
  if (!article && options.article !== false) {
    article = await addArticle(
      store,
      { text: ARTICLE_TEXT, meta: { title: 'Harbour budget' }, format: 'txt' },
      { kind: 'paste' },
      new Date('2026-05-01T08:00:00.000Z'),
    );
  }
  const claims = article?.claims.filter((c) => c.kind !== 'heading') ?? [];
  let replica: WorkspaceReplica | null = null;
  const password = options.password ?? `pw-${name}`;
  const r: Reviewer = {
    name,
    password,
    path,
    store,
    articleId: article?.id ?? '',
    claimIds: claims.map((c) => c.id),
    async mark(claimId, status, note) {
      const a = store.data.articles[0]!;
      const claim = a.claims.find((c) => c.id === claimId)!;
      const review = applyReviewChange(
        store.data.reviews[a.id]?.[claimId],
        { status, ...(note !== undefined ? { note } : {}) },
        { claimId, text: a.text, start: claim.start, end: claim.end, reviewer: name, now: tick() },
      );
      await store.set(['reviews', a.id, claimId], review);
      return review;
    },
    review(claimId) {
      return store.data.reviews[r.articleId]?.[claimId];
    },
    async sync(db) {
      replica ??= await WorkspaceReplica.open(store, replicaFolder(path), { user: name });
      const remote: PouchDatabase = await openRemote({ server: server.url, db, user: name, password: r.password });
      try {
        return await syncOnce(replica, remote, db);
      } finally {
        await remote.close();
      }
    },
    async close() {
      await replica?.close();
      await store.close();
    },
  };
  return r;
}
