// What a report is built from: the chosen articles' records and reviews as the workspace holds them, plus the
// article's entries in any other per-article table (corrections and the like, as later versions add them).
// Read-only: the CLI calls this on a workspace the app may hold open.
import pkg from '../../package.json' with { type: 'json' };
import type { JsonReportInput } from '../core/report/json';
import type { WorkspaceData } from '../store/schema';
import { ApiError } from './errors';

export const GENERATOR = `ClaimDesk ${pkg.version}`;

/** Top-level workspace tables that are not keyed by article id. */
export const NOT_PER_ARTICLE: ReadonlySet<string> = new Set([
  'schemaVersion',
  'journalSeq',
  'createdAt',
  'settings',
  'articles',
  'reviews',
  'trash',
]);

/** The records of the named articles (every article when none is named), in the order asked. */
export function reportInputs(data: Readonly<WorkspaceData>, articleIds: readonly string[] = []): JsonReportInput[] {
  const ids = articleIds.length ? [...new Set(articleIds)] : data.articles.map((a) => a.id);
  return ids.map((id) => {
    const article = data.articles.find((a) => a.id === id);
    if (!article) throw new ApiError('not-found', `There is no article "${id.slice(0, 80)}" in the workspace.`);
    return {
      article: article as unknown as JsonReportInput['article'],
      reviews: ((Object.hasOwn(data.reviews, id) ? data.reviews[id] : undefined) ??
        {}) as unknown as JsonReportInput['reviews'],
      tables: perArticleTables(data, id),
    };
  });
}

export function perArticleTables(data: Readonly<WorkspaceData>, articleId: string): Record<string, unknown> {
  const tables: Record<string, unknown> = {};
  for (const [name, table] of Object.entries(data)) {
    if (NOT_PER_ARTICLE.has(name) || !isPlainObject(table)) continue;
    if (Object.hasOwn(table, articleId)) tables[name] = (table as Record<string, unknown>)[articleId];
  }
  return tables;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
