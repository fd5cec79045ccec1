// The one typed map of every channel between the window and the main side (the GitHub Desktop pattern).
// The preload builds `window.claimdesk` from `channels`, the handlers implement `Contract`, and the renderer
// imports only these types, so the three cannot drift apart.
import type { ReviewStatus } from '../core/review/status';
import type { Claim, SkippedLine } from '../core/types';
import type { ArticleMeta, WorkspaceSettings } from '../store/schema';

export type { Attribution, Claim, ClaimKind, ClaimOutlet, OutletRef, SkippedLine, Span, Speaker } from '../core/types';

export type { ReviewStatus } from '../core/review/status';
export type { ArticleMeta, WorkspaceSettings } from '../store/schema';

export interface StatusCounts {
  pending: number;
  verified: number;
  disputed: number;
  unsourced: number;
}

export interface ArticleSummary {
  id: string;
  meta: ArticleMeta;
  importedAt: string;
  claimCount: number;
  /** Claims whose status is not pending (headings are not counted: they are not reviewed). */
  reviewedCount: number;
  counts: StatusCounts;
}

export interface ClaimReview {
  status: ReviewStatus;
  note: string;
  reviewer: string;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
}

export interface ArticleView {
  id: string;
  meta: ArticleMeta;
  text: string;
  claims: Claim[];
  skipped: SkippedLine[];
  /** Reviews by claim id; a claim without an entry is pending. */
  reviews: Record<string, ClaimReview>;
}

export interface WorkspaceInfo {
  path: string;
  readOnly: boolean;
  /** Messages for the person about what happened when the workspace was opened (recovery, migration). */
  notices: string[];
  settings: WorkspaceSettings;
  articles: ArticleSummary[];
}

export interface ReportPreview {
  markdown: string;
  /** Sanitised HTML of the Markdown (marked, then an allow-list sanitiser). */
  html: string;
  suggestedName: string;
}

export type MenuCommand = 'import-file' | 'import-paste' | 'export-report';

/** channel name -> request -> response. */
export interface Contract {
  getWorkspace: { request: Record<string, never>; response: WorkspaceInfo };
  getArticle: { request: { articleId: string }; response: ArticleView };
  importArticle: {
    request: { text: string; fileName?: string; title?: string };
    response: ArticleSummary;
  };
  /** Shows the system's open dialog in the main process and imports the chosen .txt or .md file. */
  openArticleFile: { request: Record<string, never>; response: ArticleSummary | null };
  setReview: {
    request: { articleId: string; claimId: string; status?: ReviewStatus; note?: string };
    response: ClaimReview;
  };
  updateSettings: { request: Partial<WorkspaceSettings>; response: WorkspaceSettings };
  renderReport: { request: { articleId: string }; response: ReportPreview };
  /** Shows the save dialog and writes the Markdown report; null when the person cancels. */
  saveReport: { request: { articleId: string }; response: { path: string } | null };
}

export type ChannelName = keyof Contract;
export type Request<K extends ChannelName> = Contract[K]['request'];
export type Response<K extends ChannelName> = Contract[K]['response'];

/** The IPC channel string for each contract entry. */
export const channels = {
  getWorkspace: 'workspace:get',
  getArticle: 'article:get',
  importArticle: 'article:import',
  openArticleFile: 'article:open-file',
  setReview: 'review:set',
  updateSettings: 'settings:update',
  renderReport: 'report:render',
  saveReport: 'report:save',
} as const satisfies Record<ChannelName, string>;

/** Main -> window notifications (menu commands); the preload exposes one subscriber for them. */
export const MENU_COMMAND_EVENT = 'menu:command';

export type ErrorCode = 'bad-request' | 'forbidden' | 'not-found' | 'read-only' | 'failed';

/** Every call resolves to a Result: errors are typed values, never a crash or a rejected promise. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** What the preload exposes as `window.claimdesk`. */
export type Bridge = {
  [K in ChannelName]: (request: Request<K>) => Promise<Result<Response<K>>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): void;
};
