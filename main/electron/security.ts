// The window's security settings and the checks its handlers make (ARCHITECTURE.md §7, Electron's checklist).
// Plain data and pure functions, no electron import, so that unit tests assert them directly.
import { originOf } from '../api/dispatch';
import { httpUrl } from '../core/urls';
import { APP_ORIGIN } from './app-files';

/** webPreferences of the one window; asserted by test/electron/window.test.ts. */
export const WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: true,
  safeDialogs: true,
});

/** The window never navigates away from its own page. */
export function isAllowedNavigation(url: string): boolean {
  return originOf(url) === APP_ORIGIN && new URL(url).pathname === '/index.html';
}

/** Only http(s) links ever reach the system browser. */
export function isExternalLinkAllowed(url: string): boolean {
  return httpUrl(url) !== null;
}

/** The window asks for no permission (camera, notifications, geolocation...); every request is denied. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}
