// What every handler group receives, and the lookups they share.
import type { PdfPrinter } from '../../core/report/pdf-layout';
import { signerName } from '../../core/review/profile';
import type { AppSettings } from '../../store/app-settings';
import type { ArticleRecord } from '../../store/schema';
import type { WorkspaceStore } from '../../store/workspace-store';
import type { WorkspaceSyncService } from '../../sync/service';
import type { Contract, Request, Response } from '../contract';
import type { Dialogs } from '../dialogs';
import { ApiError } from '../errors';

export interface HandlerDeps {
  store: WorkspaceStore;
  dialogs: Dialogs;
  now: () => Date;
  /** Opens http(s) links in the system browser (Electron's shell; tests record them). Absent: links cannot open. */
  external?: ExternalLinks;
  /** Prints a report's HTML to PDF (Electron in the app); without it, PDF export says it is not available. */
  printPdf?: PdfPrinter;
  /** The app's own settings (the reviewer's profile, the rating scale); absent in tools without a user folder. */
  appSettings?: AppSettings;
  /** The recent workspaces' paths, most recent first (claims already checked are searched there too). */
  recentWorkspaces?: () => Promise<string[]>;
  /** Sync with a CouchDB server (issue 16); absent where no credential store is given. */
  sync?: WorkspaceSyncService;
}

/** The name each change is signed with: the person's profile (see core/review/profile.ts). */
export function signer(deps: Pick<HandlerDeps, 'appSettings' | 'store'>): string {
  return signerName(deps.appSettings ? deps.appSettings.profile : undefined, deps.store.data.settings.reviewerName);
}

export interface ExternalLinks {
  openExternal(url: string): Promise<void>;
}

/** Handlers for a subset of the contract's channels. */
export type HandlerGroup<K extends keyof Contract> = { [P in K]: (request: Request<P>) => Promise<Response<P>> };

export type Handlers = HandlerGroup<keyof Contract>;

export function requireArticle(store: WorkspaceStore, id: string): ArticleRecord {
  const found = store.data.articles.find((a) => a.id === id);
  if (!found) throw new ApiError('not-found', 'That article is no longer in the workspace.');
  return found;
}
