// Adding articles to the workspace (extraction runs once, at import) and summarising them for the library.
import { extractClaims } from '../core/extract';
import type { ArticleInput } from '../import/article-input';
import type { ArticleRecord, ArticleSource } from '../store/schema';
import type { WorkspaceStore } from '../store/workspace-store';
import type { Extraction } from '../core/types';
import { articleIdFor } from './article-versions';
import type { ArticleSummary, StatusCounts } from './contract';
import { workspaceOutlets } from './workspace-outlets';

export async function addArticle(
  store: WorkspaceStore,
  input: ArticleInput,
  source: Omit<ArticleSource, 'format'>,
  now: Date,
  /** Already extracted (an import preview); extracted here otherwise. */
  extraction: Extraction = extractClaims(input.text, { outlets: workspaceOutlets(store) }),
): Promise<ArticleRecord> {
  const record: ArticleRecord = {
    id: articleIdFor(input.text, (candidate) => store.data.articles.some((a) => a.id === candidate)),
    meta: input.meta,
    source: { ...source, format: input.format },
    importedAt: now.toISOString(),
    text: extraction.text,
    claims: extraction.claims,
    skipped: extraction.skipped,
    version: 1,
  };
  await store.commit({
    op: 'upsert',
    path: ['articles'],
    value: record as unknown as ArticleRecord & Record<string, unknown>,
  });
  return record;
}

export function articleSummary(store: WorkspaceStore, a: ArticleRecord): ArticleSummary {
  const reviews = store.data.reviews[a.id] ?? {};
  const counts: StatusCounts = { pending: 0, verified: 0, disputed: 0, unsourced: 0 };
  let claimCount = 0;
  for (const c of a.claims) {
    if (c.kind === 'heading') continue;
    claimCount += 1;
    counts[reviews[c.id]?.status ?? 'pending'] += 1;
  }
  return {
    id: a.id,
    meta: a.meta,
    importedAt: a.importedAt,
    claimCount,
    reviewedCount: claimCount - counts.pending,
    counts,
  };
}
