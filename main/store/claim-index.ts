// A small index of a workspace's claims beside its snapshot (`<workspace>.index`), written after every snapshot
// rewrite: which claims each article has, which are headings, their review status, and the reviewer's name. With
// it (and the journal), a one-claim change from the CLI is checked and journaled without parsing the snapshot,
// which is 45 MB at 50,000 claims. It is only a cache: it names the snapshot it was built from (size, mtime,
// inode), and when it does not match, or the journal holds a change it cannot follow, the caller opens the
// workspace in full instead.
import { readFile, stat } from 'node:fs/promises';
import { writeBytesAtomic } from './durable-write';
import type { JournalBatch } from './journal';
import type { WorkspaceData } from './schema';

export const INDEX_SUFFIX = '.index';
const VERSION = 1;

/** [claimId, 1 when it is a heading, review status or null]. */
type ClaimEntry = [string, 0 | 1, string | null];

interface IndexFile {
  v: number;
  snapshot: { size: number; mtimeMs: number; ino: number };
  journalSeq: number;
  reviewerName: string;
  articles: [string, ClaimEntry[]][];
}

export interface ClaimIndex {
  journalSeq: number;
  reviewerName: string;
  /** articleId -> claimId -> { heading, status }. */
  articles: Map<string, Map<string, { heading: boolean; status: string | null }>>;
}

export function indexPathFor(workspacePath: string): string {
  return workspacePath + INDEX_SUFFIX;
}

/** Writes the index of `data`, which is what the snapshot at `workspacePath` now holds. */
export async function writeClaimIndex(workspacePath: string, data: WorkspaceData): Promise<void> {
  const { size, mtimeMs, ino } = await stat(workspacePath);
  const file: IndexFile = {
    v: VERSION,
    snapshot: { size, mtimeMs, ino },
    journalSeq: data.journalSeq ?? 0,
    reviewerName: data.settings.reviewerName ?? '',
    articles: data.articles.map((a) => {
      const reviews = data.reviews[a.id] ?? {};
      return [
        a.id,
        a.claims.map((c): ClaimEntry => [c.id, c.kind === 'heading' ? 1 : 0, reviews[c.id]?.status ?? null]),
      ];
    }),
  };
  await writeBytesAtomic(indexPathFor(workspacePath), Buffer.from(JSON.stringify(file), 'utf8'));
}

/** The index, when it describes the snapshot as it is on disk now; null otherwise. */
export async function readClaimIndex(workspacePath: string): Promise<ClaimIndex | null> {
  try {
    const [info, raw] = await Promise.all([stat(workspacePath), readFile(indexPathFor(workspacePath), 'utf8')]);
    const file = JSON.parse(raw) as IndexFile;
    const s = file.snapshot;
    if (file.v !== VERSION || s.size !== info.size || s.mtimeMs !== info.mtimeMs || s.ino !== info.ino) return null;
    const articles = new Map(
      file.articles.map(([id, claims]) => [
        id,
        new Map(claims.map(([c, h, st]) => [c, { heading: h === 1, status: st }])),
      ]),
    );
    return { journalSeq: file.journalSeq, reviewerName: file.reviewerName, articles };
  } catch {
    return null;
  }
}

/**
 * Follows journal batches beyond the index's snapshot. Returns false when a batch changes the claims or reviews
 * in a way the index cannot follow (the caller then opens the workspace in full).
 */
export function followJournal(index: ClaimIndex, batches: readonly JournalBatch[]): boolean {
  for (const batch of batches) {
    if (batch.seq <= index.journalSeq) continue;
    for (const op of batch.ops) {
      if (!followOp(index, op)) return false;
    }
    index.journalSeq = batch.seq;
  }
  return true;
}

function followOp(index: ClaimIndex, op: JournalBatch['ops'][number]): boolean {
  if (op.op === 'review') {
    const entry = index.articles.get(op.articleId)?.get(op.claimId);
    if (entry && !entry.heading && op.change.status !== undefined) entry.status = op.change.status;
    return true;
  }
  const [head, a, c, ...rest] = op.path;
  if (head === 'articles') {
    if (op.path.length !== 1) return false;
    if (op.op === 'upsert') {
      const claims = (op.value as { claims?: { id: string; kind: string }[] }).claims;
      if (!Array.isArray(claims)) return false;
      const old = index.articles.get(op.value.id);
      index.articles.set(
        op.value.id,
        new Map(
          claims.map((cl) => [cl.id, { heading: cl.kind === 'heading', status: old?.get(cl.id)?.status ?? null }]),
        ),
      );
      return true;
    }
    if (op.op === 'remove') {
      index.articles.delete(op.id);
      return true;
    }
    return false;
  }
  if (head === 'reviews') {
    if (op.op !== 'set' && op.op !== 'delete') return false;
    const value = op.op === 'set' ? op.value : undefined;
    if (a === undefined) return false;
    const claims = index.articles.get(a);
    if (c === undefined) {
      const table = (value ?? {}) as Record<string, { status?: string }>;
      for (const [id, entry] of claims ?? []) entry.status = table[id]?.status ?? null;
      return true;
    }
    if (rest.length > 0) return rest[0] !== 'status'; // a field of one review other than its status
    const entry = claims?.get(c);
    if (entry) entry.status = (value as { status?: string } | undefined)?.status ?? null;
    return true;
  }
  if (head === 'settings') {
    if (op.op !== 'set') return false;
    if (a === undefined) index.reviewerName = (op.value as { reviewerName?: string })?.reviewerName ?? '';
    else if (a === 'reviewerName') index.reviewerName = typeof op.value === 'string' ? op.value : '';
    return true;
  }
  return true; // trash, outlets: no claims or reviews of the library
}
