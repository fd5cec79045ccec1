// A disk that fills up, for the store's and the CLI's full-disk tests: a write stub that takes only part of what
// it is given (always available), and a small tmpfs (only when running as root and mount is permitted).
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { fileIo } from '../../main/store/durable-write';

/**
 * Until the test ends, writes meant for a target that `pick` chooses take half their bytes. main/cli is a CommonJS
 * package, so the store is loaded twice under tsx (as ES module and as CommonJS): both copies are stubbed.
 */
export function shortWritesFor(t: TestContext, pick: (target: string) => boolean): void {
  const cjs = createRequire(import.meta.url)('../../main/store/durable-write.ts') as { fileIo: typeof fileIo };
  for (const io of new Set([fileIo, cjs.fileIo])) {
    const original = io.write;
    io.write = (handle, bytes, target) =>
      original(handle, pick(target) ? bytes.subarray(0, bytes.length >> 1) : bytes, target);
    t.after(() => (io.write = original));
  }
}

/** A fresh tmpfs of `size` bytes, unmounted when the test ends; null (with the reason) when mount is refused. */
export async function smallTmpfs(t: TestContext, size: number): Promise<{ dir: string } | { skip: string }> {
  if (process.getuid?.() !== 0) return { skip: 'not running as root: cannot mount a small tmpfs' };
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-fulldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    return { skip: `mount -t tmpfs is not permitted here (${(e as Error).message.split('\n')[0]})` };
  }
  t.after(async () => {
    execFileSync('umount', [dir], { stdio: 'pipe' });
    await rm(dir, { recursive: true, force: true });
  });
  return { dir };
}

/** Fills the file system of `dir` until about `leave` bytes are free; returns the filler's path. */
export async function fillUntil(dir: string, leave: number, name = 'filler'): Promise<string> {
  const path = join(dir, name);
  const info = await statfs(dir);
  const free = info.bavail * info.bsize;
  const handle = await open(path, 'a');
  try {
    const block = Buffer.alloc(64 * 1024, 0x61);
    let left = Math.max(0, free - leave);
    while (left > 0) {
      const chunk = block.subarray(0, Math.min(block.length, left));
      try {
        await handle.write(chunk);
      } catch {
        break; // full already
      }
      left -= chunk.length;
    }
  } finally {
    await handle.close();
  }
  return path;
}
