// The one app window, with the security baseline of ARCHITECTURE.md §7 applied before any content loads.
import { BrowserWindow, shell, type Session } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './app-files';
import { isAllowedNavigation, isExternalLinkAllowed, permissionAllowed, WEB_PREFERENCES } from './security';

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_wc, permission) => permissionAllowed(permission));
  // No remote content in the app window: only the app's own protocol (and devtools) may load anything.
  session.webRequest.onBeforeRequest((details, callback) => {
    const ok = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !ok });
  });
}

export function createMainWindow(distDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 900,
    minHeight: 560,
    title: 'ClaimDesk',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: { ...WEB_PREFERENCES, preload: join(distDir, 'preload.cjs') },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) {
      event.preventDefault();
      if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    }
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
