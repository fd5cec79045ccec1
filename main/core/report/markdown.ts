// The Markdown verification report (ARCHITECTURE.md §6): the source that the HTML and PDF reports render. Every piece
// of text from an article or a reviewer is escaped (markdown-escape.ts); only the report's own structure is
// Markdown syntax, so headings, links and tables in the output are always ours.
import type { ReviewStatus } from '../review/status';
import { archiveLink } from './evidence';
import { httpUrl } from '../urls';
import { domainUrl, escapeMarkdown, quoteBlock } from './markdown-escape';
import {
  buildReportModel,
  cueText,
  groupEntries,
  shareText,
  STATUS_LABEL,
  STATUS_MARK,
  STATUS_ORDER,
  type ArticleSection,
  type ReportEntry,
  type ReportModel,
} from './model';
import type { ReportArticle, ReportOptions } from './types';

export { reviewableClaims, STATUS_LABEL } from './model';

export function statusText(status: ReviewStatus): string {
  return `${STATUS_MARK[status]} ${STATUS_LABEL[status]}`;
}

/** One article (the foundation's call) or several. */
export function buildMarkdownReport(
  articles: ReportArticle | readonly ReportArticle[],
  options: ReportOptions,
): string {
  const list = Array.isArray(articles) ? articles : [articles as ReportArticle];
  return markdownFromModel(buildReportModel(list, options), options);
}

export function markdownFromModel(model: ReportModel, options: ReportOptions): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const groupBy = options.groupBy ?? 'article';
  const first = model.sections[0];

  if (!model.multi && first) {
    push(`# Verification report: ${escapeMarkdown(first.article.meta.title)}`, '');
    articleMetadata(first, push);
  } else {
    push(`# Verification report: ${model.sections.length} articles`, '');
    if (model.reviewers.length) push(`- **Reviewed by:** ${model.reviewers.map(escapeMarkdown).join(', ')}`);
  }
  reportMetadata(model, options, push);
  push('');

  summary(model, push);

  if (groupBy === 'article') {
    if (!model.multi && first) {
      push('## Claims', '');
      claimList(first.selected, push, false);
    } else {
      for (const s of model.sections) {
        push(`## ${s.number}. ${escapeMarkdown(s.article.meta.title)}`, '');
        articleMetadata(s, push);
        push('', `${countsLine(s)}`, '');
        claimList(s.selected, push, false);
      }
    }
  } else {
    if (model.multi) {
      push('## Articles', '');
      for (const s of model.sections) {
        push(`### Article ${s.number}: ${escapeMarkdown(s.article.meta.title)}`, '');
        articleMetadata(s, push);
        push('');
      }
    }
    const groups = groupEntries(model, groupBy);
    for (const g of groups) {
      const heading = g.status ? statusText(g.status) : escapeMarkdown(g.title);
      push(`## ${heading} (${g.entries.length})`, '');
      claimList(g.entries, push, model.multi);
    }
  }
  if (model.selectedCount === 0) push('_No claims match the options chosen for this report._', '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function articleMetadata(s: ArticleSection, push: (...l: string[]) => void): void {
  const meta = s.article.meta;
  const line = (label: string, value: string) => push(`- **${label}:** ${value}`);
  line('Article', escapeMarkdown(meta.title));
  if (meta.publisher) line('Outlet', escapeMarkdown(meta.publisher));
  const url = httpUrl(meta.url);
  if (url) line('URL', `<${url}>`);
  else if (meta.url) line('URL', escapeMarkdown(meta.url));
  if (meta.date) line('Published', escapeMarkdown(meta.date));
  line('Reviewed by', s.reviewers.length ? s.reviewers.map(escapeMarkdown).join(', ') : '—');
  if (s.reviewDays)
    line(
      'Review dates',
      s.reviewDays[0] === s.reviewDays[1] ? s.reviewDays[0] : `${s.reviewDays[0]} to ${s.reviewDays[1]}`,
    );
}

function reportMetadata(model: ReportModel, options: ReportOptions, push: (...l: string[]) => void): void {
  if (options.organisation) push(`- **Fact-checked by:** ${escapeMarkdown(options.organisation)}`);
  push(`- **Report generated:** ${minute(options.generatedAt.toISOString())} UTC`);
  const selection: string[] = [];
  if (options.includePending === false) selection.push('reviewed claims only');
  if ((options.minCheckworthiness ?? 0) > 0)
    selection.push(`check-worthiness at least ${options.minCheckworthiness!.toFixed(2)}`);
  if (options.groupBy === 'status') selection.push('grouped by status');
  if (options.groupBy === 'outlet') selection.push('grouped by outlet');
  if (selection.length)
    push(`- **Selection:** ${selection.join(', ')} (${model.selectedCount} of ${model.total} claims listed)`);
}

function summary(model: ReportModel, push: (...l: string[]) => void): void {
  push('## Summary', '');
  push(`**${model.reviewed} of ${model.total} claims reviewed (${shareText(model.reviewed, model.total)}).**`, '');
  push('| Status | Claims | Share |', '|---|---:|---:|');
  for (const s of STATUS_ORDER)
    push(`| ${statusText(s)} | ${model.counts[s]} | ${shareText(model.counts[s], model.total)} |`);
  push('');
  if (model.multi) {
    push('| Article | Claims | Reviewed | ✔ | ✖ | ? |', '|---|---:|---:|---:|---:|---:|');
    for (const s of model.sections) {
      const reviewed = s.all.length - s.counts.pending;
      push(
        `| ${s.number}. ${escapeMarkdown(s.article.meta.title)} | ${s.all.length} | ${reviewed} | ` +
          `${s.counts.verified} | ${s.counts.disputed} | ${s.counts.unsourced} |`,
      );
    }
    push('');
  }
  if (model.outlets.length) {
    push('| Outlet | Stated | Inherited |', '|---|---:|---:|');
    for (const o of model.outlets) push(`| ${outletLink(o.name, o.domain)} | ${o.stated} | ${o.inherited} |`);
    push(
      '',
      '_Stated: the article names the outlet for the claim. ' +
        'Inherited: the claim only takes it from the reporting context._',
      '',
    );
  } else {
    push('No outlet is named for any claim.', '');
  }
}

function countsLine(s: ArticleSection): string {
  const reviewed = s.all.length - s.counts.pending;
  const parts = STATUS_ORDER.filter((st) => s.counts[st] > 0).map((st) => `${statusText(st)} ${s.counts[st]}`);
  const head = `**${reviewed} of ${s.all.length} claims reviewed (${shareText(reviewed, s.all.length)})**`;
  return `${head}${parts.length ? ': ' + parts.join(' · ') : ''}`;
}

function claimList(entries: readonly ReportEntry[], push: (...l: string[]) => void, showArticle: boolean): void {
  for (const e of entries) claimEntry(e, push, showArticle);
}

function claimEntry(e: ReportEntry, push: (...l: string[]) => void, showArticle: boolean): void {
  const { claim, review } = e;
  push(`### ${e.label}${e.label.includes('.') ? '' : '.'} ${statusText(review.status)}`, '');
  push(`> ${escapeMarkdown(claim.text)}`, '');
  if (showArticle) push(`- **Article:** ${e.articleNumber}. ${escapeMarkdown(e.article.meta.title)}`);
  if (claim.speaker) push(`- **Speaker:** ${escapeMarkdown(claim.speaker.name)}`);
  if (claim.outlet) push(`- **Outlet:** ${outletText(e)}`);
  const cue = cueText(claim);
  if (cue) push(`- **Cue:** ${escapeMarkdown(cue)}`);
  // The status is in the claim's heading; the reviewer and the time of the verdict share a line.
  const when = review.updatedAt && review.status !== 'pending' ? `${minute(review.updatedAt)} UTC` : '';
  if (review.reviewer || when)
    push(
      `- **Reviewer:** ${[review.reviewer ? escapeMarkdown(review.reviewer) : '', when].filter(Boolean).join(', ')}`,
    );
  const verdict = review.verdict;
  if (verdict?.rating) {
    const why = verdict.explanation?.replace(/\s+/g, ' ').trim();
    push(`- **Verdict:** ${escapeMarkdown(verdict.rating)}${why ? ` \u2014 ${escapeMarkdown(why)}` : ''}`);
  }
  if (review.wording?.trim()) push(`- **Claim as checked:** ${escapeMarkdown(review.wording.trim())}`);
  // No blank line before the quote: the list stays tight (one line per field).
  if (review.note.trim()) push('- **Note:**', quoteBlock(review.note.trim(), '  '));
  if (e.evidence.length) {
    push('- **Evidence:**');
    for (const ev of e.evidence) {
      const url = httpUrl(ev.url);
      const label = escapeMarkdown(ev.title ?? ev.url);
      const archive = archiveLink(ev);
      const link = url ? `[${label}](<${url}>)` : label;
      push(`  - ${link}${archive ? ` ([archived copy](<${archive}>))` : ''}`);
    }
  }
  push('');
}

function outletLink(name: string, domain: string): string {
  const href = domainUrl(domain);
  return href ? `[${escapeMarkdown(name)}](${href})` : escapeMarkdown(name);
}

function outletText(e: ReportEntry): string {
  const o = e.claim.outlet!;
  let text = outletLink(o.name, o.domain);
  if (o.via.length) text += ' via ' + o.via.map((v) => outletLink(v.name, v.domain)).join(' via ');
  if (!o.stated) text += ' (inherited from context)';
  return text;
}

function minute(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}
