// Drives the real Electron app (main process, preload, app:// protocol) when an Electron binary is on this
// machine; otherwise says why and skips. Everything but this thin layer is covered by the Chromium specs.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './harness';

function electronBinary(): { path: string | null; reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const distDir = override || join(REPO_ROOT, 'node_modules/electron/dist');
  const name =
    process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron';
  const candidate = join(distDir, name);
  if (existsSync(candidate)) return { path: candidate, reason: '' };
  return {
    path: null,
    reason: override
      ? `ELECTRON_OVERRIDE_DIST_PATH=${override} holds no ${name}`
      : `node_modules/electron/dist is missing (the Electron download did not run) and ` +
        `ELECTRON_OVERRIDE_DIST_PATH is not set`,
  };
}

test('the real app opens the sample article and marks a claim', async () => {
  const binary = electronBinary();
  test.skip(binary.path === null, `no Electron binary on this machine: ${binary.reason}`);
  const userData = await mkdtemp(join(tmpdir(), 'claimdesk-electron-'));
  const app = await electron.launch({
    executablePath: binary.path as string,
    args: [REPO_ROOT, `--user-data-dir=${userData}`, '--no-sandbox'],
    env: { ...process.env, CLAIMDESK_WORKSPACE: join(userData, 'workspace.json') } as Record<string, string>,
  });
  try {
    const window = await app.firstWindow();
    await window.locator('body[data-ready="true"]').waitFor();
    expect(window.url()).toMatch(/^app:\/\//);
    await expect(window.locator('#article-title')).toContainText('Putin');
    // The bridge offers named functions only: no ipcRenderer, no require.
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    await window.keyboard.press('v');
    await expect(window.locator('.claim-row').first().locator('.status-badge')).toHaveText(/Verified/);
    await expect(window.locator('#save-state')).toHaveText('All changes saved');
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
