// Every change to a workspace is a small, serialisable operation. Operations are journaled before they are
// acknowledged and replayed after a crash, and they update the state copy-on-write so that a snapshot being
// written in the background always sees one consistent state.

import { applyReviewChange, type ReviewChange, type ReviewRecord } from '../core/review/record';

export type Path = readonly string[];

/**
 * A reviewer's decision on one claim, resolved when it is applied: the CLI journals it without reading the whole
 * workspace, and the review record (history, anchor) is computed from the state it lands on.
 */
export interface ReviewOp {
  op: 'review';
  articleId: string;
  claimId: string;
  change: Pick<ReviewChange, 'status' | 'note'>;
  /** null: the workspace's reviewer name (or "claimdesk CLI") at the time it is applied. */
  reviewer: string | null;
  at: string;
}

export type Op =
  /** Sets the value at an object path, creating objects on the way. */
  | { op: 'set'; path: Path; value: unknown }
  /** Deletes the key at an object path. */
  | { op: 'delete'; path: Path }
  /** Inserts or replaces (by `id`) an element of the array at `path`. */
  | { op: 'upsert'; path: Path; value: { id: string } & Record<string, unknown> }
  /** Removes (by `id`) an element of the array at `path`. */
  | { op: 'remove'; path: Path; id: string }
  | ReviewOp;

// Keys that would reach Object.prototype through a path are refused outright.
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

export class InvalidOpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidOpError';
  }
}

export function checkOp(op: Op): void {
  if (op.op === 'review') {
    if ([op.articleId, op.claimId].some((k) => typeof k !== 'string' || FORBIDDEN_KEYS.has(k))) {
      throw new InvalidOpError(`A review change names an invalid claim: ${JSON.stringify([op.articleId, op.claimId])}`);
    }
    return;
  }
  if (!Array.isArray(op.path) || op.path.some((k) => typeof k !== 'string' || FORBIDDEN_KEYS.has(k))) {
    throw new InvalidOpError(`A workspace change has an invalid path: ${JSON.stringify(op.path)}`);
  }
  if ((op.op === 'set' || op.op === 'delete') && op.path.length === 0) {
    throw new InvalidOpError('A workspace change cannot replace the whole workspace.');
  }
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies one operation and returns the new root; untouched branches are shared with the old root. */
export function applyOp<T extends object>(root: T, op: Op): T {
  checkOp(op);
  if (op.op === 'review') return applyReview(root, op);
  return update(root as unknown as Obj, op.path, 0, (current) => {
    switch (op.op) {
      case 'set':
        return op.value;
      case 'upsert': {
        const list = Array.isArray(current) ? current : [];
        const i = list.findIndex((x) => isObj(x) && x.id === op.value.id);
        return i < 0 ? [...list, op.value] : list.map((x, j) => (j === i ? op.value : x));
      }
      case 'remove': {
        const list = Array.isArray(current) ? current : [];
        return list.filter((x) => !(isObj(x) && x.id === op.id));
      }
      case 'delete':
        return DELETE;
    }
  }) as unknown as T;
}

export function applyOps<T extends object>(root: T, ops: readonly Op[]): T {
  return ops.reduce((r, op) => applyOp(r, op), root);
}

const DELETE = Symbol('delete');

interface ReviewableRoot {
  articles?: { id: string; text: string; claims: { id: string; start: number; end: number; kind: string }[] }[];
  reviews?: Record<string, Record<string, ReviewRecord>>;
  settings?: { reviewerName?: string };
}

function applyReview<T extends object>(root: T, op: ReviewOp): T {
  const data = root as unknown as ReviewableRoot;
  const article = data.articles?.find((a) => a?.id === op.articleId);
  const claim = article?.claims?.find((c) => c?.id === op.claimId);
  if (!article || !claim || claim.kind === 'heading') return root; // checked when journaled; gone since: nothing to do
  const reviewer = op.reviewer || data.settings?.reviewerName || 'claimdesk CLI';
  const at = new Date(op.at);
  const next = applyReviewChange(data.reviews?.[op.articleId]?.[op.claimId], op.change, {
    claimId: claim.id,
    text: article.text,
    start: claim.start,
    end: claim.end,
    reviewer,
    now: Number.isNaN(at.getTime()) ? new Date(0) : at,
  });
  return update(root as unknown as Obj, ['reviews', op.articleId, op.claimId], 0, () => next) as unknown as T;
}

function update(node: Obj, path: Path, depth: number, change: (current: unknown) => unknown): Obj {
  const key = path[depth];
  if (key === undefined) return change(node) as Obj;
  const child = Object.hasOwn(node, key) ? node[key] : undefined;
  const next = depth === path.length - 1 ? change(child) : update(isObj(child) ? child : {}, path, depth + 1, change);
  const copy: Obj = { ...node };
  if (next === DELETE) delete copy[key];
  else copy[key] = next;
  return copy;
}
