// Reading a JSON report (core/report/json.ts) for re-import into another workspace: parse, drop prototype-
// pollution keys, and check every part of its shape, with a message that says where a problem is. The result
// is what restoreReport (api/report-restore.ts) writes into a workspace.
import { isReviewStatus } from '../core/review/status';
import { REPORT_JSON_FORMAT, REPORT_JSON_VERSION } from '../core/report/json';
import type { ReviewRecord } from '../core/review/record';
import type { ArticleRecord } from '../store/schema';
import { ImportError } from './decode';

export const MAX_REPORT_JSON_CHARS = 100 * 1024 * 1024;

export class ReportJsonError extends ImportError {
  constructor(message: string) {
    super(message);
    this.name = 'ReportJsonError';
  }
}

export interface ParsedReportArticle {
  article: ArticleRecord;
  reviews: Record<string, ReviewRecord>;
  tables: Record<string, unknown>;
}

export interface ParsedReport {
  version: number;
  generatedAt: string;
  organisation: string;
  articles: ParsedReportArticle[];
  /** What the person should know (reviews of claims the article no longer has, for instance). */
  notices: string[];
}

const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** True when the text looks like a ClaimDesk JSON report (for importers choosing how to read a .json file). */
export function looksLikeReportJson(text: string): boolean {
  return /^\s*\{[\s\S]{0,400}"format"\s*:\s*"claimdesk-report"/.test(text.slice(0, 2000));
}

export function parseReportJson(text: string, name = 'The report'): ParsedReport {
  if (text.length > MAX_REPORT_JSON_CHARS)
    throw new ReportJsonError(`${name} is larger than the 100 MB a JSON report may be.`);
  let value: unknown;
  try {
    // The reviver drops keys that could reach an object's prototype when the data is copied or merged later.
    value = JSON.parse(text.replace(/^\uFEFF/, ''), (key, v) => (POLLUTING_KEYS.has(key) ? undefined : v));
  } catch (e) {
    throw new ReportJsonError(`${name} is not valid JSON (${(e as Error).message}).`);
  }
  const root = obj(value, 'the file');
  if (root.format !== REPORT_JSON_FORMAT) {
    throw new ReportJsonError(`${name} is not a ClaimDesk JSON report (its "format" is not "${REPORT_JSON_FORMAT}").`);
  }
  if (typeof root.version !== 'number' || !Number.isInteger(root.version) || root.version < 1) {
    throw new ReportJsonError(`${name} has no valid "version".`);
  }
  if (root.version > REPORT_JSON_VERSION) {
    throw new ReportJsonError(
      `${name} was written by a newer ClaimDesk (report version ${root.version}; this version ` +
        `reads up to ${REPORT_JSON_VERSION}). Update ClaimDesk to import it.`,
    );
  }
  const list = arr(root.articles, 'articles');
  if (list.length === 0) throw new ReportJsonError(`${name} holds no articles.`);
  const notices: string[] = [];
  const articles = list.map((entry, i) => readArticleEntry(entry, `articles[${i}]`, notices));
  return {
    version: root.version,
    generatedAt: typeof root.generatedAt === 'string' ? root.generatedAt : '',
    organisation: typeof root.organisation === 'string' ? root.organisation : '',
    articles,
    notices,
  };
}

function readArticleEntry(value: unknown, path: string, notices: string[]): ParsedReportArticle {
  const entry = obj(value, path);
  const a = obj(entry.article, `${path}.article`);
  const text = str(a.text, `${path}.article.text`);
  const id = str(a.id, `${path}.article.id`, 200);
  if (!id.trim()) fail(`${path}.article.id`, 'must not be empty');
  const meta = obj(a.meta, `${path}.article.meta`);
  str(meta.title, `${path}.article.meta.title`, 2000);
  for (const k of ['url', 'publisher', 'date'] as const)
    if (meta[k] !== undefined) str(meta[k], `${path}.article.meta.${k}`, 5000);
  const claims = arr(a.claims, `${path}.article.claims`);
  const claimIds = new Set<string>();
  claims.forEach((c, j) => {
    const cid = checkClaim(c, text, `${path}.article.claims[${j}]`);
    if (claimIds.has(cid)) fail(`${path}.article.claims[${j}].id`, `repeats the claim id "${cid.slice(0, 60)}"`);
    claimIds.add(cid);
  });
  arr(a.skipped ?? [], `${path}.article.skipped`).forEach((s, j) =>
    checkSpan(s, text, `${path}.article.skipped[${j}]`),
  );
  const reviewsIn = obj(entry.reviews ?? {}, `${path}.reviews`);
  const reviews: Record<string, ReviewRecord> = {};
  let orphans = 0;
  for (const [claimId, r] of Object.entries(reviewsIn)) {
    const rp = `${path}.reviews["${claimId.slice(0, 60)}"]`;
    const review = obj(r, rp);
    if (!isReviewStatus(review.status)) fail(`${rp}.status`, 'must be pending, verified, disputed or unsourced');
    str(review.note, `${rp}.note`, 1_000_000);
    str(review.reviewer, `${rp}.reviewer`, 1000);
    str(review.updatedAt, `${rp}.updatedAt`, 100);
    if (review.history !== undefined) {
      arr(review.history, `${rp}.history`).forEach((h, k) => {
        const entryH = obj(h, `${rp}.history[${k}]`);
        str(entryH.at, `${rp}.history[${k}].at`, 100);
      });
    }
    if (review.anchor !== undefined) obj(review.anchor, `${rp}.anchor`);
    if (review.verdict !== undefined) checkVerdict(review.verdict, `${rp}.verdict`);
    if (review.wording !== undefined) str(review.wording, `${rp}.wording`, 2000);
    if (!claimIds.has(claimId)) orphans += 1;
    reviews[claimId] = review as unknown as ReviewRecord;
  }
  if (orphans)
    notices.push(
      `"${String(meta.title).slice(0, 80)}" has ${orphans} review(s) of claims the article no ` +
        `longer lists; they are kept as they are.`,
    );
  const tables = obj(entry.tables ?? {}, `${path}.tables`);
  return { article: a as unknown as ArticleRecord, reviews, tables };
}

function checkClaim(value: unknown, text: string, path: string): string {
  const c = obj(value, path);
  const id = str(c.id, `${path}.id`, 200);
  checkSpan(c, text, path);
  if (c.kind !== 'attributed' && c.kind !== 'unattributed' && c.kind !== 'heading')
    fail(`${path}.kind`, 'must be attributed, unattributed or heading');
  if (typeof c.checkworthiness !== 'number' || !(c.checkworthiness >= 0 && c.checkworthiness <= 1))
    fail(`${path}.checkworthiness`, 'must be a number from 0 to 1');
  if (c.speaker !== null) {
    const s = obj(c.speaker, `${path}.speaker`);
    str(s.name, `${path}.speaker.name`, 2000);
    offsets(s, text, `${path}.speaker`);
  }
  if (c.outlet !== null) {
    const o = obj(c.outlet, `${path}.outlet`);
    for (const k of ['id', 'name', 'domain'] as const) str(o[k], `${path}.outlet.${k}`, 2000);
    if (typeof o.stated !== 'boolean') fail(`${path}.outlet.stated`, 'must be true or false');
    arr(o.via, `${path}.outlet.via`).forEach((v, k) => {
      const via = obj(v, `${path}.outlet.via[${k}]`);
      for (const f of ['id', 'name', 'domain'] as const) str(via[f], `${path}.outlet.via[${k}].${f}`, 2000);
    });
  }
  arr(c.attributions, `${path}.attributions`).forEach((at, k) => {
    const ap = `${path}.attributions[${k}]`;
    const attribution = obj(at, ap);
    for (const role of ['cue', 'source', 'content'] as const) {
      arr(attribution[role], `${ap}.${role}`).forEach((s, m) => checkSpan(s, text, `${ap}.${role}[${m}]`));
    }
    if (
      attribution.within !== undefined &&
      !(Number.isInteger(attribution.within) && (attribution.within as number) >= 0)
    ) {
      fail(`${ap}.within`, 'must be the index of another attribution');
    }
  });
  return id;
}

function checkSpan(value: unknown, text: string, path: string): void {
  const s = obj(value, path);
  offsets(s, text, path);
  const t = str(s.text, `${path}.text`, text.length + 1);
  if (text.slice(s.start as number, s.end as number) !== t)
    fail(`${path}.text`, 'does not match the article text at its offsets');
}

function offsets(s: Record<string, unknown>, text: string, path: string): void {
  const { start, end } = s;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    (start as number) < 0 ||
    (end as number) < (start as number) ||
    (end as number) > text.length
  ) {
    fail(path, 'has start and end offsets outside the article text');
  }
}

/** A published verdict (issue 14): a rating's name, its explanation and, when it has them, whole numbers. */
function checkVerdict(value: unknown, path: string): void {
  const v = obj(value, path);
  if (!str(v.rating, `${path}.rating`, 60).trim()) fail(`${path}.rating`, 'must name a rating');
  str(v.explanation, `${path}.explanation`, 5000);
  for (const key of ['ratingValue', 'bestRating', 'worstRating'] as const) {
    if (v[key] !== undefined && !Number.isInteger(v[key])) fail(`${path}.${key}`, 'must be a whole number');
  }
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'must be an object');
  return v as Record<string, unknown>;
}

function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, 'must be a list');
  return v as unknown[];
}

function str(v: unknown, path: string, max = 50 * 1024 * 1024): string {
  if (typeof v !== 'string') fail(path, 'must be text');
  if ((v as string).length > max) fail(path, `is longer than ${max} characters`);
  return v as string;
}

function fail(path: string, problem: string): never {
  throw new ReportJsonError(`The report is not valid: ${path} ${problem}.`);
}
