// CSV: one row per claim, RFC 4180 (every field quoted when it needs to be, CRLF line ends), UTF-8 with a BOM
// so spreadsheet apps read the accents right. A cell that starts with = + - @, a tab or a carriage return is
// prefixed with a single quote, so a spreadsheet shows it as text and never runs it as a formula.
import { archiveLink } from './evidence';
import { buildReportModel, cueText, type ReportEntry } from './model';
import type { ReportArticle, ReportSelection } from './types';

export const CSV_COLUMNS = [
  'article_id',
  'article_title',
  'article_url',
  'claim_number',
  'claim_id',
  'claim_text',
  'kind',
  'speaker',
  'outlet',
  'outlet_domain',
  'outlet_stated',
  'via',
  'cue',
  'checkworthiness',
  'status',
  'reviewer',
  'reviewed_at',
  'note',
  'evidence_urls',
  'evidence_archived_urls',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a cell a spreadsheet would treat as a formula (OWASP's CSV-injection advice). */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

export function buildCsvReport(articles: readonly ReportArticle[], selection: ReportSelection = {}): string {
  const model = buildReportModel(articles, { ...selection, groupBy: 'article' });
  const rows = [csvRow(CSV_COLUMNS)];
  for (const section of model.sections) for (const e of section.selected) rows.push(csvRow(rowOf(e)));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

function rowOf(e: ReportEntry): string[] {
  const { claim, review, article } = e;
  const o = claim.outlet;
  return [
    article.id ?? '',
    article.meta.title,
    article.meta.url ?? '',
    e.label,
    claim.id,
    claim.text,
    claim.kind,
    claim.speaker?.name ?? '',
    o?.name ?? '',
    o?.domain ?? '',
    o ? (o.stated ? 'yes' : 'inherited') : '',
    o?.via.map((v) => v.name).join(' > ') ?? '',
    cueText(claim),
    claim.checkworthiness.toFixed(2),
    review.status,
    review.reviewer,
    review.status === 'pending' ? '' : review.updatedAt,
    review.note,
    e.evidence.map((ev) => ev.url).join(' '),
    e.evidence.map((ev) => archiveLink(ev) ?? '').join(' '),
  ];
}
