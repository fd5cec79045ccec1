// File menu actions for workspaces (New, Open, Open Recent, Save As), a clean close on quit, and requests
// handed over by a second app instance (a workspace or an article file named on its command line).
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { addArticle } from '../api/articles';
import { runImportJob } from '../import/import-runner';
import type { WorkspaceSession } from './workspace-session';

export interface WorkspaceMenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(path: string): void;
  recent(): Promise<string[]>;
  saveWorkspaceAs(): void;
}

const WORKSPACE_FILTER = [{ name: 'ClaimDesk workspace', extensions: ['json'] }];

export function workspaceMenuActions(
  workspaces: WorkspaceSession,
  window: () => BrowserWindow | null,
  onSwitched: () => void,
): WorkspaceMenuActions {
  const switchTo = async (path: string) => {
    try {
      await workspaces.open(path);
      window()?.webContents.reload(); // the window asks the new workspace for everything again
      onSwitched();
    } catch (e) {
      dialog.showErrorBox('ClaimDesk could not open that workspace', (e as Error).message);
    }
  };
  return {
    newWorkspace: () => {
      void (async () => {
        const result = await dialog.showSaveDialog({
          title: 'New workspace',
          defaultPath: 'Fact-check desk.json',
          filters: WORKSPACE_FILTER,
        });
        if (!result.canceled && result.filePath) await switchTo(result.filePath);
      })();
    },
    openWorkspace: () => {
      void (async () => {
        const result = await dialog.showOpenDialog({
          title: 'Open a workspace',
          properties: ['openFile'],
          filters: WORKSPACE_FILTER,
        });
        const path = result.filePaths[0];
        if (!result.canceled && path) await switchTo(path);
      })();
    },
    openRecent: (path) => void switchTo(path),
    recent: () => workspaces.recentList(),
    saveWorkspaceAs: () => {
      void (async () => {
        const result = await dialog.showSaveDialog({
          title: 'Save the workspace as',
          defaultPath: basename(workspaces.path ?? 'workspace.json'),
          filters: WORKSPACE_FILTER,
        });
        if (result.canceled || !result.filePath) return;
        try {
          await workspaces.saveAs(result.filePath);
          window()?.webContents.reload();
          onSwitched();
        } catch (e) {
          dialog.showErrorBox('ClaimDesk could not save the workspace there', (e as Error).message);
        }
      })();
    },
  };
}

/** Quitting waits until the workspace is closed cleanly (journal folded into the snapshot, lock released). */
export function closeCleanlyOnQuit(workspaces: WorkspaceSession): void {
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void workspaces.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

/** A second `claimdesk` start hands its command line to this instance instead of writing the workspace too. */
export function forwardSecondInstances(workspaces: WorkspaceSession, window: () => BrowserWindow | null): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const win = window();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    void (async () => {
      for (const arg of argv.slice(1)) {
        if (arg.startsWith('-')) continue;
        const path = resolve(workingDirectory, arg);
        const ext = extname(path).toLowerCase();
        try {
          if (ext === '.json') {
            await workspaces.open(path);
          } else if (['.txt', '.md', '.markdown', '.html', '.htm'].includes(ext)) {
            const api = await workspaces.open(workspaces.path ?? path);
            // Read in the import worker: a big page must not freeze the window (issue 11).
            const job = { kind: 'bytes', bytes: await readFile(path), fileName: basename(path) } as const;
            const read = await runImportJob(job, { userOutlets: api.store.data.userOutlets ?? [] });
            await addArticle(api.store, read.draft, read.source, new Date(), read.extraction());
          } else {
            continue;
          }
          window()?.webContents.reload();
        } catch (e) {
          dialog.showErrorBox(`ClaimDesk could not open ${basename(path)}`, (e as Error).message);
        }
      }
    })();
  });
}
