// Opens a workspace and wires store, handlers and dispatch together: what the Electron main process and the
// e2e test bridge both run, so tests exercise everything but the thin Electron layer.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticleInput } from '../import/article-input';
import { WorkspaceStore } from '../store/workspace-store';
import { addArticle } from './articles';
import type { Dialogs } from './dialogs';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';

export interface AppApiOptions {
  workspacePath: string;
  /** Folder of sample articles imported into a new workspace. */
  seedsDir?: string;
  dialogs: Dialogs;
  trustedOrigins: readonly string[];
  now?: () => Date;
  log?: (error: unknown) => void;
}

export interface AppApi {
  store: WorkspaceStore;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export async function openAppApi(options: AppApiOptions): Promise<AppApi> {
  const now = options.now ?? (() => new Date());
  const store = await WorkspaceStore.open(options.workspacePath, { now });
  if (store.isNew && options.seedsDir) await seedWorkspace(store, options.seedsDir, now());
  const handlers = createHandlers({ store, dialogs: options.dialogs, now });
  return {
    store,
    handlers,
    dispatch: createDispatch(handlers, options.trustedOrigins, options.log),
    async close() {
      await store.flush();
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
