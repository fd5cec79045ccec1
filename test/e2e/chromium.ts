// Which Chromium the e2e tests launch: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
// browser when one was installed. Never a download: with none of them, the run stops with the one-line fix.
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    /* Playwright has no browser of its own here */
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium for the e2e tests. Fix: sudo apt-get install chromium (or set CHROMIUM_PATH to a Chromium binary).',
  );
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: findChromium(), args: ARGS };
}
