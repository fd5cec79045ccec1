// The report's model, shared by every format: each article's reviewable claims numbered in article order (the
// number and anchor never change with the options, so a ClaimReview url always finds its claim in the HTML),
// the review of each, the selection the options ask for, and the totals.
import { REVIEW_STATUSES, STATUS_LABEL, STATUS_ORDER, type ReviewStatus } from '../review/status';
import type { Claim } from '../types';
import { readEvidence } from './evidence';
import type { ReportArticle, ReportEvidence, ReportReview, ReportSelection } from './types';

export { STATUS_GLYPH as STATUS_MARK, STATUS_LABEL, STATUS_ORDER } from '../review/status';

/** A symbol beside every label, so that statuses stay apart in a black-and-white print. */
const PENDING: ReportReview = { status: 'pending', note: '', reviewer: '', updatedAt: '' };

export type StatusCounts = Record<ReviewStatus, number>;

export interface ReportEntry {
  article: ReportArticle;
  /** 1-based position of the article in the report. */
  articleNumber: number;
  /** 1-based position of the claim among the article's reviewable claims. */
  number: number;
  /** "5" in a one-article report, "2.5" in a report of several. */
  label: string;
  /** The claim's anchor in the HTML report: "claim-5" or "claim-2-5". */
  anchor: string;
  claim: Claim;
  review: ReportReview;
  evidence: ReportEvidence[];
}

export interface ArticleSection {
  article: ReportArticle;
  number: number;
  /** Every reviewable claim, for the totals. */
  all: ReportEntry[];
  /** The claims the options select, in article order. */
  selected: ReportEntry[];
  counts: StatusCounts;
  reviewers: string[];
  /** First and last review day (YYYY-MM-DD), when anything was reviewed. */
  reviewDays: [string, string] | null;
}

export interface ReportModel {
  sections: ArticleSection[];
  multi: boolean;
  counts: StatusCounts;
  total: number;
  reviewed: number;
  selectedCount: number;
  /** Outlets of the claims, most cited first; stated (named for the claim) and inherited counted apart. */
  outlets: OutletCount[];
  reviewers: string[];
}

export interface OutletCount {
  name: string;
  domain: string;
  /** Claims the article attributes to this outlet itself (or the reviewer set). */
  stated: number;
  /** Claims that only inherit it from the paragraph's or article's reporting context. */
  inherited: number;
}

export function reviewableClaims(claims: readonly Claim[]): Claim[] {
  return claims.filter((c) => c.kind !== 'heading');
}

export function emptyCounts(): StatusCounts {
  return { verified: 0, disputed: 0, unsourced: 0, pending: 0 };
}

export function isSelected(entry: ReportEntry, selection: ReportSelection): boolean {
  if (selection.includePending === false && entry.review.status === 'pending') return false;
  const min = selection.minCheckworthiness ?? 0;
  return !(min > 0 && entry.claim.checkworthiness < min);
}

export function buildReportModel(articles: readonly ReportArticle[], selection: ReportSelection = {}): ReportModel {
  const multi = articles.length > 1;
  const counts = emptyCounts();
  const outletCounts = new Map<string, OutletCount>();
  const reviewers = new Set<string>();
  const sections = articles.map((article, i): ArticleSection => {
    const number = i + 1;
    const all = reviewableClaims(article.claims).map((claim, j): ReportEntry => {
      const review = reviewOf(article, claim);
      const label = multi ? `${number}.${j + 1}` : `${j + 1}`;
      return {
        article,
        articleNumber: number,
        number: j + 1,
        label,
        anchor: multi ? `claim-${number}-${j + 1}` : `claim-${j + 1}`,
        claim,
        review,
        evidence: readEvidence(review.evidence),
      };
    });
    const sectionCounts = emptyCounts();
    const sectionReviewers = new Set<string>();
    const days: string[] = [];
    for (const e of all) {
      sectionCounts[e.review.status] += 1;
      counts[e.review.status] += 1;
      if (e.review.reviewer) {
        sectionReviewers.add(e.review.reviewer);
        reviewers.add(e.review.reviewer);
      }
      if (e.review.updatedAt && e.review.status !== 'pending') days.push(e.review.updatedAt.slice(0, 10));
      const o = e.claim.outlet;
      // Stated and inherited apart: an inherited link is the reviewer's context, never passed off as a citation.
      if (o) {
        const found = outletCounts.get(o.name) ?? { name: o.name, domain: o.domain, stated: 0, inherited: 0 };
        if (o.stated) found.stated += 1;
        else found.inherited += 1;
        outletCounts.set(o.name, found);
      }
    }
    days.sort();
    return {
      article,
      number,
      all,
      selected: all.filter((e) => isSelected(e, selection)),
      counts: sectionCounts,
      reviewers: [...sectionReviewers],
      reviewDays: days.length ? [days[0]!, days[days.length - 1]!] : null,
    };
  });
  const total = sections.reduce((n, s) => n + s.all.length, 0);
  return {
    sections,
    multi,
    counts,
    total,
    reviewed: total - counts.pending,
    selectedCount: sections.reduce((n, s) => n + s.selected.length, 0),
    outlets: [...outletCounts.values()].sort(
      (a, b) => b.stated - a.stated || b.inherited - a.inherited || a.name.localeCompare(b.name),
    ),
    reviewers: [...reviewers],
  };
}

function reviewOf(article: ReportArticle, claim: Claim): ReportReview {
  const r = Object.hasOwn(article.reviews, claim.id) ? article.reviews[claim.id] : undefined;
  if (!r || !REVIEW_STATUSES.includes(r.status)) return PENDING;
  return r;
}

export function sharePercent(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 100) : 0;
}

/** "33%", and "<1%" for a share that is there but rounds to nothing (8 of 2,021 is not "0%"). */
export function shareText(part: number, whole: number): string {
  const p = sharePercent(part, whole);
  return p === 0 && part > 0 ? '<1%' : p === 100 && part < whole ? '>99%' : `${p}%`;
}

/** The cue of the outermost attribution, its pieces joined. */
export function cueText(claim: Claim): string {
  return (
    claim.attributions
      .find((a) => a.within === undefined)
      ?.cue.map((c) => c.text)
      .join(' … ') ?? ''
  );
}

/** Groups of selected entries for the chosen grouping, in a fixed order; empty groups are left out. */
export function groupEntries(
  model: ReportModel,
  by: 'status' | 'outlet',
): { key: string; title: string; status?: ReviewStatus; entries: ReportEntry[] }[] {
  const entries = model.sections.flatMap((s) => s.selected);
  if (by === 'status') {
    return STATUS_ORDER.map((status) => ({
      key: status,
      title: STATUS_LABEL[status],
      status,
      entries: entries.filter((e) => e.review.status === status),
    })).filter((g) => g.entries.length > 0);
  }
  const groups = new Map<string, ReportEntry[]>();
  for (const e of entries) {
    const key = e.claim.outlet?.name ?? '';
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups]
    .sort((a, b) =>
      (a[0] === '') !== (b[0] === '') ? (a[0] === '' ? 1 : -1) : b[1].length - a[1].length || a[0].localeCompare(b[0]),
    )
    .map(([key, list]) => ({ key, title: key || 'No outlet named', entries: list }));
}
