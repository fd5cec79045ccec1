// The journal: one JSON line per acknowledged batch of operations, fsynced before the batch is acknowledged.
// A crash can only leave a torn last line (never acknowledged), which reading ignores.
import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Op } from './ops';
import { syncFolder } from './fs-sync';

export interface JournalBatch {
  seq: number;
  ops: Op[];
}

export interface JournalContents {
  batches: JournalBatch[];
  /** Set when a line other than the last could not be read: replay stopped there. */
  damagedAt: number | null;
  bytes: number;
}

export async function readJournal(path: string): Promise<JournalContents> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { batches: [], damagedAt: null, bytes: 0 };
    throw e;
  }
  const lines = raw.split('\n');
  const batches: JournalBatch[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const batch = parseBatch(line);
    if (!batch) {
      const isTornTail = lines.slice(i + 1).every((l) => l.trim() === '');
      return { batches, damagedAt: isTornTail ? null : i + 1, bytes: raw.length };
    }
    batches.push(batch);
  }
  return { batches, damagedAt: null, bytes: raw.length };
}

function parseBatch(line: string): JournalBatch | null {
  try {
    const value = JSON.parse(line) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { seq, ops } = value as Record<string, unknown>;
    if (typeof seq !== 'number' || !Array.isArray(ops)) return null;
    return { seq, ops: ops as Op[] };
  } catch {
    return null;
  }
}

/** Appends batches to the journal; one instance per open workspace. */
export class JournalWriter {
  private handle: FileHandle | null = null;
  bytes = 0;

  constructor(readonly path: string) {}

  async append(batches: readonly JournalBatch[]): Promise<void> {
    const text = batches.map((b) => `${JSON.stringify(b)}\n`).join('');
    if (!this.handle) {
      this.handle = await open(this.path, 'a');
      await syncFolder(dirname(this.path)); // the journal's own directory entry must survive a crash too
    }
    try {
      await this.handle.appendFile(text, 'utf8');
      await this.handle.datasync();
    } catch (e) {
      // A failed handle (disk full, file removed) is reopened on the next attempt.
      await this.close();
      throw e;
    }
    this.bytes += Buffer.byteLength(text);
  }

  /** Replaces the journal with only the given batches (after a snapshot has absorbed the others). */
  async rewrite(batches: readonly JournalBatch[]): Promise<void> {
    await this.close();
    if (batches.length === 0) {
      await unlink(this.path).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      this.bytes = 0;
      return;
    }
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    const text = batches.map((b) => `${JSON.stringify(b)}\n`).join('');
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.path);
    await syncFolder(dirname(this.path));
    this.bytes = Buffer.byteLength(text);
  }

  async close(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    await h?.close().catch(() => undefined);
  }
}
