// Request shapes, checked before any handler runs: a malformed request from the window gets a typed
// 'bad-request' error, never a crash. Each validator returns a problem description or null.
import { isReviewStatus } from '../core/review/status';
import type { ChannelName } from './contract';
import { reportRequestProblem } from './report-request-check';

type Check = (value: unknown) => string | null;

// Twice the import limit: text between 20 MB and this reaches the importer, which refuses it with a message for the
// person; anything larger is not a request the window makes.
const MAX_TEXT = 40 * 1024 * 1024;
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

const requiredStatus: Check = (v) => (isReviewStatus(v) ? null : 'must be pending, verified, disputed or unsourced');
const offset: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_TEXT ? null : 'must be a character offset';
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const metaFields: Check = object({
  title: string(500, true),
  url: string(2000, true),
  publisher: string(300, true),
  date: string(100, true),
  author: string(500, true),
});
function idList(max: number): Check {
  return (v) => {
    if (!Array.isArray(v)) return 'must be a list';
    if (v.length === 0 || v.length > max) return `must hold 1 to ${max} ids`;
    return v.every((x) => typeof x === 'string' && x.length <= MAX_ID) ? null : 'must hold ids';
  };
}
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : `must be ${values.join(' or ')}`;
const CORRECTIONS: Record<string, Record<string, Check>> = {
  speaker: { claimId: string(MAX_ID), name: string(200) },
  span: { claimId: string(MAX_ID), start: offset, end: offset },
  step: { claimId: string(MAX_ID), edge: oneOf(['start', 'end']), direction: oneOf(['extend', 'shrink']) },
  split: { claimId: string(MAX_ID), at: offset },
  merge: { claimId: string(MAX_ID), otherClaimId: string(MAX_ID) },
  add: { start: offset, end: offset },
  hide: { claimId: string(MAX_ID) },
  outlet: { claimId: string(MAX_ID), outletId: (v) => (v === null ? null : string(MAX_ID)(v)) },
};
const correction: Check = (v) => {
  if (!isObject(v)) return 'must be an object';
  const fields = typeof v.type === 'string' && Object.hasOwn(CORRECTIONS, v.type) ? CORRECTIONS[v.type] : undefined;
  if (!fields) return 'type must be speaker, span, step, split, merge, add, hide or outlet';
  return object({ type: () => null, ...fields })(v);
};
function stringList(maxItems: number, maxLength: number, optional = true): Check {
  return (v) => {
    if (v === undefined && optional) return null;
    if (!Array.isArray(v)) return 'must be a list';
    if (v.length > maxItems) return `must hold at most ${maxItems} entries`;
    return v.every((x) => typeof x === 'string' && x.length <= maxLength)
      ? null
      : `must hold texts of at most ${maxLength} characters`;
  };
}
const optionalBool: Check = (v) => (v === undefined || typeof v === 'boolean' ? null : 'must be true or false');
const limit: Check = (v) =>
  v === undefined || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50)
    ? null
    : 'must be a whole number from 1 to 50';
const userOutlet: Check = object({
  id: string(MAX_ID, true),
  name: string(200),
  aliases: stringList(30, 200),
  domains: stringList(10, 300),
  country: string(10),
  language: string(40),
  kind: string(40),
  wikidata: string(20, true),
  relays: optionalBool,
});
const status: Check = (v) =>
  v === undefined || isReviewStatus(v) ? null : 'must be pending, verified, disputed or unsourced';
const id = string(MAX_ID);
const empty = object({});

export const requestChecks: Record<ChannelName, Check> = {
  getWorkspace: empty,
  getArticle: object({ articleId: id }),
  previewImport: (v) => {
    const problem = object({
      text: string(MAX_TEXT, true),
      dataBase64: string(Math.ceil(MAX_TEXT / 3) * 4 + 4, true),
      fileName: string(500, true),
      title: string(500, true),
      url: string(4000, true),
      jobId: string(MAX_ID, true),
    })(v);
    if (problem) return problem;
    const r = v as Record<string, unknown>;
    const given = [r.text, r.dataBase64, r.url].filter((x) => x !== undefined).length;
    if (given !== 1) return 'needs exactly one of text, dataBase64 or url';
    return r.dataBase64 !== undefined && r.fileName === undefined ? 'needs a fileName with dataBase64' : null;
  },
  previewArticleFile: empty,
  importProgress: object({ jobId: string(MAX_ID) }),
  cancelImport: object({ jobId: string(MAX_ID) }),
  commitImport: object({ previewId: id, meta: metaFields, replaceArticleId: string(MAX_ID, true) }),
  updateArticleMeta: object({ articleId: id, meta: metaFields }),
  deleteArticle: object({ articleId: id }),
  restoreArticle: object({ articleId: id }),
  setReviews: object({ articleId: id, claimIds: idList(20_000), status: requiredStatus }),
  addEvidence: object({
    articleId: id,
    claimId: id,
    url: string(4000),
    title: string(500, true),
    archivedUrl: string(4000, true),
  }),
  removeEvidence: object({ articleId: id, claimId: id, evidenceId: id }),
  correctClaim: object({ articleId: id, correction }),
  removeCorrection: object({ articleId: id, correctionId: id }),
  attachOrphan: object({ articleId: id, orphanId: string(400), claimId: id }),
  outletLinks: object({ articleId: id, claimId: id }),
  archiveLink: object({ url: string(4000) }),
  searchOutlets: object({ query: string(200), limit }),
  saveUserOutlet: object({ outlet: userOutlet }),
  outletStats: object({ articleId: string(MAX_ID, true) }),
  openExternal: object({ url: string(8000) }),
  setImportSettings: object({ allowPrivateNetwork: bool }),
  setReview: object({ articleId: id, claimId: id, status, note: string(MAX_NOTE, true), reviewer: string(200, true) }),
  updateSettings: object({ reviewerName: string(200, true), organisation: string(200, true) }),
  reportFormats: empty,
  reviewStatuses: empty,
  renderReport: reportRequestProblem,
  saveReport: reportRequestProblem,
  getAppSettings: empty,
  saveProfile: object({
    profile: object({
      name: string(200),
      organisation: string(200, true),
      organisationUrl: string(2000, true),
      logoUrl: string(2000, true),
    }),
  }),
  saveRatingScale: object({
    ratingScale: object({ ratings: stringList(20, 60, false), best: string(60), worst: string(60) }),
  }),
  getVerdicts: object({ articleId: id }),
  setVerdict: object({
    articleId: id,
    claimId: id,
    rating: (v) => (v === null ? null : string(60, true)(v)),
    explanation: string(5_000, true),
    wording: string(2_000, true),
  }),
  findMatches: object({ articleId: id }),
  getSyncState: empty,
  connectSync: object({ server: string(2000), db: string(240), user: string(200), password: string(1000) }),
  disconnectSync: empty,
  resolveSyncConflict: object({ articleId: id, claimId: id, rev: string(200) }),
};
