import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recorded, resetMocks, Session } from '../mocks/electron';
import { APP_ORIGIN } from '../../main/electron/app-files';
import { isAllowedNavigation, isExternalLinkAllowed, WEB_PREFERENCES } from '../../main/electron/security';
import { createMainWindow, lockDownSession } from '../../main/electron/window';
import PACKAGE from '../../package.json' with { type: 'json' };

// The same module instance that main/electron/ receives for 'electron' (see test/mocks/register.mjs).
const mock = { recorded, resetMocks };

// Written out here, not read from main/electron/security.ts: the window must get these values whatever that
// module or createMainWindow does with them.
const BASELINE = {
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
};

test('the window is created with the whole security baseline and the built preload', () => {
  mock.resetMocks();
  const win = createMainWindow('/app/dist') as unknown as {
    options: { webPreferences: Record<string, unknown> };
    webContents: any;
  };
  assert.deepEqual(win.options.webPreferences, { ...BASELINE, preload: '/app/dist/preload.cjs' });
  assert.equal(win.webContents.loadedUrl, `${APP_ORIGIN}/index.html`, 'content comes from app://, never file://');
  // The preload the window names is the file the build writes.
  assert.match(PACKAGE.scripts['build:preload'], /--outfile=dist\/preload\.cjs(\s|$)/);
});

test('the shared preferences cannot be changed at run time', () => {
  assert.ok(Object.isFrozen(WEB_PREFERENCES));
  assert.throws(() => {
    (WEB_PREFERENCES as Record<string, unknown>).sandbox = false;
  }, TypeError);
});

test('new windows are denied; only http(s) links go to the system browser', () => {
  mock.resetMocks();
  const win = createMainWindow('/app/dist') as unknown as { webContents: any };
  for (const url of [
    'https://example.org/a',
    'http://example.org/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://claimdesk/x',
    'data:text/html,hi',
  ]) {
    assert.deepEqual(win.webContents.windowOpenHandler({ url }), { action: 'deny' });
  }
  assert.deepEqual(mock.recorded.openedExternally, ['https://example.org/a', 'http://example.org/']);
});

test('the window never navigates away from its page', () => {
  mock.resetMocks();
  const win = createMainWindow('/app/dist') as unknown as { webContents: any };
  for (const url of [
    'https://evil.example/',
    'file:///etc/passwd',
    'app://claimdesk/other.html',
    'javascript:alert(1)',
  ]) {
    let prevented = false;
    win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    assert.ok(prevented, `navigation to ${url} is blocked`);
  }
  assert.deepEqual(mock.recorded.openedExternally, ['https://evil.example/']);
  let webviewPrevented = false;
  win.webContents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) });
  assert.ok(webviewPrevented);
  assert.equal(isAllowedNavigation(`${APP_ORIGIN}/index.html`), true);
});

test('external links: http(s) only, no credentials', () => {
  assert.equal(isExternalLinkAllowed('https://www.reuters.com/world/'), true);
  for (const url of [
    'javascript:alert(1)',
    'file:///C:/x',
    'smb://host/share',
    'https://user:pw@host/',
    'vbscript:x',
    'not a url',
  ]) {
    assert.equal(isExternalLinkAllowed(url), false, url);
  }
});

test('every permission request is denied and nothing remote loads', () => {
  const s = new Session();
  lockDownSession(s as never);
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
    let granted: boolean | undefined;
    s.permissionRequestHandler!({}, permission, (ok: boolean) => (granted = ok));
    assert.equal(granted, false, permission);
    assert.equal(s.permissionCheckHandler!({}, permission), false);
  }
  const decide = (url: string) => {
    let cancel: boolean | undefined;
    s.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
    return cancel;
  };
  assert.equal(decide('app://claimdesk/app.js'), false);
  assert.equal(decide('https://tracker.example/pixel.gif'), true);
  assert.equal(decide('http://127.0.0.1:8080/'), true);
  assert.equal(decide('file:///etc/passwd'), true);
});
