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

/**
 * One article: its id, its claim ids joined by spaces, one character per claim for its kind ("h" heading, "." other)
 * and one for its status (STATUS_CODES). Strings rather than arrays, so that 50,000 claims parse in a few ms.
 */
type ArticleEntry = [string, string, string, string];

interface IndexFile {
  v: number;
  snapshot: { size: number; mtimeMs: number; ino: number };
  journalSeq: number;
  reviewerName: string;
  articles: ArticleEntry[];
}

const STATUS_CODES: Record<string, string> = { pending: 'p', verified: 'v', disputed: 'd', unsourced: 'u' };
const STATUS_OF: Record<string, string | null> = {
  p: 'pending',
  v: 'verified',
  d: 'disputed',
  u: 'unsourced',
  '-': null,
};

export interface ClaimState {
  heading: boolean;
  status: string | null;
}

/** The claims of the workspace as of `journalSeq`; articles are unpacked only when they are looked at. */
export class ClaimIndex {
  private readonly packed = new Map<string, ArticleEntry>();
  private readonly unpacked = new Map<string, Map<string, ClaimState>>();

  constructor(
    public journalSeq: number,
    public reviewerName: string,
    entries: ArticleEntry[],
  ) {
    for (const e of entries) this.packed.set(e[0], e);
  }

  /** The articles holding claim `claimId` (restricted to `articleId` when given). */
  articlesWith(claimId: string, articleId?: string): string[] {
    const found: string[] = [];
    const padded = ` ${claimId} `;
    for (const [id, entry] of this.packed) {
      if ((!articleId || id === articleId) && ` ${entry[1]} `.includes(padded)) found.push(id);
    }
    for (const [id, claims] of this.unpacked) {
      if ((!articleId || id === articleId) && claims.has(claimId)) found.push(id);
    }
    return found;
  }

  claims(articleId: string): Map<string, ClaimState> | undefined {
    let claims = this.unpacked.get(articleId);
    const entry = this.packed.get(articleId);
    if (!claims && entry) {
      const ids = entry[1] ? entry[1].split(' ') : [];
      claims = new Map(
        ids.map((c, i) => [c, { heading: entry[2][i] === 'h', status: STATUS_OF[entry[3][i]!] ?? null }]),
      );
      this.packed.delete(articleId);
      this.unpacked.set(articleId, claims);
    }
    return claims;
  }

  setArticle(articleId: string, claims: Map<string, ClaimState> | null): void {
    this.packed.delete(articleId);
    if (claims) this.unpacked.set(articleId, claims);
    else this.unpacked.delete(articleId);
  }
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
    articles: data.articles.map((a): ArticleEntry => {
      const reviews = data.reviews[a.id] ?? {};
      let kinds = '';
      let statuses = '';
      for (const c of a.claims) {
        kinds += c.kind === 'heading' ? 'h' : '.';
        statuses += STATUS_CODES[reviews[c.id]?.status ?? ''] ?? '-';
      }
      return [a.id, a.claims.map((c) => c.id).join(' '), kinds, statuses];
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
    return new ClaimIndex(file.journalSeq, file.reviewerName, file.articles);
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
    const entry = index.claims(op.articleId)?.get(op.claimId);
    if (entry && !entry.heading && op.change.status !== undefined) entry.status = op.change.status;
    return true;
  }
  const [head, a, c, ...rest] = op.path;
  if (head === 'articles') {
    if (op.path.length !== 1) return false;
    if (op.op === 'upsert') {
      const claims = (op.value as { claims?: { id: string; kind: string }[] }).claims;
      if (!Array.isArray(claims)) return false;
      const old = index.claims(op.value.id);
      const next = claims.map((cl): [string, ClaimState] => [
        cl.id,
        { heading: cl.kind === 'heading', status: old?.get(cl.id)?.status ?? null },
      ]);
      index.setArticle(op.value.id, new Map(next));
      return true;
    }
    if (op.op === 'remove') {
      index.setArticle(op.id, null);
      return true;
    }
    return false;
  }
  if (head === 'reviews') {
    if (op.op !== 'set' && op.op !== 'delete') return false;
    const value = op.op === 'set' ? op.value : undefined;
    if (a === undefined) return false;
    const claims = index.claims(a);
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
