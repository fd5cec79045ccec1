// `claimdesk mark` without reading the whole workspace: with the lock held, the claim is checked against the
// claim index (main/store/claim-index.ts) and the journal, and the decision is appended to the journal as one
// fsynced review change, resolved into a review record whenever the workspace is next opened. At 50,000 claims
// this takes a few milliseconds of I/O instead of parsing 45 MB. When the index is missing or stale, the journal
// is damaged or large, or holds a change the index cannot follow, it returns null and mark opens the workspace
// in full.
import { truncate } from 'node:fs/promises';
import { resolve } from 'node:path';
import { followJournal, readClaimIndex } from '../store/claim-index';
import { describeWriteError } from '../store/fs-errors';
import { JournalWriter, readJournal } from '../store/journal';
import { acquireLock, LockWriteError, WorkspaceLockedError } from '../store/lock';
import type { ReviewOp } from '../store/ops';
import { JOURNAL_SUFFIX, removeLeftoverTemps, workspaceExists } from '../store/workspace-store';
import { CliError, type CliIo } from './io';
import { EXIT_LOCKED } from './workspace-open';

/** Past this, the journal is folded into the snapshot by a full open. */
const QUICK_JOURNAL_LIMIT = 4 * 1024 * 1024;

export interface QuickMark {
  claim: string;
  article?: string;
  status?: string;
  note?: string;
  reviewer?: string;
  waitSeconds: number;
  now: Date;
}

export async function quickMark(path: string, m: QuickMark, io: CliIo): Promise<number | null> {
  const file = resolve(path);
  if (!(await workspaceExists(file))) return null;
  let lock;
  try {
    lock = await acquireLock(file, 'cli', { waitMs: m.waitSeconds * 1000 });
  } catch (e) {
    if (e instanceof WorkspaceLockedError) throw new CliError(`mark: ${e.message}`, EXIT_LOCKED);
    if (e instanceof LockWriteError) throw new CliError(`mark: ${e.message}`);
    throw e;
  }
  try {
    await removeLeftoverTemps(file);
    const index = await readClaimIndex(file);
    if (!index) return null;
    const journalPath = file + JOURNAL_SUFFIX;
    const journal = await readJournal(journalPath);
    if (journal.damaged.length > 0 || journal.bytes > QUICK_JOURNAL_LIMIT) return null;
    if (!followJournal(index, journal.batches)) return null;

    const matches = index.articlesWith(m.claim, m.article);
    if (matches.length === 0) {
      throw new CliError(
        `mark: there is no claim ${m.claim}${m.article ? ` in article ${m.article}` : ''} in this workspace`,
      );
    }
    if (matches.length > 1) {
      throw new CliError(`mark: claim ${m.claim} is in several articles (${matches.join(', ')}); add --article ID`);
    }
    const articleId = matches[0]!;
    const entry = index.claims(articleId)!.get(m.claim)!;
    if (entry.heading) throw new CliError('mark: headings are not claims and cannot be reviewed');

    const op: ReviewOp = {
      op: 'review',
      articleId,
      claimId: m.claim,
      change: {
        ...(m.status !== undefined ? { status: m.status as never } : {}),
        ...(m.note !== undefined ? { note: m.note } : {}),
      },
      reviewer: m.reviewer?.trim() || null,
      at: m.now.toISOString(),
    };
    const seq = Math.max(index.journalSeq, ...journal.batches.map((b) => b.seq)) + 1;
    const writer = new JournalWriter(journalPath);
    try {
      if (journal.goodEnd < journal.bytes) await truncate(journalPath, journal.goodEnd); // a torn tail: never acked
      await writer.append([{ seq, ops: [op] }]);
    } catch (e) {
      throw new CliError(
        `mark: ${describeWriteError(e, file)} The change was not saved; the workspace is as it was before.`,
      );
    } finally {
      await writer.close();
    }
    io.stdout(`${m.claim}\t${m.status ?? entry.status ?? 'pending'}\n`);
    return 0;
  } finally {
    await lock.release();
  }
}
