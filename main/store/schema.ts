// The workspace file's shape (ARCHITECTURE.md §5). Bump SCHEMA_VERSION with a migration in ./migrations.ts.
import type { OutletEntry } from '../core/outlets/types';
import type { CorrectionOp } from '../core/review/corrections';
import type { OrphanedReview } from '../core/review/reanchor';
import type { ReviewRecord } from '../core/review/record';
import type { Claim, SkippedLine } from '../core/types';

export const SCHEMA_VERSION = 2;

export interface ArticleMeta {
  title: string;
  url?: string;
  publisher?: string;
  /** Publication date as written or ISO 8601. */
  date?: string;
  /** The byline, when the import found one or the person typed it. */
  author?: string;
}

export interface ArticleSource {
  kind: 'seed' | 'paste' | 'file' | 'url';
  fileName?: string;
  format: 'txt' | 'md' | 'html';
  /** The address fetched, for URL imports (the canonical URL, when different, is in meta.url). */
  fetchedUrl?: string;
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
  /** The reviewer's corrections of the extraction, re-applied after every extraction (issue 5). */
  corrections?: CorrectionOp[];
  /** Reviews that could not re-attach to a claim after a re-import or a correction: kept, never dropped. */
  orphans?: OrphanedReview[];
  /** 1 for the first import; each re-import of an edited version adds one. */
  version?: number;
  /** What the corrections did at their last application: ops that found no claim, and claimId -> kinds. */
  correctionState?: { unapplied: string[]; corrected: Record<string, string[]> };
}

/** A deleted article, kept so that the deletion can be undone. */
export interface TrashedArticle {
  article: ArticleRecord;
  reviews: Record<string, ReviewRecord>;
  /** Where it stood in the library. */
  index: number;
  deletedAt: string;
}

export interface WorkspaceSettings {
  reviewerName: string;
  organisation: string;
  /** URL import may reach private and loopback addresses (an intranet CMS; tests' local servers). Off by default. */
  allowPrivateNetwork?: boolean;
}

export interface WorkspaceData {
  schemaVersion: number;
  /** The last journal batch this snapshot includes; later batches are replayed on open (schema 2). */
  journalSeq: number;
  createdAt: string;
  settings: WorkspaceSettings;
  articles: ArticleRecord[];
  /** articleId -> claimId -> review. */
  reviews: Record<string, Record<string, ReviewRecord>>;
  /** Recently deleted articles, newest last, for undo. */
  trash?: TrashedArticle[];
  /**
   * Outlets the person added, and corrections of shipped ones (same id): they win over the shipped registry and
   * survive app updates because they live here, never in the shipped JSON (issue 4).
   */
  userOutlets?: OutletEntry[];
}

export function emptyWorkspace(now: Date): WorkspaceData {
  return {
    schemaVersion: SCHEMA_VERSION,
    journalSeq: 0,
    createdAt: now.toISOString(),
    settings: { reviewerName: '', organisation: '' },
    articles: [],
    reviews: {},
  };
}
