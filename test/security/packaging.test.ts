// The packaged build's Electron fuses (ARCHITECTURE.md §7): flipped by electron-builder at package time, so the
// config is what can be checked here. A fuse left on, or the block removed, fails this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';

interface BuilderConfig {
  asar?: boolean;
  files?: string[];
  electronFuses?: Record<string, boolean>;
}

test('electron-builder flips every fuse a ClaimDesk build does not need', async () => {
  const config = load(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;
  assert.deepEqual(config.electronFuses, {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  });
});

test('the package is an asar of the build output and the seeds only', async () => {
  const config = load(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;
  assert.equal(config.asar, true);
  assert.deepEqual(config.files, ['dist/**/*', '!dist/**/*.map', 'seeds/**/*', 'package.json']);
});
