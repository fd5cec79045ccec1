// Electron entry point: single-instance lock, app:// protocol, the workspace API, the window and its menu.
import { app, type BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { AppSettings } from '../store/app-settings';
import { RecentWorkspaces } from '../store/recent-workspaces';
import { APP_ORIGIN } from './app-files';
import { electronDialogs } from './dialogs';
import { electronExternalLinks } from './external-links';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import {
  closeCleanlyOnQuit,
  filesOnCommandLine,
  forwardSecondInstances,
  openFiles,
  workspaceMenuActions,
} from './workspace-menu';
import { WorkspaceSession } from './workspace-session';
import { printHtmlToPdf } from './pdf';
import { runCliMode } from './cli-install';
import { cliArguments } from './cli-shim';
import { registerAppScheme, serveAppFiles } from './protocol';
import { createMainWindow, lockDownSession } from './window';
import { CredentialStore } from '../sync/credentials';
import { safeStorageBox } from './sync-secrets';

let mainWindow: BrowserWindow | null = null;
// macOS sends open-file before the app is ready when a file starts it: kept until the window can show it.
const openedBeforeReady: string[] = [];
let ready = false;

const cliArgs = cliArguments(process.argv);
if (cliArgs) {
  // Started by the installed `claimdesk` script: one command, no window, no single-instance lock (the
  // workspace's own lock keeps a command from writing while the app has it open).
  runCliMode(cliArgs);
} else if (!app.requestSingleInstanceLock()) {
  // Another ClaimDesk owns the workspace file; it is focused instead of a second writer starting.
  app.quit();
} else {
  registerAppScheme();
  app.on('window-all-closed', () => app.quit());
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!ready) openedBeforeReady.push(path);
  });
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
  const defaultPath = join(app.getPath('userData'), 'workspace.json');
  const appSettings = await AppSettings.load(app.getPath('userData'));
  const workspaces = new WorkspaceSession({
    defaultPath,
    recent: new RecentWorkspaces(join(app.getPath('userData'), 'recent-workspaces.json')),
    seedsDir: join(root, 'seeds'),
    dialogs: electronDialogs(() => mainWindow),
    trustedOrigins: [APP_ORIGIN],
    lock: 'app',
    printPdf: printHtmlToPdf,
    appSettings,
    external: electronExternalLinks(),
    credentials: new CredentialStore(join(app.getPath('userData'), 'sync-credentials.json'), safeStorageBox()),
    log: (e) => console.error(e),
  });
  await workspaces.open(process.env.CLAIMDESK_WORKSPACE || defaultPath);
  registerIpc(workspaces.dispatch);
  const menuActions = workspaceMenuActions(
    workspaces,
    () => mainWindow,
    () => void installMenu(() => mainWindow, menuActions),
  );
  await installMenu(() => mainWindow, menuActions);
  mainWindow = createMainWindow(distDir);
  mainWindow.on('closed', () => (mainWindow = null));
  closeCleanlyOnQuit(workspaces);
  forwardSecondInstances(workspaces, () => mainWindow);
  // Files the app was started with (the file manager's "Open with", macOS's open-file) once the window listens.
  const window = () => mainWindow;
  mainWindow.webContents.once('did-finish-load', () => {
    void openFiles(workspaces, window, [...filesOnCommandLine(process.argv, process.cwd()), ...openedBeforeReady]);
    openedBeforeReady.length = 0;
    ready = true;
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ready) void openFiles(workspaces, window, [path]);
  });
}
