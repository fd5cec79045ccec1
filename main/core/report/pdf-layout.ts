// What a printed report looks like around its content: page size, margins and the header and footer templates
// (Chromium's, shared by Electron's printToPDF and Playwright's page.pdf). The templates are built here from the
// report's title (escaped) and Chromium's page-number placeholders.
import { escapeHtml } from './html';
import type { PageSize } from './formats';

export interface PdfLayout {
  pageSize: PageSize;
  /** CSS lengths. */
  margin: { top: string; bottom: string; left: string; right: string };
  headerTemplate: string;
  footerTemplate: string;
}

/** A PDF printer: HTML in, PDF bytes out (Electron in the app, Chromium through Playwright in the CLI and tests). */
export type PdfPrinter = (html: string, layout: PdfLayout) => Promise<Uint8Array>;

const TEMPLATE_STYLE =
  'font-family: Arial, Helvetica, sans-serif; font-size: 8px; color: #555; width: 100%; ' +
  'padding: 0 15mm; display: flex; justify-content: space-between;';

export function pdfLayout(pageSize: PageSize, title: string): PdfLayout {
  const shortTitle = title.length > 90 ? `${title.slice(0, 89)}…` : title;
  return {
    pageSize,
    margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
    headerTemplate:
      `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(shortTitle)}</span><span>ClaimDesk ` +
      `verification report</span></div>`,
    footerTemplate:
      `<div style="${TEMPLATE_STYLE}"><span></span><span>Page <span class="pageNumber"></span> of ` +
      `<span class="totalPages"></span></span></div>`,
  };
}
