// PDF printing in the app (issue 7): the report's HTML is loaded into a hidden, sandboxed window with
// JavaScript off, in a session of its own that loads nothing but that one document, and printed with
// webContents.printToPDF (A4 or Letter, page numbers from Chromium's header and footer templates).
import { BrowserWindow, session } from 'electron';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfLayout, PdfPrinter } from '../core/report/pdf-layout';
import { WEB_PREFERENCES } from './security';

const PRINT_PARTITION = 'claimdesk-print';
// Chromium refuses URLs over 2 MB; larger reports go through a temporary file the print session alone may read.
const MAX_DATA_URL = 1_900_000;
const TIMEOUT_MS = 60_000;

let allowedUrl: string | null = null;
let sessionReady = false;

function printSession(): Electron.Session {
  const s = session.fromPartition(PRINT_PARTITION, { cache: false });
  if (!sessionReady) {
    sessionReady = true;
    s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    s.setPermissionCheckHandler(() => false);
    // The report is self-contained: the document itself is the only request the print window may make.
    s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowedUrl }));
  }
  return s;
}

const mmToInches = (css: string) => {
  const m = /^([\d.]+)mm$/.exec(css);
  return m ? Number(m[1]) / 25.4 : 0.6;
};

let queue: Promise<unknown> = Promise.resolve();

/** One print at a time: the print session admits exactly one document. */
export const printHtmlToPdf: PdfPrinter = (html, layout) => {
  const next = queue.then(() => printOne(html, layout));
  queue = next.catch(() => undefined);
  return next;
};

async function printOne(html: string, layout: PdfLayout): Promise<Uint8Array> {
  const bytes = Buffer.from(html, 'utf8');
  let tempFile: string | null = null;
  let url = `data:text/html;charset=utf-8;base64,${bytes.toString('base64')}`;
  if (url.length > MAX_DATA_URL) {
    tempFile = join(tmpdir(), `claimdesk-report-${randomUUID()}.html`);
    await writeFile(tempFile, bytes, { mode: 0o600 });
    url = pathToFileURL(tempFile).href;
  }
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...WEB_PREFERENCES, javascript: false, spellcheck: false, session: printSession() },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  allowedUrl = url;
  try {
    await withTimeout(win.loadURL(url), 'The report did not load for printing.');
    const pdf = await withTimeout(
      win.webContents.printToPDF({
        pageSize: layout.pageSize,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: layout.headerTemplate,
        footerTemplate: layout.footerTemplate,
        margins: {
          top: mmToInches(layout.margin.top),
          bottom: mmToInches(layout.margin.bottom),
          left: mmToInches(layout.margin.left),
          right: mmToInches(layout.margin.right),
        },
      }),
      'Printing the report to PDF took too long.',
    );
    return new Uint8Array(pdf);
  } finally {
    allowedUrl = null;
    win.destroy();
    if (tempFile) await rm(tempFile, { force: true });
  }
}

function withTimeout<T>(promise: Promise<T>, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
