import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { APP_CSP, appResponseHeaders, resolveAppFile } from '../../main/electron/app-files';

const root = resolve('/srv/claimdesk/dist/renderer');

test('app URLs resolve to files inside the renderer folder', () => {
  assert.equal(resolveAppFile(root, 'app://claimdesk/index.html'), join(root, 'index.html'));
  assert.equal(resolveAppFile(root, 'app://claimdesk/'), join(root, 'index.html'));
  assert.equal(resolveAppFile(root, 'app://claimdesk/app.js?x=1#y'), join(root, 'app.js'));
});

for (const url of [
  'app://claimdesk/../package.json',
  'app://claimdesk/..%2F..%2Fpackage.json',
  'app://claimdesk/%2e%2e/%2e%2e/etc/passwd',
  'app://claimdesk/%2E%2E%2Fsecret',
  'app://claimdesk/..%5C..%5Cwindows%5Cwin.ini',
  'app://claimdesk/%2Fetc%2Fpasswd',
  'app://claimdesk//etc/passwd',
  'app://claimdesk/C:%5CWindows%5Cwin.ini',
  'app://claimdesk/index.html%00.png',
  'app://claimdesk/%',
  'not a url',
]) {
  test(`no way out of the renderer folder: ${url}`, () => {
    const file = resolveAppFile(root, url);
    assert.ok(file === null || file.startsWith(root + '/'), `${url} resolved to ${file}`);
  });
}

test('every served file carries the strict CSP of ARCHITECTURE.md §7', () => {
  assert.equal(
    APP_CSP.split('; ').slice(0, 4).join('; '),
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:",
  );
  const headers = appResponseHeaders('/x/index.html');
  assert.equal(headers['Content-Security-Policy'], APP_CSP);
  assert.equal(headers['Content-Type'], 'text/html; charset=utf-8');
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(APP_CSP));
});
