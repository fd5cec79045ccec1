// Markdown report -> HTML with marked, then an allow-list sanitiser: whatever slipped into the Markdown, the
// HTML carries no script, event handler, style attribute, remote resource or non-http(s) link. The report's own
// structure (claim headings, status badges, the chart) is added by this code from numbers and fixed labels.
import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { ReviewStatus } from '../review/status';
import { statusChartSvg } from './chart';
import { STATUS_LABEL, type StatusCounts } from './model';
import { REPORT_CSS } from './report-css';

// The report must stay inert wherever it is opened: no script, no remote fetch, no form posts.
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STATUS_BY_LABEL = new Map<string, ReviewStatus>(
  (Object.entries(STATUS_LABEL) as [ReviewStatus, string][]).map(([s, label]) => [label, s]),
);
const STATUS_CLASSES = ['verified', 'disputed', 'unsourced', 'pending'].map((s) => `status-${s}`);
const SAFE_ID = /^(?:summary|claims|articles|article-\d+|claim-\d+(?:-\d+)?|group-[a-z]+)$/;

const keepSafeId = (tagName: string, attribs: sanitizeHtml.Attributes) => {
  const { id, ...rest } = attribs;
  return { tagName, attribs: id && SAFE_ID.test(id) ? { ...rest, id } : rest };
};

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'p',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'blockquote',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'br',
    'hr',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    th: ['align'],
    td: ['align', 'class'],
    h2: ['id', 'class'],
    h3: ['id', 'class'],
    span: ['class'],
  },
  allowedClasses: {
    h2: ['status-group', ...STATUS_CLASSES],
    h3: ['claim-heading', ...STATUS_CLASSES],
    td: ['status-cell', ...STATUS_CLASSES],
    span: ['status-badge', 'claim-number', ...STATUS_CLASSES],
  },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    h2: keepSafeId,
    h3: keepSafeId,
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
  },
};

// The summary's status table as marked renders it (its header row is the report's own, never user text).
const STATUS_TABLE = /<table>\s*<thead>\s*<tr>\s*<th>Status<\/th>[\s\S]*?<\/table>\n?/;
const HEADING_STATUS = /^(?:(\d+)(?:\.(\d+))?\.?) ([✔✖?…]) (Verified|Disputed|Unsourced|Pending)$/;
const GROUP_STATUS = /^([✔✖?…]) (Verified|Disputed|Unsourced|Pending) \((\d+)\)$/;
const CELL_STATUS = /^([✔✖?…]) (Verified|Disputed|Unsourced|Pending)$/;

function badge(mark: string, label: string, status: ReviewStatus): string {
  return `<span class="status-badge status-${status}">${mark} ${label}</span>`;
}

// GFM tables, but no bare-URL autolinks: a URL someone typed in a note stays text unless the report made it a link.
const markdownToHtml = new Marked({ gfm: true, breaks: true, async: false, tokenizer: { url: () => undefined } });
markdownToHtml.use({
  renderer: {
    heading(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, token: Tokens.Heading) {
      const inner = this.parser.parseInline(token.tokens);
      if (token.depth === 3) {
        const m = HEADING_STATUS.exec(token.text);
        if (m) {
          const status = STATUS_BY_LABEL.get(m[4]!)!;
          const anchor = m[2] ? `claim-${m[1]}-${m[2]}` : `claim-${m[1]}`;
          const number = m[2] ? `${m[1]}.${m[2]}` : `${m[1]}.`;
          return (
            `<h3 id="${anchor}" class="claim-heading status-${status}"><span ` +
            `class="claim-number">${number}</span> ${badge(m[3]!, m[4]!, status)}</h3>\n`
          );
        }
      }
      if (token.depth === 2) {
        if (token.text === 'Summary') return '<h2 id="summary">Summary</h2>\n';
        const g = GROUP_STATUS.exec(token.text);
        if (g) {
          const status = STATUS_BY_LABEL.get(g[2]!)!;
          return (
            `<h2 id="group-${status}" class="status-group ` +
            `status-${status}">${badge(g[1]!, g[2]!, status)} ${g[3]} claims</h2>\n`
          );
        }
        const a = /^(\d+)\. /.exec(token.text);
        if (a) return `<h2 id="article-${a[1]}">${inner}</h2>\n`;
      }
      return `<h${token.depth}>${inner}</h${token.depth}>\n`;
    },
    tablecell(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, token: Tokens.TableCell) {
      const tag = token.header ? 'th' : 'td';
      const align = token.align ? ` align="${token.align}"` : '';
      const m = token.header ? null : CELL_STATUS.exec(token.text);
      if (m) {
        const status = STATUS_BY_LABEL.get(m[2]!)!;
        return `<td class="status-cell"${align}>${badge(m[1]!, m[2]!, status)}</td>\n`;
      }
      return `<${tag}${align}>${this.parser.parseInline(token.tokens)}</${tag}>\n`;
    },
  },
});

export function renderMarkdownToSafeHtml(markdown: string): string {
  const html = markdownToHtml.parse(markdown, { async: false });
  return sanitizeHtml(html, SANITIZE);
}

/**
 * The report's body: the sanitised Markdown with each claim wrapped in a card and the status chart after the
 * summary heading. Only h2/h3 from the report's own structure exist in the sanitised HTML (article and reviewer
 * text is escaped), so splitting at them is safe.
 */
export function renderReportBody(markdown: string, counts: StatusCounts): string {
  const safe = renderMarkdownToSafeHtml(markdown);
  const parts = safe.split(/(?=<h[1-3][\s>])/);
  const out = parts.map((part) => {
    const claim = /^<h3 [^>]*class="claim-heading status-(\w+)"/.exec(part);
    if (claim) return `<section class="claim status-${claim[1]}">\n${part.trimEnd()}\n</section>\n`;
    // In HTML the chart takes the place of the summary's status table (same figures, read at a glance).
    if (part.startsWith('<h2 id="summary">')) return part.replace(STATUS_TABLE, `${statusChartSvg(counts)}\n`);
    return part;
  });
  return out.join('');
}

export interface HtmlDocumentOptions {
  title: string;
  /** A line at the foot of the report (generator, time). */
  footer?: string;
  /** A claim in a few lines (long reviews). */
  compact?: boolean;
}

/** A complete, self-contained HTML file: inline CSS, inline SVG, no script, and a CSP that loads nothing. */
export function buildHtmlDocument(body: string, options: HtmlDocumentOptions): string {
  const footer = options.footer ? `<footer class="report-footer">${escapeHtml(options.footer)}</footer>\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ClaimDesk">
<title>${escapeHtml(options.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main class="report${options.compact ? ' compact' : ''}">
${body}${footer}</main>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
