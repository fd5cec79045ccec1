// Playwright runs the built renderer (dist/renderer) in the system's Chromium with the real API behind a test
// bridge (see harness.ts). No web server and no browser download: Chromium comes from CHROMIUM_PATH or Debian.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  reporter: 'list',
  // One retry on CI only: a test that passes on its retry is still reported as flaky in the output.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  fullyParallel: false,
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions(),
  },
});
