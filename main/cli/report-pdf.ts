// PDF outside the app: the report's HTML printed by a headless Chromium through playwright-core (installed with
// the project's dev dependencies), with JavaScript off and every network request refused. The Chromium is the
// one the tests use: CHROMIUM_PATH, the system's Chromium, or Playwright's own browser when one is installed.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PdfLayout, PdfPrinter } from '../core/report/pdf-layout';
import { CliError } from './io';
import type * as PlaywrightCoreModule from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

type PlaywrightCore = typeof PlaywrightCoreModule;

// Loaded at run time, not bundled: the bundle's own require finds it beside the project; the working folder's
// node_modules is the fallback (tests running the source through tsx).
async function loadPlaywright(): Promise<PlaywrightCore | null> {
  const attempts: (() => unknown)[] = [
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time lookup, kept out of the bundle
    () => (typeof require === 'function' ? require('playwright-core') : null),
    () => createRequire(join(process.cwd(), 'noop.js'))('playwright-core'),
  ];
  for (const attempt of attempts) {
    try {
      const mod = attempt() as PlaywrightCore | null;
      if (mod?.chromium) return mod;
    } catch {
      /* try the next way */
    }
  }
  return null;
}

/** The Chromium binary to print with, or null with the places looked at. */
/** `places` replaces the usual places (and Playwright's own browser) when given: tests use it. */
export async function findPdfChromium(
  env: NodeJS.ProcessEnv = process.env,
  places?: readonly string[],
): Promise<{ path: string | null; looked: string[] }> {
  const looked: string[] = [];
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    looked.push(`CHROMIUM_PATH (${fromEnv})`);
    if (existsSync(fromEnv)) return { path: fromEnv, looked };
  }
  for (const p of places ?? CANDIDATES) {
    looked.push(p);
    if (existsSync(p)) return { path: p, looked };
  }
  if (places) return { path: null, looked };
  const pw = await loadPlaywright();
  try {
    const bundled = pw?.chromium.executablePath();
    looked.push("Playwright's own Chromium");
    if (bundled && existsSync(bundled)) return { path: bundled, looked };
  } catch {
    /* no browser of Playwright's own */
  }
  return { path: null, looked };
}

export async function chromiumPdfPrinter(
  env: NodeJS.ProcessEnv = process.env,
  places?: readonly string[],
): Promise<{ printer: PdfPrinter; chromium: string }> {
  const pw = await loadPlaywright();
  if (!pw) {
    throw new CliError(
      'PDF needs playwright-core to drive Chromium, and it is not installed here. Run `npm ' +
        'install` in the ClaimDesk folder, or export --format html and print it from a browser.',
    );
  }
  const { path, looked } = await findPdfChromium(env, places);
  if (!path) {
    throw new CliError(
      `PDF needs a Chromium, and none was found (looked at: ${looked.join(', ')}). Install one ` +
        `(sudo apt-get install chromium) or set CHROMIUM_PATH, or export --format html and print it ` +
        `from a browser.`,
    );
  }
  const printer: PdfPrinter = async (html: string, layout: PdfLayout) => {
    const browser = await pw.chromium.launch({
      executablePath: path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      // The report is self-contained: nothing may load, whatever the HTML says.
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: layout.pageSize,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: layout.headerTemplate,
        footerTemplate: layout.footerTemplate,
        margin: layout.margin,
      });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  };
  return { printer, chromium: path };
}
