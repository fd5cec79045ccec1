// The report formats, their file extensions and how the save dialog names them.
export const REPORT_FORMATS = ['md', 'html', 'pdf', 'json', 'csv', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ReportFormat, { label: string; extension: string; filterName: string; mime: string }> =
  {
    md: { label: 'Markdown', extension: 'md', filterName: 'Markdown', mime: 'text/markdown' },
    html: { label: 'HTML', extension: 'html', filterName: 'HTML document', mime: 'text/html' },
    pdf: { label: 'PDF', extension: 'pdf', filterName: 'PDF document', mime: 'application/pdf' },
    json: {
      label: 'JSON (re-importable)',
      extension: 'json',
      filterName: 'ClaimDesk report (JSON)',
      mime: 'application/json',
    },
    csv: { label: 'CSV (spreadsheet)', extension: 'csv', filterName: 'CSV spreadsheet', mime: 'text/csv' },
    claimreview: {
      label: 'ClaimReview JSON-LD',
      extension: 'jsonld',
      filterName: 'ClaimReview JSON-LD',
      mime: 'application/ld+json',
    },
  };

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
