// The one typed map of every channel between the window and the main side (the GitHub Desktop pattern).
// The preload builds `window.claimdesk` from `channels`, the handlers implement `Contract`, and the renderer
// imports only these types, so the three cannot drift apart.
import type { ReviewStatus } from '../core/review/status';
import type { CorrectionRequest, CorrectionType } from '../core/review/corrections';
import type { EvidenceLink, HistoryEntry } from '../core/review/record';
import type { Claim, SkippedLine } from '../core/types';
import type { ArticleMeta, WorkspaceSettings } from '../store/schema';
import type { PageSize, ReportFormat, ReportFormatInfo } from '../core/report/formats';
import type { SaveState } from '../store/workspace-store';
import type { OutletEntry, OutletKind } from '../core/outlets/types';
import type { UserOutletInput } from '../core/outlets/user-outlets';
import type { ReviewConflict } from '../core/review/record';
import type { SyncState } from '../sync/service';

export type { Attribution, Claim, ClaimKind, ClaimOutlet, OutletRef, SkippedLine, Span, Speaker } from '../core/types';

export type { ReviewStatus } from '../core/review/status';
export type { CorrectionRequest, CorrectionType } from '../core/review/corrections';
export type { EvidenceLink, HistoryEntry } from '../core/review/record';
export type { ArticleMeta, WorkspaceSettings } from '../store/schema';
export type { PageSize, ReportFormat, ReportFormatInfo } from '../core/report/formats';
export type { SaveState } from '../store/workspace-store';
export type { OutletKind } from '../core/outlets/types';
export type { UserOutletInput } from '../core/outlets/user-outlets';
export type { ReviewConflict, ReviewConflictVersion } from '../core/review/record';
export type { SyncState } from '../sync/service';
export type { SyncStatus } from '../sync/live';

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
  /** Evidence links (issue 5); absent or empty when there are none. */
  evidence?: EvidenceLink[];
  /** Every change with who and when, oldest first. */
  history?: HistoryEntry[];
  /** Marks made apart by colleagues that met on the sync server (issue 16), shown until one is chosen. */
  conflict?: ReviewConflict;
}

/** A review that could not re-attach to a claim (after a re-import or a correction): shown, never dropped. */
export interface OrphanView {
  id: string;
  quote: string;
  status: ReviewStatus;
  note: string;
  reviewer: string;
  updatedAt: string;
  evidence: EvidenceLink[];
  reason: string;
  orphanedAt: string;
}

/** One of the reviewer's corrections of the extraction. */
export interface CorrectionView {
  id: string;
  type: CorrectionType;
  label: string;
  at: string;
  by: string;
  /** False when the correction no longer finds its claim in the current text (it is kept). */
  applied: boolean;
}

/** What an import would save, for the person to check and edit before it is saved. */
export interface ImportPreview {
  previewId: string;
  text: string;
  meta: ArticleMeta;
  format: 'txt' | 'md' | 'html';
  sourceKind: 'paste' | 'file' | 'url';
  fileName?: string;
  fetchedUrl?: string;
  warnings: string[];
  /** Claims that extraction finds in the text (headings excluded). */
  claimCount: number;
  /** Articles in the workspace this may be a new version of (same URL or title), best first. */
  sameAs: { articleId: string; title: string }[];
}

export interface ImportResult {
  summary: ArticleSummary;
  /** True when the import replaced an article's text with a new version. */
  replaced: boolean;
  reattached: number;
  orphaned: number;
  unappliedCorrections: number;
}

/** An outlet of the registry or of the person's own (issue 4). */
export interface OutletInfo extends Pick<
  OutletEntry,
  'id' | 'name' | 'aliases' | 'domains' | 'country' | 'language' | 'kind' | 'wikidata' | 'relays'
> {
  /** The kind in words ("news agency"). */
  kindLabel: string;
  /** The person's own entry (added, or a correction of a shipped one). */
  user: boolean;
  /** A user entry that replaces the shipped outlet of the same id. */
  correctsShipped: boolean;
}

export interface OutletSearchResult {
  outlet: OutletInfo;
  /** The alias or domain that matched, when it was not the name. */
  matched?: string;
}

/** Claims and review progress of one outlet, in an article or the whole workspace. */
export interface OutletStat {
  id: string;
  name: string;
  kindLabel: string;
  domain: string;
  user: boolean;
  /** Claims whose outlet this is (headings excluded). */
  claims: number;
  /** Named in the claim (or set by the reviewer) vs inherited from the context. */
  stated: number;
  inherited: number;
  /** Of the stated ones, set by the reviewer. */
  setByReviewer: number;
  reviewed: number;
  counts: StatusCounts;
  /** Articles with at least one such claim. */
  articles: number;
}

export interface OutletStatsView {
  article: { articleId: string; title: string; claims: number; noOutlet: number; outlets: OutletStat[] } | null;
  workspace: { articles: number; claims: number; noOutlet: number; outlets: OutletStat[] };
}

export interface SaveUserOutletResult {
  outlet: OutletInfo;
  /** False when an existing user entry was replaced. */
  created: boolean;
  /** Articles whose claims were re-resolved with the new registry (those that mention the outlet or carry it). */
  reresolved: { articleId: string; title: string; claimsChanged: number }[];
}

/** Links from a claim to its outlet's site: http(s) only, null when there is none. */
export interface OutletLinks {
  outlet: { id: string; name: string; domain: string; stated: boolean; kindLabel?: string; setBy?: 'reviewer' } | null;
  home: string | null;
  search: string | null;
  /** The article's own URL, and a web-archive lookup of it. */
  articleUrl: string | null;
  articleArchive: string | null;
}

export interface ArticleView {
  id: string;
  meta: ArticleMeta;
  text: string;
  claims: Claim[];
  skipped: SkippedLine[];
  /** Reviews by claim id; a claim without an entry is pending. */
  reviews: Record<string, ClaimReview>;
  /** Reviews left without a claim by a re-import or a correction (issue 5). */
  orphans?: OrphanView[];
  corrections?: CorrectionView[];
  /** claimId -> the kinds of correction the claim carries. */
  corrected?: Record<string, CorrectionType[]>;
  version?: number;
  /** The registry's entry (shipped or the person's) of every outlet the claims name or inherit, by id. */
  outlets?: Record<string, OutletInfo>;
}

export interface WorkspaceInfo {
  path: string;
  readOnly: boolean;
  /** Messages for the person about what happened when the workspace was opened (recovery, migration). */
  notices: string[];
  /** Changes not on disk yet and why (disk full, folder gone); they are kept in memory and retried. */
  saveState: SaveState;
  settings: WorkspaceSettings;
  articles: ArticleSummary[];
  /** The kinds a person can give an outlet of their own, with the words the window shows. */
  outletKinds: { kind: OutletKind; label: string }[];
}

export interface ReportPreview {
  markdown: string;
  /** Sanitised HTML of the Markdown (marked, then an allow-list sanitiser), with the status chart. */
  html: string;
  suggestedName: string;
  format: ReportFormat;
  /** The file's text for csv, json and claimreview (cut at 200,000 characters); absent for md, html, pdf. */
  text?: string;
  truncated?: boolean;
  /** Claims listed with the options chosen, of the total in the chosen articles. */
  listed: number;
  total: number;
  warnings: string[];
}

/** Report options (issue 7); every field has a default. */
export interface ReportExportOptions {
  /** Leave pending claims out (default false). */
  reviewedOnly?: boolean;
  /** Only claims with at least this check-worthiness, 0..1 (default 0). */
  minCheckworthiness?: number;
  groupBy?: 'article' | 'status' | 'outlet';
  pageSize?: PageSize;
  /** Where the report will be published (ClaimReview urls). */
  reportUrl?: string;
  /** 'compact': a claim in a few lines, for long reviews (HTML and PDF; issue 14). */
  layout?: 'full' | 'compact';
}

/** One article (articleId) or several (articleIds, e.g. from the library); a format (default md) and options. */
export interface ReportRequest {
  articleId?: string;
  articleIds?: string[];
  format?: ReportFormat;
  options?: ReportExportOptions;
}

/** 'import-preview' comes with the preview of a file the app was asked to open (a second start, the file manager). */
export type MenuCommand =
  'import-file' | 'import-paste' | 'import-url' | 'import-preview' | 'export-report' | 'show-library' | 'show-help';

// ---- Profile, published verdicts and claims already checked (issue 14) ----
import type { ReviewerProfile } from '../core/review/profile';
import type { RatingScale } from '../core/review/rating-scale';
import type { Verdict } from '../core/review/verdict';
export type { ReviewerProfile } from '../core/review/profile';
export type { RatingScale } from '../core/review/rating-scale';
export type { Verdict } from '../core/review/verdict';

/** The app's own settings (user data folder, never a workspace). */
export interface AppSettingsView {
  /** null until the person says who they are: the window asks on first start. */
  profile: ReviewerProfile | null;
  ratingScale: RatingScale;
  defaultRatingScale: RatingScale;
  /** What went wrong reading the settings file, for the person. */
  notice: string | null;
}

export interface ClaimVerdictView {
  claimId: string;
  /** The claim as checked (what ClaimReview publishes as claimReviewed). */
  wording: string;
  defaultWording: string;
  verdict: Verdict | null;
}

export interface VerdictsView {
  ratingScale: RatingScale;
  /** Every reviewable claim of the article, by id. */
  claims: Record<string, ClaimVerdictView>;
}

/** A reviewed claim that a claim of the open article repeats. */
export interface ClaimMatchView {
  kind: 'same-speaker' | 'near-identical';
  /** Wording similarity, 0..1. */
  similarity: number;
  workspace: { path: string; name: string; current: boolean };
  articleId: string;
  articleTitle: string;
  claimId: string;
  wording: string;
  speaker: string;
  status: ReviewStatus;
  verdict: { rating: string; explanation: string } | null;
  note: string;
  reviewer: string;
  updatedAt: string;
}

export interface MatchesView {
  /** claimId -> the reviewed claims it repeats, best first; claims without a match are left out. */
  matches: Record<string, ClaimMatchView[]>;
  /** The workspaces searched and how many reviewed claims each holds. */
  searched: { name: string; current: boolean; reviewed: number }[];
}

export interface ProfileVerdictContract {
  getAppSettings: { request: Record<string, never>; response: AppSettingsView };
  saveProfile: { request: { profile: ReviewerProfile }; response: AppSettingsView };
  saveRatingScale: { request: { ratingScale: RatingScale }; response: AppSettingsView };
  getVerdicts: { request: { articleId: string }; response: VerdictsView };
  /** rating null takes the verdict away; wording '' goes back to the default wording. */
  setVerdict: {
    request: { articleId: string; claimId: string; rating?: string | null; explanation?: string; wording?: string };
    response: ClaimVerdictView;
  };
  /** Matches every claim of the article against the reviewed claims of this and the recent workspaces. */
  findMatches: { request: { articleId: string }; response: MatchesView };
}

const profileVerdictChannels = {
  getAppSettings: 'app-settings:get',
  saveProfile: 'app-settings:save-profile',
  saveRatingScale: 'app-settings:save-rating-scale',
  getVerdicts: 'verdict:list',
  setVerdict: 'verdict:set',
  findMatches: 'match:find',
} as const satisfies Record<keyof ProfileVerdictContract, string>;
// ---- end of issue 14's block ----

/** channel name -> request -> response. */
export interface Contract extends ProfileVerdictContract {
  getWorkspace: { request: Record<string, never>; response: WorkspaceInfo };
  getArticle: { request: { articleId: string }; response: ArticleView };
  /** Reads an article (pasted text, a file's text, or a URL fetched in main) for the person to check; saves nothing. */
  previewImport: {
    /** dataBase64: a file's bytes, decoded in main like a file opened from the menu (UTF-16, Latin-1, BOMs). */
    request: {
      text?: string;
      dataBase64?: string;
      fileName?: string;
      title?: string;
      url?: string;
      /** In-process callers only (the CLI's --allow-private-network): validate.ts refuses it from the window. */
      allowPrivateNetwork?: boolean;
      /** Names the job so that importProgress reports on it and cancelImport can stop it. */
      jobId?: string;
    };
    response: ImportPreview;
  };
  /** How far the previewImport started with this jobId has got (it runs in a worker); null once it has ended. */
  importProgress: { request: { jobId: string }; response: { fraction: number; stage: string } | null };
  /** Stops the previewImport started with this jobId; nothing of it is kept (it then fails with a message). */
  cancelImport: { request: { jobId: string }; response: { cancelled: boolean } };
  /** The open dialog, then previewImport of the chosen .txt, .md or .html file; null when the person cancels. */
  previewArticleFile: { request: Record<string, never>; response: ImportPreview | null };
  /** Saves a preview with the metadata as edited, as a new article or as a new version of an existing one. */
  commitImport: {
    request: { previewId: string; meta: Partial<ArticleMeta>; replaceArticleId?: string };
    response: ImportResult;
  };
  updateArticleMeta: { request: { articleId: string; meta: Partial<ArticleMeta> }; response: ArticleSummary };
  /** Deletes an article (kept in the workspace's trash so that the deletion can be undone). */
  deleteArticle: { request: { articleId: string }; response: { articleId: string; title: string } };
  restoreArticle: { request: { articleId: string }; response: ArticleSummary };
  /** Marks several claims at once (one change on disk). */
  setReviews: {
    request: { articleId: string; claimIds: string[]; status: ReviewStatus };
    response: Record<string, ClaimReview>;
  };
  addEvidence: {
    request: { articleId: string; claimId: string; url: string; title?: string; archivedUrl?: string };
    response: ClaimReview;
  };
  removeEvidence: { request: { articleId: string; claimId: string; evidenceId: string }; response: ClaimReview };
  /** Corrects the extraction (speaker, span, split, merge, add, hide); kept and re-applied after re-extraction. */
  correctClaim: {
    request: { articleId: string; correction: CorrectionRequest };
    /** carried / notCarried: for a merge or split, what the new claims took over from their parts, and what not. */
    response: { article: ArticleView; correctionId: string; carried?: string[]; notCarried?: string[] };
  };
  removeCorrection: { request: { articleId: string; correctionId: string }; response: ArticleView };
  /** Gives an orphaned review to a claim the person chooses. */
  attachOrphan: { request: { articleId: string; orphanId: string; claimId: string }; response: ArticleView };
  outletLinks: { request: { articleId: string; claimId: string }; response: OutletLinks };
  /** The web archive's captures of an http(s) address; bad-request for any other address. */
  archiveLink: { request: { url: string }; response: { url: string } };
  /** Type-ahead over the registry and the person's outlets (names, aliases, domains, acronyms). */
  searchOutlets: { request: { query: string; limit?: number }; response: { results: OutletSearchResult[] } };
  /**
   * Adds an outlet, or corrects one (same id; a shipped one too), in the workspace; re-resolves the articles it
   * concerns.
   */
  saveUserOutlet: { request: { outlet: UserOutletInput }; response: SaveUserOutletResult };
  /** Claims and review progress per outlet, in an article (when given) and in the whole workspace. */
  outletStats: { request: { articleId?: string }; response: OutletStatsView };
  /** Opens an http(s) link in the system browser. */
  openExternal: { request: { url: string }; response: { opened: true } };
  setImportSettings: { request: { allowPrivateNetwork: boolean }; response: WorkspaceSettings };
  /** Shows the system's open dialog in the main process and imports the chosen .txt or .md file. */
  setReview: {
    /** reviewer: who marks it (the CLI's --reviewer); the workspace's reviewer name when absent or blank. */
    request: { articleId: string; claimId: string; status?: ReviewStatus; note?: string; reviewer?: string };
    response: ClaimReview;
  };
  updateSettings: { request: Partial<WorkspaceSettings>; response: WorkspaceSettings };
  /** The review statuses in their order, with the word and glyph the window and the reports show for each. */
  reviewStatuses: {
    request: Record<string, never>;
    response: { status: ReviewStatus; label: string; glyph: string }[];
  };
  /** The report formats in the order the window offers them, with what each one's options change. */
  reportFormats: { request: Record<string, never>; response: ({ format: ReportFormat } & ReportFormatInfo)[] };
  renderReport: { request: ReportRequest; response: ReportPreview };
  /** Shows the save dialog (with the format's extension) and writes the report; null when the person cancels. */
  saveReport: { request: ReportRequest; response: { path: string; format: ReportFormat; bytes: number } | null };
  /** Sync with a newsroom's CouchDB (issue 16): whether this workspace is connected, and how it stands. */
  getSyncState: { request: Record<string, never>; response: SyncState };
  /** Checks the account with the server, keeps the password with the system's keychain, and syncs continuously. */
  connectSync: { request: { server: string; db: string; user: string; password: string }; response: SyncState };
  disconnectSync: { request: Record<string, never>; response: SyncState };
  /** Chooses one version of a claim's review that colleagues marked differently while apart. */
  resolveSyncConflict: { request: { articleId: string; claimId: string; rev: string }; response: ClaimReview };
}

export type ChannelName = keyof Contract;
export type Request<K extends ChannelName> = Contract[K]['request'];
export type Response<K extends ChannelName> = Contract[K]['response'];

/** The IPC channel string for each contract entry. */
export const channels = {
  getWorkspace: 'workspace:get',
  getArticle: 'article:get',
  previewImport: 'import:preview',
  previewArticleFile: 'import:preview-file',
  commitImport: 'import:commit',
  importProgress: 'import:progress',
  cancelImport: 'import:cancel',
  updateArticleMeta: 'article:update-meta',
  deleteArticle: 'article:delete',
  restoreArticle: 'article:restore',
  setReviews: 'review:set-many',
  addEvidence: 'review:add-evidence',
  removeEvidence: 'review:remove-evidence',
  correctClaim: 'correction:apply',
  removeCorrection: 'correction:remove',
  attachOrphan: 'review:attach-orphan',
  outletLinks: 'outlet:links',
  archiveLink: 'outlet:archive-link',
  searchOutlets: 'outlet:search',
  saveUserOutlet: 'outlet:save-user',
  outletStats: 'outlet:stats',
  openExternal: 'link:open-external',
  setImportSettings: 'settings:import',
  setReview: 'review:set',
  getSyncState: 'sync:state',
  connectSync: 'sync:connect',
  disconnectSync: 'sync:disconnect',
  resolveSyncConflict: 'sync:resolve-conflict',
  updateSettings: 'settings:update',
  renderReport: 'report:render',
  saveReport: 'report:save',
  ...profileVerdictChannels,
  reportFormats: 'report:formats',
  reviewStatuses: 'review:statuses',
} as const satisfies Record<ChannelName, string>;

/** Main -> window notifications (menu commands); the preload exposes one subscriber for them. */
export const MENU_COMMAND_EVENT = 'menu:command';

/** not-saved: the change was applied and is kept, but the disk refused it for now (it is retried). */
export type ErrorCode = 'bad-request' | 'forbidden' | 'not-found' | 'read-only' | 'not-saved' | 'locked' | 'failed';

/** Every call resolves to a Result: errors are typed values, never a crash or a rejected promise. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** What the preload exposes as `window.claimdesk`. */
export type Bridge = {
  [K in ChannelName]: (request: Request<K>) => Promise<Result<Response<K>>>;
} & {
  onMenuCommand(listener: (command: MenuCommand, preview?: ImportPreview) => void): void;
};
