// Writes that are complete or did not happen. A write(2) may take fewer bytes than it was given (a full disk
// does exactly that before it starts failing with ENOSPC); every write here checks its length, every file is
// fsynced and its size checked before it is renamed into place, and a failed temp file is removed.
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { syncFolder } from './fs-sync';

/** A write that the disk took only part of: the file is incomplete. */
export class ShortWriteError extends Error {
  readonly code = 'ESHORTWRITE';
  constructor(
    readonly written: number,
    readonly expected: number,
  ) {
    super(`the disk took only ${written} of ${expected} bytes`);
    this.name = 'ShortWriteError';
  }
}

/**
 * The one place bytes reach a file handle; tests replace `write` to simulate a disk that takes short writes.
 * `target` is the file the bytes are finally for (the workspace, its journal, its lock), not the temp file.
 */
export const fileIo = {
  write(handle: FileHandle, bytes: Uint8Array, target: string): Promise<{ bytesWritten: number }> {
    void target;
    return handle.write(bytes, 0, bytes.length, null);
  },
};

/** Writes all of `bytes` or throws; a short write is a failure, never retried into a half-written file. */
export async function writeAll(handle: FileHandle, bytes: Uint8Array, target: string): Promise<void> {
  if (bytes.length === 0) return;
  const { bytesWritten } = await fileIo.write(handle, bytes, target);
  if (bytesWritten !== bytes.length) throw new ShortWriteError(bytesWritten, bytes.length);
}

/** Fsyncs and checks that the file holds exactly `expected` bytes. */
export async function syncAndCheckSize(handle: FileHandle, expected: number, what: string): Promise<void> {
  await handle.sync();
  const { size } = await handle.stat();
  if (size !== expected) {
    throw Object.assign(new Error(`${what} holds ${size} bytes instead of ${expected}`), { code: 'ESHORTWRITE' });
  }
}

/** A temp file beside `target`, named so that a later open can recognise (and remove) a killed writer's leftovers. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a file atomically: temp file beside it, every byte length-checked, fsync, size check, rename, fsync of the
 * folder. `fill` writes the content through `emit` (which returns only when the bytes are written).
 */
export async function writeFileAtomic(
  target: string,
  fill: (emit: (bytes: Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx');
  let total = 0;
  try {
    await fill(async (bytes) => {
      await writeAll(handle, bytes, target);
      total += bytes.length;
    });
    await syncAndCheckSize(handle, total, basename(target));
    await handle.close();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  try {
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncFolder(dirname(target));
}

export function writeBytesAtomic(target: string, bytes: Uint8Array): Promise<void> {
  return writeFileAtomic(target, (emit) => emit(bytes));
}
