// Request shapes, checked before any handler runs: a malformed request from the window gets a typed
// 'bad-request' error, never a crash. Each validator returns a problem description or null.
import { isReviewStatus } from '../core/review/status';
import type { ChannelName } from './contract';

type Check = (value: unknown) => string | null;

const MAX_TEXT = 20 * 1024 * 1024;
const MAX_NOTE = 100_000;
const MAX_ID = 200;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function string(max: number, optional = false): Check {
  return (v) => {
    if (v === undefined && optional) return null;
    if (typeof v !== 'string') return 'must be a string';
    return v.length > max ? `is longer than ${max} characters` : null;
  };
}

function object(fields: Record<string, Check>): Check {
  return (v) => {
    if (!isObject(v)) return 'must be an object';
    for (const key of Object.keys(v)) if (!Object.hasOwn(fields, key)) return `has an unknown field "${key}"`;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(v[key]);
      if (problem) return `${key} ${problem}`;
    }
    return null;
  };
}

const status: Check = (v) => (v === undefined || isReviewStatus(v) ? null : 'must be pending, verified, disputed or unsourced');
const id = string(MAX_ID);
const empty = object({});

export const requestChecks: Record<ChannelName, Check> = {
  getWorkspace: empty,
  getArticle: object({ articleId: id }),
  importArticle: object({ text: string(MAX_TEXT), fileName: string(500, true), title: string(500, true) }),
  openArticleFile: empty,
  setReview: object({ articleId: id, claimId: id, status, note: string(MAX_NOTE, true) }),
  updateSettings: object({ reviewerName: string(200, true), organisation: string(200, true) }),
  renderReport: object({ articleId: id }),
  saveReport: object({ articleId: id }),
};
