// The workspace file's shape (design.md §6). Bump SCHEMA_VERSION with a migration in ./migrations.ts.
import type { ReviewRecord } from '../core/review/record';
import type { Claim, SkippedLine } from '../core/types';

export const SCHEMA_VERSION = 1;

export interface ArticleMeta {
  title: string;
  url?: string;
  publisher?: string;
  /** Publication date as written or ISO 8601. */
  date?: string;
}

export interface ArticleSource {
  kind: 'seed' | 'paste' | 'file';
  fileName?: string;
  format: 'txt' | 'md';
}

export interface ArticleRecord {
  id: string;
  meta: ArticleMeta;
  source: ArticleSource;
  importedAt: string;
  /** The article text; every offset in claims, skipped lines and review anchors indexes it. */
  text: string;
  claims: Claim[];
  skipped: SkippedLine[];
}

export interface WorkspaceSettings {
  reviewerName: string;
  organisation: string;
}

export interface WorkspaceData {
  schemaVersion: number;
  createdAt: string;
  settings: WorkspaceSettings;
  articles: ArticleRecord[];
  /** articleId -> claimId -> review. */
  reviews: Record<string, Record<string, ReviewRecord>>;
}

export function emptyWorkspace(now: Date): WorkspaceData {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: now.toISOString(),
    settings: { reviewerName: '', organisation: '' },
    articles: [],
    reviews: {},
  };
}

/** A short description of what is wrong with a parsed file, or null when it has the workspace's shape. */
export function workspaceShapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.schemaVersion !== 'number' || !Number.isInteger(v.schemaVersion) || v.schemaVersion < 1) {
    return 'it has no valid schemaVersion';
  }
  if (!Array.isArray(v.articles)) return 'it has no list of articles';
  if (typeof v.reviews !== 'object' || v.reviews === null || Array.isArray(v.reviews)) return 'it has no reviews table';
  if (typeof v.settings !== 'object' || v.settings === null) return 'it has no settings';
  return null;
}
