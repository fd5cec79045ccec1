// The reviewed claims a new article is matched against: those of the open workspace and of the recent ones.
// Each workspace's index is built once and kept. The open one's is brought up to date article by article:
// changes are copy-on-write, so an article whose record and reviews table are the same objects as last time
// has not changed and keeps its entries. Another workspace's is rebuilt when its file's size or time changes.
// So opening an article costs the queries, not a new index.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ClaimMatcher, type ReviewedClaimDoc } from '../core/matching/claim-matcher';
import { defaultWording } from '../core/review/claim-wording';
import type { ReviewRecord } from '../core/review/record';
import type { ArticleRecord, WorkspaceData } from '../store/schema';
import { JOURNAL_SUFFIX, WorkspaceStore } from '../store/workspace-store';

/** A review worth matching: a status given, or a verdict or a note written. */
export function isReviewed(r: ReviewRecord | undefined): r is ReviewRecord {
  return !!r && (r.status !== 'pending' || !!r.verdict || !!r.note.trim());
}

export function reviewedDocs(data: Readonly<WorkspaceData>, workspacePath: string): ReviewedClaimDoc[] {
  return data.articles.flatMap((article) => articleDocs(article, reviewsOf(data, article.id), workspacePath));
}

function reviewsOf(data: Readonly<WorkspaceData>, articleId: string): Record<string, ReviewRecord> | undefined {
  return Object.hasOwn(data.reviews, articleId) ? data.reviews[articleId] : undefined;
}

function articleDocs(
  article: ArticleRecord,
  table: Record<string, ReviewRecord> | undefined,
  workspacePath: string,
): ReviewedClaimDoc[] {
  const docs: ReviewedClaimDoc[] = [];
  if (!table) return docs;
  for (const claim of article.claims) {
    const review = Object.hasOwn(table, claim.id) ? table[claim.id] : undefined;
    if (claim.kind === 'heading' || !isReviewed(review)) continue;
    docs.push({
      key: `${workspacePath}\u0000${article.id}\u0000${claim.id}`,
      workspacePath,
      articleId: article.id,
      articleTitle: article.meta.title,
      claimId: claim.id,
      wording: review.wording || defaultWording(claim),
      sentence: claim.text,
      speaker: claim.speaker?.name ?? '',
      status: review.status,
      ...(review.verdict
        ? { verdict: { rating: review.verdict.rating, explanation: review.verdict.explanation } }
        : {}),
      note: review.note,
      reviewer: review.reviewer,
      updatedAt: review.updatedAt,
    });
  }
  return docs;
}

export interface MatchSource {
  path: string;
  /** The file's name, for the person ("workspace.json"). */
  name: string;
  current: boolean;
  matcher: ClaimMatcher;
}

interface Cached {
  stamp: string;
  matcher: ClaimMatcher;
}

interface IndexedArticle {
  article: ArticleRecord;
  table: Record<string, ReviewRecord> | undefined;
  keys: string[];
}

export class ReviewedClaimIndex {
  private current: ClaimMatcher | null = null;
  private building: Promise<void> | null = null;
  private currentPath = '';
  private readonly indexed = new Map<string, IndexedArticle>();
  private readonly others = new Map<string, Cached>();

  /** The open workspace's matcher, up to date with its reviews (a first build goes in slices). */
  async currentMatcher(store: WorkspaceStore): Promise<ClaimMatcher> {
    if (!this.current || this.currentPath !== store.filePath) {
      // One build at a time: a second request waits for the first instead of indexing the archive again.
      this.building ??= this.build(store).finally(() => (this.building = null));
      await this.building;
    }
    // Changes made while the slices were indexed are picked up here, article by article.
    return this.update(store);
  }

  private async build(store: WorkspaceStore): Promise<void> {
    const data = store.data;
    const matcher = new ClaimMatcher();
    const all: ReviewedClaimDoc[] = [];
    const indexed = new Map<string, IndexedArticle>();
    for (const article of data.articles) {
      const table = reviewsOf(data, article.id);
      const docs = articleDocs(article, table, store.filePath);
      all.push(...docs);
      indexed.set(article.id, { article, table, keys: docs.map((d) => d.key) });
    }
    await matcher.addInSlices(all);
    this.current = matcher;
    this.currentPath = store.filePath;
    this.indexed.clear();
    for (const [id, entry] of indexed) this.indexed.set(id, entry);
  }

  private update(store: WorkspaceStore): ClaimMatcher {
    const data = store.data;
    if (!this.current || this.currentPath !== store.filePath) {
      this.current = new ClaimMatcher();
      this.currentPath = store.filePath;
      this.indexed.clear();
    }
    const matcher = this.current;
    const seen = new Set<string>();
    for (const article of data.articles) {
      seen.add(article.id);
      const table = reviewsOf(data, article.id);
      const before = this.indexed.get(article.id);
      if (before && before.article === article && before.table === table) continue;
      if (before) matcher.remove(before.keys);
      const docs = articleDocs(article, table, store.filePath);
      matcher.add(docs);
      this.indexed.set(article.id, { article, table, keys: docs.map((d) => d.key) });
    }
    for (const [id, gone] of this.indexed) {
      if (seen.has(id)) continue;
      matcher.remove(gone.keys);
      this.indexed.delete(id);
    }
    return matcher;
  }

  /** The open workspace's matcher and those of the recent workspaces still on disk (unreadable ones skipped). */
  async sources(store: WorkspaceStore, recent: readonly string[]): Promise<MatchSource[]> {
    await this.currentMatcher(store);
    const out: MatchSource[] = [
      { path: store.filePath, name: basename(store.filePath), current: true, matcher: this.current! },
    ];
    for (const path of recent) {
      if (path === store.filePath) continue;
      const matcher = await this.other(path);
      if (matcher) out.push({ path, name: basename(path), current: false, matcher });
    }
    return out;
  }

  private async other(path: string): Promise<ClaimMatcher | null> {
    const stamp = await fileStamp(path);
    if (!stamp) return null;
    const cached = this.others.get(path);
    if (cached?.stamp === stamp) return cached.matcher;
    try {
      // Read-only and without the lock: another app or the CLI may have that workspace open.
      const other = await WorkspaceStore.open(path, { readOnly: true, lock: false });
      try {
        const matcher = new ClaimMatcher();
        await matcher.addInSlices(reviewedDocs(other.data, path));
        this.others.set(path, { stamp, matcher });
        return matcher;
      } finally {
        await other.close();
      }
    } catch {
      return null;
    }
  }
}

async function fileStamp(path: string): Promise<string | null> {
  const parts: string[] = [];
  for (const p of [path, `${path}${JOURNAL_SUFFIX}`]) {
    try {
      const s = await stat(p);
      parts.push(`${s.size}:${s.mtimeMs}`);
    } catch {
      if (p === path) return null;
      parts.push('-');
    }
  }
  return parts.join('|');
}
