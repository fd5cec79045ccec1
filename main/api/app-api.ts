// Opens a workspace and wires store, handlers and dispatch together: what the Electron main process and the
// e2e test bridge both run, so tests exercise everything but the thin Electron layer.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PdfPrinter } from '../core/report/pdf-layout';
import { readArticleInput } from '../import/article-input';
import type { AppSettings } from '../store/app-settings';
import type { LockOwner } from '../store/lock';
import { WorkspaceStore } from '../store/workspace-store';
import type { CredentialStore } from '../sync/credentials';
import { WorkspaceSyncService } from '../sync/service';
import { addArticle } from './articles';
import type { Dialogs } from './dialogs';
import type { ExternalLinks } from './handlers/context';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';

export interface AppApiOptions {
  workspacePath: string;
  /** Folder of sample articles imported into a new workspace. */
  seedsDir?: string;
  dialogs: Dialogs;
  trustedOrigins: readonly string[];
  now?: () => Date;
  /** Take the workspace's lock as this owner (the app: 'app'); tests may leave it off. */
  lock?: LockOwner | false;
  log?: (error: unknown) => void;
  /** Opens http(s) links in the system browser (main/electron/external-links.ts in the app; tests record them). */
  external?: ExternalLinks;
  /** Prints report HTML to PDF (main/electron/pdf.ts in the app). */
  printPdf?: PdfPrinter;
  /** The app's own settings (profile, rating scale), loaded from the user data folder. */
  appSettings?: AppSettings;
  /** The recent workspaces' paths (claims already checked are matched there too). */
  recentWorkspaces?: () => Promise<string[]>;
  /** Where sync passwords are kept (encrypted with safeStorage in the app); without it, sync is not offered. */
  credentials?: CredentialStore;
}

export interface AppApi {
  store: WorkspaceStore;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export async function openAppApi(options: AppApiOptions): Promise<AppApi> {
  const now = options.now ?? (() => new Date());
  const store = await WorkspaceStore.open(options.workspacePath, { now, lock: options.lock ?? false });
  if (store.isNew && options.seedsDir) await seedWorkspace(store, options.seedsDir, now());
  const sync = options.credentials ? new WorkspaceSyncService(store, options.credentials) : undefined;
  // A workspace that was connected connects again in the background; opening never waits for the network.
  void sync?.resume().catch((e: unknown) => options.log?.(e));
  const handlers = createHandlers({
    store,
    ...(sync ? { sync } : {}),
    dialogs: options.dialogs,
    now,
    printPdf: options.printPdf,
    external: options.external,
    appSettings: options.appSettings,
    recentWorkspaces: options.recentWorkspaces,
  });
  return {
    store,
    handlers,
    dispatch: createDispatch(handlers, options.trustedOrigins, options.log),
    async close() {
      await sync?.close();
      await store.close();
    },
  };
}

async function seedWorkspace(store: WorkspaceStore, seedsDir: string, now: Date): Promise<void> {
  const names = (await readdir(seedsDir)).filter((n) => /\.(txt|md)$/i.test(n)).sort();
  for (const name of names) {
    const content = await readFile(join(seedsDir, name), 'utf8');
    await addArticle(store, readArticleInput(content, { fileName: name }), { kind: 'seed', fileName: name }, now);
  }
}
