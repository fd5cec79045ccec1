// The journal: one line per acknowledged batch of operations, fsynced before the batch is acknowledged. Each line
// carries a CRC-32 of its JSON, so a damaged line is recognised rather than half-applied, and each append starts
// on a record boundary: a torn tail (a crash mid-append, never acknowledged) is cut off or fenced by a newline
// first, so that a new batch never lands on the same line as a torn one.
import { open, readFile, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { checkOp, type Op } from './ops';
import { syncFolder } from './fs-sync';
import { writeAll, writeBytesAtomic } from './durable-write';

export interface JournalBatch {
  seq: number;
  ops: Op[];
}

export interface DamagedLine {
  /** 1-based line number in the journal. */
  line: number;
  raw: string;
  reason: string;
}

export interface JournalContents {
  batches: JournalBatch[];
  /** Complete lines that could not be used (damaged, or holding an invalid change): skipped, the rest applied. */
  damaged: DamagedLine[];
  /** Bytes up to the end of the last complete line: a torn tail beyond it is cut off before the next append. */
  goodEnd: number;
  bytes: number;
}

const CRC_PREFIX = /^c([0-9a-f]{8}) /;

export function formatBatch(batch: JournalBatch): string {
  const json = JSON.stringify(batch);
  return `c${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

export function parseJournal(raw: Buffer): JournalContents {
  const batches: JournalBatch[] = [];
  const damaged: DamagedLine[] = [];
  let offset = 0;
  let goodEnd = 0;
  for (let line = 1; offset < raw.length; line++) {
    const nl = raw.indexOf(0x0a, offset);
    const complete = nl >= 0;
    const end = complete ? nl : raw.length;
    const text = raw.subarray(offset, end).toString('utf8');
    offset = end + 1;
    if (text.trim() === '') {
      if (complete) goodEnd = offset;
      continue;
    }
    const parsed = parseLine(text);
    if ('batch' in parsed) {
      batches.push(parsed.batch);
      goodEnd = complete ? offset : raw.length;
    } else if (complete) {
      damaged.push({ line, raw: text, reason: parsed.problem });
      goodEnd = offset;
    }
    // An incomplete last line that does not parse is a torn append: never acknowledged, ignored.
  }
  return { batches, damaged, goodEnd, bytes: raw.length };
}

export async function readJournal(path: string): Promise<JournalContents> {
  try {
    return parseJournal(await readFile(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { batches: [], damaged: [], goodEnd: 0, bytes: 0 };
    throw e;
  }
}

function parseLine(line: string): { batch: JournalBatch } | { problem: string } {
  let json = line;
  const crc = CRC_PREFIX.exec(line);
  if (crc) {
    json = line.slice(crc[0].length);
    if (crc32(json) !== parseInt(crc[1]!, 16)) return { problem: 'its checksum does not match (the line is damaged)' };
  } else if (!line.startsWith('{')) {
    return { problem: 'it is not a journal record' };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { problem: 'it is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null) return { problem: 'it is not a journal record' };
  const { seq, ops } = value as Record<string, unknown>;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1 || !Array.isArray(ops)) {
    return { problem: 'it has no sequence number or no list of changes' };
  }
  for (const op of ops) {
    const problem = opProblem(op);
    if (problem) return { problem };
  }
  return { batch: { seq, ops: ops as Op[] } };
}

function opProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'a change in it is not an object';
  const op = value as Record<string, unknown>;
  const ok =
    (op.op === 'set' && 'value' in op) ||
    op.op === 'delete' ||
    (op.op === 'upsert' &&
      typeof op.value === 'object' &&
      op.value !== null &&
      typeof (op.value as Obj).id === 'string') ||
    (op.op === 'remove' && typeof op.id === 'string') ||
    (op.op === 'review' &&
      typeof op.articleId === 'string' &&
      typeof op.claimId === 'string' &&
      typeof op.change === 'object' &&
      op.change !== null &&
      typeof op.at === 'string');
  if (!ok) return `it holds an invalid change (${JSON.stringify(op.op ?? null).slice(0, 40)})`;
  try {
    checkOp(op as unknown as Op);
  } catch (e) {
    return `it holds an invalid change (${(e as Error).message})`;
  }
  return null;
}

type Obj = Record<string, unknown>;

/** Appends batches to the journal; one instance per open workspace. */
export class JournalWriter {
  private handle: FileHandle | null = null;
  /** Bytes in the journal file as far as this writer knows. */
  bytes = 0;

  constructor(readonly path: string) {}

  async append(batches: readonly JournalBatch[]): Promise<void> {
    if (!this.handle) {
      const existed = await stat(this.path).then(
        () => true,
        () => false,
      );
      this.handle = await open(this.path, 'a+');
      this.bytes = (await this.handle.stat()).size;
      // A new journal's directory entry must survive a crash too.
      if (!existed) await syncFolder(dirname(this.path));
    }
    const handle = this.handle;
    const before = this.bytes;
    // A record boundary: whatever an earlier writer left without its newline is fenced off as its own line.
    const fence = before > 0 && !(await endsWithNewline(handle, before)) ? '\n' : '';
    const bytes = Buffer.from(fence + batches.map(formatBatch).join(''), 'utf8');
    try {
      await writeAll(handle, bytes, this.path);
      await handle.datasync();
    } catch (e) {
      // Take back a partial append so that the file ends on a boundary again; a failed handle is reopened later.
      await handle.truncate(before).catch(() => undefined);
      await this.close();
      throw e;
    }
    this.bytes = before + bytes.length;
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
    const bytes = Buffer.from(batches.map(formatBatch).join(''), 'utf8');
    await writeBytesAtomic(this.path, bytes);
    this.bytes = bytes.length;
  }

  async close(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    await h?.close().catch(() => undefined);
  }
}

async function endsWithNewline(handle: FileHandle, size: number): Promise<boolean> {
  const last = Buffer.alloc(1);
  const { bytesRead } = await handle.read(last, 0, 1, size - 1).catch(() => ({ bytesRead: 0 }));
  return bytesRead === 1 && last[0] === 0x0a;
}
