// The report formats, described once: the file, the save dialog's filter, and which export options apply. The
// window's export dialog, the handlers and the CLI read this table (a new format: here and in build.ts).
export const REPORT_FORMATS = ['md', 'html', 'pdf', 'json', 'csv', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportFormatInfo {
  label: string;
  extension: string;
  filterName: string;
  mime: string;
  /** The preview shows the file's text (not the rendered report). */
  textual: boolean;
  /** Every claim and review is in it, whatever the selection (so that it can be imported again). */
  complete: boolean;
  /** The export options that change this format. */
  options: {
    pageSize: boolean;
    groupBy: boolean;
    includePending: boolean;
    minCheckworthiness: boolean;
    reportUrl: boolean;
  };
}

const options = (on: (keyof ReportFormatInfo['options'])[]): ReportFormatInfo['options'] => ({
  pageSize: on.includes('pageSize'),
  groupBy: on.includes('groupBy'),
  includePending: on.includes('includePending'),
  minCheckworthiness: on.includes('minCheckworthiness'),
  reportUrl: on.includes('reportUrl'),
});
const SELECTION = ['includePending', 'minCheckworthiness'] as const;

export const FORMAT_INFO: Record<ReportFormat, ReportFormatInfo> = {
  md: {
    label: 'Markdown',
    extension: 'md',
    filterName: 'Markdown',
    mime: 'text/markdown',
    textual: false,
    complete: false,
    options: options(['groupBy', ...SELECTION]),
  },
  html: {
    label: 'HTML',
    extension: 'html',
    filterName: 'HTML document',
    mime: 'text/html',
    textual: false,
    complete: false,
    options: options(['groupBy', ...SELECTION]),
  },
  pdf: {
    label: 'PDF',
    extension: 'pdf',
    filterName: 'PDF document',
    mime: 'application/pdf',
    textual: false,
    complete: false,
    options: options(['pageSize', 'groupBy', ...SELECTION]),
  },
  json: {
    label: 'JSON (re-importable)',
    extension: 'json',
    filterName: 'ClaimDesk report (JSON)',
    mime: 'application/json',
    textual: true,
    complete: true,
    options: options([]),
  },
  csv: {
    label: 'CSV (spreadsheet)',
    extension: 'csv',
    filterName: 'CSV spreadsheet',
    mime: 'text/csv',
    textual: true,
    complete: false,
    options: options([...SELECTION]),
  },
  claimreview: {
    label: 'ClaimReview JSON-LD',
    extension: 'jsonld',
    filterName: 'ClaimReview JSON-LD',
    mime: 'application/ld+json',
    textual: true,
    complete: false,
    options: options(['minCheckworthiness', 'reportUrl']),
  },
};

/** "md, html, pdf, json, csv or claimreview", for messages and usage lines. */
export const REPORT_FORMAT_LIST = `${REPORT_FORMATS.slice(0, -1).join(', ')} or ${REPORT_FORMATS.at(-1)}`;

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (REPORT_FORMATS as readonly string[]).includes(value);
}

export type PageSize = 'A4' | 'Letter';

export function reportFileName(titles: readonly string[], format: ReportFormat): string {
  const base = titles.length === 1 ? fileSafe(titles[0]!) : `${titles.length} articles`;
  const suffix = format === 'claimreview' ? 'claimreview' : 'verification report';
  return `${base} - ${suffix}.${FORMAT_INFO[format].extension}`;
}

export function fileSafe(title: string): string {
  return (
    title
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80)
      .replace(/^\.+/, '') || 'article'
  );
}
