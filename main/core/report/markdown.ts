// The Markdown verification report (design.md §7): the source that the HTML and PDF reports render.
import type { ReviewStatus } from '../review/status';
import type { Claim } from '../types';
import { domainUrl, escapeMarkdown, quoteBlock, safeHttpUrl } from './markdown-escape';
import type { ReportArticle, ReportOptions, ReportReview } from './types';

export const STATUS_LABEL: Record<ReviewStatus, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  unsourced: 'Unsourced',
  pending: 'Pending',
};

// A symbol with every label so that a black-and-white print still tells statuses apart.
const STATUS_MARK: Record<ReviewStatus, string> = { verified: '✔', disputed: '✖', unsourced: '?', pending: '…' };

const PENDING: ReportReview = { status: 'pending', note: '', reviewer: '', updatedAt: '' };

export function reviewableClaims(claims: Claim[]): Claim[] {
  return claims.filter((c) => c.kind !== 'heading');
}

export function buildMarkdownReport(article: ReportArticle, options: ReportOptions): string {
  const claims = reviewableClaims(article.claims);
  const reviewOf = (c: Claim) => article.reviews[c.id] ?? PENDING;
  const counts: Record<ReviewStatus, number> = { verified: 0, disputed: 0, unsourced: 0, pending: 0 };
  for (const c of claims) counts[reviewOf(c).status] += 1;
  const reviewed = claims.length - counts.pending;
  const reviewers = [...new Set(claims.map((c) => reviewOf(c).reviewer).filter(Boolean))];
  const dates = claims.map((c) => reviewOf(c).updatedAt).filter(Boolean).sort();

  const lines: string[] = [];
  lines.push(`# Verification report: ${escapeMarkdown(article.meta.title)}`, '');
  const meta = (label: string, value: string) => lines.push(`- **${label}:** ${value}`);
  meta('Article', escapeMarkdown(article.meta.title));
  if (article.meta.publisher) meta('Publisher', escapeMarkdown(article.meta.publisher));
  const url = safeHttpUrl(article.meta.url);
  if (url) meta('URL', `<${url}>`);
  if (article.meta.date) meta('Published', escapeMarkdown(article.meta.date));
  meta('Reviewed by', reviewers.length ? reviewers.map(escapeMarkdown).join(', ') : '—');
  if (dates.length) meta('Review dates', `${dayOf(dates[0]!)} to ${dayOf(dates[dates.length - 1]!)}`);
  if (options.organisation) meta('Fact-checked by', escapeMarkdown(options.organisation));
  meta('Report generated', `${options.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  lines.push('');

  lines.push('## Summary', '');
  const share = claims.length ? Math.round((reviewed / claims.length) * 100) : 0;
  lines.push(`**${reviewed} of ${claims.length} claims reviewed (${share}%).**`, '');
  lines.push('| Status | Claims |', '|---|---:|');
  for (const s of ['verified', 'disputed', 'unsourced', 'pending'] as const) {
    lines.push(`| ${STATUS_MARK[s]} ${STATUS_LABEL[s]} | ${counts[s]} |`);
  }
  lines.push('');
  const outlets = outletCounts(claims);
  if (outlets.length) {
    lines.push('Outlets named in the article: ' + outlets.map(([name, n]) => `${escapeMarkdown(name)} (${n})`).join(', ') + '.', '');
  }

  lines.push('## Claims', '');
  claims.forEach((claim, i) => {
    const review = reviewOf(claim);
    lines.push(`### ${i + 1}. ${STATUS_MARK[review.status]} ${STATUS_LABEL[review.status]}`, '');
    lines.push(`> ${escapeMarkdown(claim.text)}`, '');
    if (claim.speaker) lines.push(`- **Speaker:** ${escapeMarkdown(claim.speaker.name)}`);
    if (claim.outlet) lines.push(`- **Outlet:** ${outletText(claim)}`);
    const cue = claim.attributions.find((a) => a.within === undefined)?.cue.map((c) => c.text).join(' … ');
    if (cue) lines.push(`- **Cue:** ${escapeMarkdown(cue)}`);
    lines.push(`- **Status:** ${STATUS_LABEL[review.status]}`);
    if (review.reviewer) lines.push(`- **Reviewer:** ${escapeMarkdown(review.reviewer)}`);
    if (review.updatedAt) lines.push(`- **Reviewed:** ${review.updatedAt.slice(0, 16).replace('T', ' ')} UTC`);
    if (review.note.trim()) lines.push('- **Note:**', '', quoteBlock(review.note.trim(), '  '));
    lines.push('');
  });
  return lines.join('\n');
}

function outletText(claim: Claim): string {
  const o = claim.outlet!;
  const link = (name: string, domain: string) => {
    const href = domainUrl(domain);
    return href ? `[${escapeMarkdown(name)}](${href})` : escapeMarkdown(name);
  };
  let text = link(o.name, o.domain);
  if (o.via.length) text += ' via ' + o.via.map((v) => link(v.name, v.domain)).join(' via ');
  if (!o.stated) text += ' (inherited from context)';
  return text;
}

function outletCounts(claims: Claim[]): [string, number][] {
  const counts = new Map<string, number>();
  // Only outlets the article names for a claim; inherited links are the reviewer's context, not citations.
  for (const c of claims) if (c.outlet?.stated) counts.set(c.outlet.name, (counts.get(c.outlet.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
