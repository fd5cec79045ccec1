// How a conflict shows in the workspace (issue 16). CouchDB's revision tree says which versions of a review were
// made apart; the workspace keeps the deterministic winner's fields, lists every version (who, what, when) until
// a reviewer's next change resolves it, and merges all versions' histories and evidence so that nothing is lost.
import type { EvidenceLink, HistoryEntry, ReviewConflictVersion, ReviewRecord } from '../core/review/record';
import { canonicalJson } from './documents';
import type { PouchDoc } from './pouch';

function versionOf(doc: PouchDoc): ReviewConflictVersion {
  const r = doc.review as ReviewRecord;
  return {
    rev: doc._rev!,
    by: String(doc.by),
    reviewer: r.reviewer,
    status: r.status,
    note: r.note,
    updatedAt: r.updatedAt,
  };
}

/** The review the workspace shows for a document with conflicting leaves: winner first, then the others. */
export function mergeConflict(winner: PouchDoc, others: PouchDoc[]): ReviewRecord {
  const all = [winner, ...others];
  const reviews = all.map((d) => d.review as ReviewRecord);
  const seen = new Set<string>();
  const history: HistoryEntry[] = [];
  for (const r of reviews) {
    for (const h of r.history) {
      const key = canonicalJson(h);
      if (seen.has(key)) continue;
      seen.add(key);
      history.push(h);
    }
  }
  history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const evidence: EvidenceLink[] = [];
  const evidenceIds = new Set<string>();
  for (const r of reviews) {
    for (const e of r.evidence ?? []) {
      if (evidenceIds.has(e.id)) continue;
      evidenceIds.add(e.id);
      evidence.push(e);
    }
  }
  const base = reviews[0]!;
  return {
    ...base,
    history,
    ...(evidence.length || base.evidence ? { evidence } : {}),
    conflict: { versions: all.map(versionOf) },
  };
}
