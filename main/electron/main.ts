// Electron entry point: single-instance lock, app:// protocol, the workspace API, the window and its menu.
import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { openAppApi } from '../api/app-api';
import { APP_ORIGIN } from './app-files';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveAppFiles } from './protocol';
import { createMainWindow, lockDownSession } from './window';

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another ClaimDesk owns the workspace file; it is focused instead of a second writer starting.
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (e) => {
    console.error('ClaimDesk could not start:', e);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const root = app.getAppPath();
  const distDir = join(root, 'dist');
  lockDownSession(session.defaultSession);
  serveAppFiles(join(distDir, 'renderer'));
  const api = await openAppApi({
    workspacePath: process.env.CLAIMDESK_WORKSPACE || join(app.getPath('userData'), 'workspace.json'),
    seedsDir: join(root, 'seeds'),
    dialogs: electronDialogs(() => mainWindow),
    trustedOrigins: [APP_ORIGIN],
    log: (e) => console.error(e),
  });
  registerIpc(api.dispatch);
  installMenu(() => mainWindow);
  mainWindow = createMainWindow(distDir);
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('before-quit', () => void api.close());
}
