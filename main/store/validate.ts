// The workspace document's JSON schema, defined once, and what to do with a file that does not match it: the
// top level decides whether the file is a workspace at all (if not: the same recovery as a corrupt file); an
// article, review, trashed article or outlet that does not match is named and left out of a read-only view.
import Ajv, { type ErrorObject } from 'ajv';
import { REVIEW_STATUSES } from '../core/review/status';
import type { WorkspaceData } from './schema';

const str = { type: 'string' } as const;
const int = { type: 'integer', minimum: 0 } as const;
const objOrNull = { type: ['object', 'null'] } as const;

/**
 * Keys that name prototype members are plain data once parsed and are never looked up by a claim or article id
 * (ids are hashes), so whatever they hold does not make the file damaged.
 */
const INERT_KEYS = { '^(__proto__|constructor|prototype)$': {} } as const;

const claim = {
  type: 'object',
  required: ['id', 'kind', 'start', 'end', 'text'],
  properties: {
    id: str,
    kind: str,
    start: int,
    end: int,
    text: str,
    speaker: objOrNull,
    outlet: objOrNull,
    attributions: { type: 'array' },
    checkworthiness: { type: 'number' },
  },
} as const;

const article = {
  type: 'object',
  required: ['id', 'meta', 'text', 'claims'],
  properties: {
    id: str,
    meta: { type: 'object', required: ['title'], properties: { title: str } },
    source: { type: 'object' },
    importedAt: str,
    text: str,
    claims: { type: 'array', items: claim },
    skipped: { type: 'array', items: { type: 'object' } },
    corrections: { type: 'array' },
    orphans: { type: 'array' },
    version: { type: 'integer' },
  },
} as const;

const review = {
  type: 'object',
  properties: {
    status: { enum: [...REVIEW_STATUSES] },
    note: str,
    reviewer: str,
    updatedAt: str,
    anchor: { type: 'object' },
    history: { type: 'array', items: { type: 'object' } },
    evidence: { type: 'array', items: { type: 'object' } },
  },
} as const;

export const WORKSPACE_SCHEMA = {
  type: 'object',
  required: ['schemaVersion', 'articles', 'reviews', 'settings'],
  properties: {
    schemaVersion: { type: 'integer', minimum: 1 },
    journalSeq: int,
    createdAt: str,
    settings: { type: 'object', properties: { reviewerName: str, organisation: str } },
    articles: { type: 'array', items: article },
    reviews: {
      type: 'object',
      patternProperties: INERT_KEYS,
      additionalProperties: { type: 'object', patternProperties: INERT_KEYS, additionalProperties: review },
    },
    trash: {
      type: 'array',
      items: { type: 'object', required: ['article', 'reviews'], properties: { article, reviews: { type: 'object' } } },
    },
    userOutlets: {
      type: 'array',
      items: { type: 'object', required: ['id', 'name'], properties: { id: str, name: str } },
    },
  },
} as const;

/** A newer version's file is only checked for being a workspace: its inner shape is that version's business. */
const TOP_LEVEL_SCHEMA = {
  type: 'object',
  required: ['schemaVersion'],
  properties: { schemaVersion: { type: 'integer', minimum: 1 } },
} as const;

let compiled: { full: ReturnType<Ajv['compile']>; top: ReturnType<Ajv['compile']> } | null = null;

function validators() {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    compiled = { full: ajv.compile(WORKSPACE_SCHEMA), top: ajv.compile(TOP_LEVEL_SCHEMA) };
  }
  return compiled;
}

export interface Validation {
  /** Why the file is not a workspace at all; null when it is one. */
  fatal: string | null;
  /** The parts that do not match, for the person ("article 3 (a-12ab…): claims is missing"). */
  bad: string[];
  /** The document without the bad parts (null when fatal). */
  good: WorkspaceData | null;
}

const MAX_NAMED = 8;

export function validateWorkspace(value: unknown, understoodVersion: number): Validation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      fatal: value === null ? 'it holds null, not a workspace' : 'it is not a JSON object',
      bad: [],
      good: null,
    };
  }
  const { full, top } = validators();
  if (!top(value)) return { fatal: 'it has no valid schemaVersion', bad: [], good: null };
  const version = (value as { schemaVersion: number }).schemaVersion;
  if (version > understoodVersion || full(value)) return { fatal: null, bad: [], good: value as WorkspaceData };

  const doc = value as Record<string, unknown>;
  const badArticles = new Set<number>();
  const badTrash = new Set<number>();
  const badOutlets = new Set<number>();
  const badReviews = new Map<string, Set<string>>();
  const named = new Map<string, string>();
  for (const error of full.errors ?? []) {
    const parts = error.instancePath.split('/').slice(1).map(unescapePointer);
    const [head, a, b] = parts;
    const detail = describe(error, parts.slice(head === 'reviews' ? 3 : 2));
    if (head === 'articles' && a !== undefined) {
      badArticles.add(Number(a));
      const id = (doc.articles as { id?: unknown }[])[Number(a)]?.id;
      named.set(`a${a}`, `article ${Number(a) + 1}${typeof id === 'string' ? ` (${id})` : ''}: ${detail}`);
    } else if (head === 'reviews' && a !== undefined && b !== undefined) {
      (badReviews.get(a) ?? badReviews.set(a, new Set()).get(a)!).add(b);
      named.set(`r${a}/${b}`, `the review of claim ${b} in article ${a}: ${detail}`);
    } else if (head === 'trash' && a !== undefined) {
      badTrash.add(Number(a));
      named.set(`t${a}`, `deleted article ${Number(a) + 1} in the trash: ${detail}`);
    } else if (head === 'userOutlets' && a !== undefined) {
      badOutlets.add(Number(a));
      named.set(`o${a}`, `your outlet ${Number(a) + 1}: ${detail}`);
    } else {
      return { fatal: topLevelProblem(error, parts), bad: [], good: null };
    }
  }
  const reviews: Record<string, unknown> = {};
  for (const [articleId, table] of Object.entries(doc.reviews as Record<string, Record<string, unknown>>)) {
    const drop = badReviews.get(articleId);
    reviews[articleId] = drop ? Object.fromEntries(Object.entries(table).filter(([id]) => !drop.has(id))) : table;
  }
  const keep = <T>(list: unknown, drop: Set<number>) =>
    Array.isArray(list) ? (list as T[]).filter((_, i) => !drop.has(i)) : list;
  const good = {
    ...doc,
    articles: keep(doc.articles, badArticles),
    reviews,
    ...(doc.trash !== undefined ? { trash: keep(doc.trash, badTrash) } : {}),
    ...(doc.userOutlets !== undefined ? { userOutlets: keep(doc.userOutlets, badOutlets) } : {}),
  } as unknown as WorkspaceData;
  const list = [...named.values()];
  const bad = list.length > MAX_NAMED ? [...list.slice(0, MAX_NAMED), `and ${list.length - MAX_NAMED} more`] : list;
  return { fatal: null, bad, good };
}

const TOP_LEVEL_NAMES: Record<string, string> = {
  articles: 'list of articles',
  reviews: 'reviews table',
  settings: 'settings',
  schemaVersion: 'valid schemaVersion',
};

function topLevelProblem(error: ErrorObject, parts: string[]): string {
  if (error.keyword === 'required' && parts.length === 0) {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return `it has no ${TOP_LEVEL_NAMES[missing] ?? missing}`;
  }
  const field = parts[0] ?? '';
  if (parts.length === 1 && TOP_LEVEL_NAMES[field])
    return `it has no ${TOP_LEVEL_NAMES[field]} (${field} is not valid)`;
  return `${parts.join('.') || 'the file'} ${describe(error, []).replace(/^it /, '')}`;
}

function describe(error: ErrorObject, inner: string[]): string {
  const field = inner.length ? inner.join('.') : 'it';
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return `${inner.length ? `${field}.` : ''}${missing} is missing`;
  }
  if (error.keyword === 'type') return `${field} is not ${article_a((error.params as { type: string }).type)}`;
  if (error.keyword === 'enum') return `${field} is not one of ${REVIEW_STATUSES.join(', ')}`;
  return `${field} ${error.message ?? 'is not valid'}`;
}

function article_a(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}
