// A lowdb adapter whose writes survive a crash or power cut: write a temp file, fsync it, rename it over the
// workspace, then fsync the folder so the rename itself is on disk.
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

export class WorkspaceParseError extends Error {
  constructor(
    message: string,
    readonly filePath: string,
  ) {
    super(message);
    this.name = 'WorkspaceParseError';
  }
}

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly filePath: string) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.filePath, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    if (raw.trim() === '') throw new WorkspaceParseError('the file is empty', this.filePath);
    try {
      // Prototype-pollution keys stay plain data: JSON.parse makes them own properties, never prototypes.
      return JSON.parse(raw) as T;
    } catch (e) {
      throw new WorkspaceParseError(`the file is not valid JSON (${(e as Error).message})`, this.filePath);
    }
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const temp = join(dirname(this.filePath), `.${basename(this.filePath)}.${process.pid}.tmp`);
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } catch (e) {
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      throw e;
    }
    await handle.close();
    await rename(temp, this.filePath);
    await syncFolder(dirname(this.filePath));
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Not every platform can open a folder for fsync (Windows cannot); the rename is still atomic there.
  try {
    const dir = await open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    /* best effort */
  }
}
