// Keeping an article's claims, corrections and reviews consistent: after a correction (same text) and after a
// re-import (new text), claims are rebuilt from the extraction plus the reviewer's corrections, and every review
// (and every earlier orphan) is re-attached by its anchor; what cannot re-attach is kept as an orphan.
import { createHash } from 'node:crypto';
import { extractClaims } from '../core/extract';
import { applyCorrections, type CorrectionOp, type OutletLookup } from '../core/review/corrections';
import { defaultOutletResolver, type OutletResolver } from '../core/outlets/resolver';
import { reattachReviews, type OrphanedReview } from '../core/review/reanchor';
import type { ReviewRecord } from '../core/review/record';
import type { Claim, Extraction, SkippedLine } from '../core/types';
import type { ArticleRecord } from '../store/schema';
import type { WorkspaceStore } from '../store/workspace-store';
import type { ArticleView, ClaimReview, CorrectionView, OrphanView, OutletInfo } from './contract';
import { describeCorrection } from '../core/review/corrections';
import { outletInfo, workspaceOutlets } from './workspace-outlets';

export interface Rebuilt {
  claims: Claim[];
  skipped: SkippedLine[];
  reviews: Record<string, ReviewRecord>;
  orphans: OrphanedReview[];
  unapplied: string[];
  corrected: Record<string, string[]>;
  reattached: number;
  newlyOrphaned: number;
}

const byStart = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.start - b.start || a.end - b.end;

/**
 * Re-attaches the reviews and the earlier orphans to new claims; earlier orphans that stay orphans keep their
 * record.
 */
export function reattachAll(
  text: string,
  claims: readonly Claim[],
  table: Record<string, ReviewRecord>,
  orphans: readonly OrphanedReview[],
  now: Date,
): { reviews: Record<string, ReviewRecord>; orphans: OrphanedReview[]; reattached: number; newlyOrphaned: number } {
  const fromOrphan = new Map<ReviewRecord, OrphanedReview>();
  for (const o of orphans) fromOrphan.set(o.review, o);
  const all = [...Object.values(table), ...orphans.map((o) => o.review)];
  const result = reattachReviews(text, claims, all, now);
  const kept = result.orphans.map((o) => fromOrphan.get(o.review) ?? o);
  const newlyOrphaned = result.orphans.filter((o) => !fromOrphan.has(o.review)).length;
  return { reviews: result.reviews, orphans: kept, reattached: Object.keys(result.reviews).length, newlyOrphaned };
}

/** Claims from a fresh extraction of `text` with every correction applied, and the reviews re-attached. */
export function rebuildArticle(
  text: string,
  ops: readonly CorrectionOp[],
  table: Record<string, ReviewRecord>,
  orphans: readonly OrphanedReview[],
  now: Date,
  extraction: Extraction = extractClaims(text),
  outlets?: OutletLookup,
): Rebuilt {
  const outcome = applyCorrections(text, extraction.claims, ops, outlets);
  const skipped = [...extraction.skipped, ...outcome.hidden].sort(byStart);
  const again = reattachAll(text, outcome.claims, table, orphans, now);
  return { claims: outcome.claims, skipped, unapplied: outcome.unapplied, corrected: outcome.corrected, ...again };
}

export function articleIdFor(text: string, taken: (id: string) => boolean): string {
  const base = `a-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

export function publicReview(r: ReviewRecord): ClaimReview {
  return {
    status: r.status,
    note: r.note,
    reviewer: r.reviewer,
    updatedAt: r.updatedAt,
    evidence: r.evidence ?? [],
    history: r.history,
    ...(r.conflict ? { conflict: r.conflict } : {}),
  };
}

export function orphanView(o: OrphanedReview): OrphanView {
  const r = o.review;
  return {
    id: o.id,
    quote: r.anchor.quote,
    status: r.status,
    note: r.note,
    reviewer: r.reviewer,
    updatedAt: r.updatedAt,
    evidence: r.evidence ?? [],
    reason: o.reason,
    orphanedAt: o.orphanedAt,
  };
}

/** Which corrections are in force and which claims they touch, computed from the ops over the current text. */
export function correctionState(
  a: ArticleRecord,
  outlets: OutletResolver = defaultOutletResolver(),
): { views: CorrectionView[]; corrected: Record<string, string[]> } {
  const ops = a.corrections ?? [];
  if (ops.length === 0) return { views: [], corrected: {} };
  // Ops apply to fresh extraction; here we only need which of them still find their claims, so replay them on an
  // extraction of the current text (cached per text: articles are long and this runs on every open).
  const cached = stateCache.get(a);
  if (cached) return cached;
  const outcome = a.correctionState ?? applyCorrections(a.text, extractionOf(a.text, outlets).claims, ops, outlets);
  const failed = new Set(outcome.unapplied);
  const state = {
    views: ops.map((op) => ({
      id: op.id,
      type: op.type,
      label: describeCorrection(op),
      at: op.at,
      by: op.by,
      applied: !failed.has(op.id),
    })),
    corrected: outcome.corrected,
  };
  stateCache.set(a, state);
  return state;
}

const stateCache = new WeakMap<ArticleRecord, { views: CorrectionView[]; corrected: Record<string, string[]> }>();
const extractionCache = new Map<string, { outlets: OutletResolver; extraction: Extraction }>();

/**
 * Extraction of a text with a workspace's outlets, remembered for the last few texts (corrections re-extract
 * the same article often). A different resolver (the person added an outlet) extracts afresh.
 */
export function extractionOf(text: string, outlets: OutletResolver = defaultOutletResolver()): Extraction {
  const hit = extractionCache.get(text);
  if (hit && hit.outlets === outlets) return hit.extraction;
  const fresh = extractClaims(text, { outlets });
  extractionCache.delete(text);
  extractionCache.set(text, { outlets, extraction: fresh });
  while (extractionCache.size > 4) extractionCache.delete(extractionCache.keys().next().value as string);
  return fresh;
}

export function articleView(store: WorkspaceStore, a: ArticleRecord): ArticleView {
  const reviews: Record<string, ClaimReview> = {};
  for (const [claimId, r] of Object.entries(store.data.reviews[a.id] ?? {})) reviews[claimId] = publicReview(r);
  const resolver = workspaceOutlets(store);
  const { views, corrected } = correctionState(a, resolver);
  const outlets: Record<string, OutletInfo> = {};
  for (const c of a.claims) {
    for (const ref of c.outlet ? [c.outlet, ...c.outlet.via] : []) {
      if (outlets[ref.id]) continue;
      const e = resolver.get(ref.id);
      if (e) outlets[ref.id] = outletInfo(e);
    }
  }
  return {
    id: a.id,
    meta: a.meta,
    text: a.text,
    claims: a.claims,
    skipped: a.skipped,
    reviews,
    orphans: (a.orphans ?? []).map(orphanView),
    corrections: views,
    corrected: corrected as ArticleView['corrected'],
    version: a.version ?? 1,
    outlets,
  };
}
