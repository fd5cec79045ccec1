// The shape of renderReport and saveReport requests (used by validate.ts): one article or a list of them, a
// known format, and options within their ranges. Returns a problem description or null.
import { isReportFormat, REPORT_FORMAT_LIST } from '../core/report/formats';

const MAX_ID = 200;
const MAX_ARTICLES = 5000;
const FIELDS = new Set(['articleId', 'articleIds', 'format', 'options']);
const OPTION_FIELDS = new Set(['reviewedOnly', 'minCheckworthiness', 'groupBy', 'pageSize', 'reportUrl', 'layout']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;

export function reportRequestProblem(value: unknown): string | null {
  if (!isObject(value)) return 'must be an object';
  for (const key of Object.keys(value)) if (!FIELDS.has(key)) return `has an unknown field "${key}"`;
  const { articleId, articleIds, format, options } = value;
  if (articleId !== undefined && !isId(articleId))
    return 'articleId must be a non-empty string of at most 200 characters';
  if (articleIds !== undefined) {
    if (!Array.isArray(articleIds) || articleIds.length > MAX_ARTICLES)
      return `articleIds must be a list of at most ${MAX_ARTICLES} ids`;
    if (!articleIds.every(isId)) return 'articleIds must hold non-empty strings of at most 200 characters';
  }
  if (articleId === undefined && (!Array.isArray(articleIds) || articleIds.length === 0))
    return 'names no article (articleId or articleIds)';
  if (format !== undefined && !isReportFormat(format)) return `format must be ${REPORT_FORMAT_LIST}`;
  if (options === undefined) return null;
  if (!isObject(options)) return 'options must be an object';
  for (const key of Object.keys(options)) if (!OPTION_FIELDS.has(key)) return `options has an unknown field "${key}"`;
  const o = options;
  if (o.reviewedOnly !== undefined && typeof o.reviewedOnly !== 'boolean')
    return 'options.reviewedOnly must be true or false';
  if (
    o.minCheckworthiness !== undefined &&
    !(typeof o.minCheckworthiness === 'number' && o.minCheckworthiness >= 0 && o.minCheckworthiness <= 1)
  ) {
    return 'options.minCheckworthiness must be a number from 0 to 1';
  }
  if (o.groupBy !== undefined && o.groupBy !== 'article' && o.groupBy !== 'status' && o.groupBy !== 'outlet')
    return 'options.groupBy must be article, status or outlet';
  if (o.pageSize !== undefined && o.pageSize !== 'A4' && o.pageSize !== 'Letter')
    return 'options.pageSize must be A4 or Letter';
  if (o.layout !== undefined && o.layout !== 'full' && o.layout !== 'compact')
    return 'options.layout must be full or compact';
  if (o.reportUrl !== undefined) {
    if (typeof o.reportUrl !== 'string' || o.reportUrl.length > 2000)
      return 'options.reportUrl must be a string of at most 2000 characters';
    if (o.reportUrl !== '' && !/^https?:\/\/[^\s]+$/i.test(o.reportUrl))
      return 'options.reportUrl must be an http(s) address';
  }
  return null;
}
