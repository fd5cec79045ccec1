// The JSON report: complete and versioned, so another workspace can restore the review exactly. Each article
// goes out as the workspace holds it (text, claims with spans and attributions, skipped lines, metadata), with
// every review record (status, note, reviewer, time, anchor, history, evidence and whatever else the review
// carries) and the article's entries in any other per-article table (corrections, when present). `outlets` and
// `summary` are derived for readers; an import recomputes them and ignores what the file says.
import { buildReportModel, sharePercent, type StatusCounts } from './model';
import type { ReportArticle } from './types';

export const REPORT_JSON_FORMAT = 'claimdesk-report';
export const REPORT_JSON_VERSION = 1;

export interface JsonArticleRecord {
  id: string;
  meta: ReportArticle['meta'];
  text: string;
  claims: ReportArticle['claims'];
  skipped: unknown[];
  [key: string]: unknown;
}

export interface JsonReviewRecord {
  claimId?: string;
  status: string;
  note: string;
  reviewer: string;
  updatedAt: string;
  [key: string]: unknown;
}

export interface JsonReportInput {
  article: JsonArticleRecord;
  reviews: Record<string, JsonReviewRecord>;
  /** The article's entries in other per-article workspace tables, by table name. */
  tables?: Record<string, unknown>;
}

export interface JsonOutletSummary {
  id: string;
  name: string;
  domain: string;
  /** Claims that name this outlet. */
  stated: number;
  /** Claims that inherit it from context. */
  inherited: number;
  /** Claims it relays (as a "via" outlet). */
  relayed: number;
}

export interface JsonReportArticle {
  article: JsonArticleRecord;
  reviews: Record<string, JsonReviewRecord>;
  tables: Record<string, unknown>;
  outlets: JsonOutletSummary[];
  summary: { claims: number; reviewed: number; sharePercent: number; counts: StatusCounts };
}

export interface JsonReport {
  format: typeof REPORT_JSON_FORMAT;
  version: typeof REPORT_JSON_VERSION;
  generator: string;
  generatedAt: string;
  organisation: string;
  articles: JsonReportArticle[];
}

export function buildJsonReport(
  inputs: readonly JsonReportInput[],
  options: { generatedAt: Date; organisation?: string; generator: string },
): JsonReport {
  return {
    format: REPORT_JSON_FORMAT,
    version: REPORT_JSON_VERSION,
    generator: options.generator,
    generatedAt: options.generatedAt.toISOString(),
    organisation: options.organisation ?? '',
    articles: inputs.map((input) => {
      const article = clone(input.article);
      const reviews = clone(input.reviews);
      const model = buildReportModel([
        { meta: article.meta, claims: article.claims, reviews: reviews as ReportArticle['reviews'] },
      ]);
      return {
        article,
        reviews,
        tables: clone(input.tables ?? {}),
        outlets: outletSummary(article.claims),
        summary: {
          claims: model.total,
          reviewed: model.reviewed,
          sharePercent: sharePercent(model.reviewed, model.total),
          counts: model.counts,
        },
      };
    }),
  };
}

export function serialiseJsonReport(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function outletSummary(claims: ReportArticle['claims']): JsonOutletSummary[] {
  const byId = new Map<string, JsonOutletSummary>();
  const entry = (o: { id: string; name: string; domain: string }) => {
    let e = byId.get(o.id);
    if (!e) byId.set(o.id, (e = { id: o.id, name: o.name, domain: o.domain, stated: 0, inherited: 0, relayed: 0 }));
    return e;
  };
  for (const c of claims) {
    if (!c.outlet) continue;
    entry(c.outlet)[c.outlet.stated ? 'stated' : 'inherited'] += 1;
    for (const v of c.outlet.via) entry(v).relayed += 1;
  }
  return [...byId.values()];
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
