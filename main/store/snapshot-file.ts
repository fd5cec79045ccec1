// The workspace snapshot: a lowdb adapter for one JSON file. Reads are checked; writes are atomic and durable
// (temp file, fsync, rename, fsync of the folder) and serialise piece by piece, yielding to the event loop, so
// that saving a newsroom's archive never freezes the app.
import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { syncFolder } from './fs-sync';

export class WorkspaceParseError extends Error {
  constructor(
    message: string,
    readonly filePath: string,
  ) {
    super(message);
    this.name = 'WorkspaceParseError';
  }
}

/** How long serialisation may hold the event loop before it yields (ms). */
const SLICE_MS = 4;
const WRITE_CHUNK = 1 << 20;

export class SnapshotFile<T extends object> implements Adapter<T> {
  constructor(readonly filePath: string) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.filePath, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return parseSnapshot<T>(raw, this.filePath);
  }

  async write(data: T): Promise<void> {
    const temp = join(dirname(this.filePath), `.${basename(this.filePath)}.${process.pid}.tmp`);
    const handle = await open(temp, 'w');
    try {
      await writeJsonInSlices(handle, data);
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

export function parseSnapshot<T>(raw: string, filePath: string): T {
  if (raw.trim() === '') throw new WorkspaceParseError('the file is empty', filePath);
  try {
    // Prototype-pollution keys stay plain data: JSON.parse makes them own properties, never prototypes.
    return JSON.parse(raw) as T;
  } catch (e) {
    throw new WorkspaceParseError(`the file is not valid JSON (${(e as Error).message})`, filePath);
  }
}

/**
 * Writes JSON.stringify(data) exactly, but one array element or object entry of the top two levels at a time,
 * yielding whenever a slice has run for SLICE_MS.
 */
async function writeJsonInSlices(handle: FileHandle, data: object): Promise<void> {
  let buffer = '';
  let sliceStart = performance.now();
  const emit = async (text: string) => {
    buffer += text;
    if (buffer.length >= WRITE_CHUNK) {
      const chunk = buffer;
      buffer = '';
      await handle.write(chunk, null, 'utf8');
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  };
  const writeValue = async (value: unknown, depth: number): Promise<void> => {
    if (depth >= 2 || typeof value !== 'object' || value === null) {
      await emit(JSON.stringify(value) ?? 'null');
    } else if (Array.isArray(value)) {
      await emit('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) await emit(',');
        await writeValue(value[i] === undefined ? null : value[i], depth + 1);
      }
      await emit(']');
    } else {
      await emit('{');
      let first = true;
      for (const [key, v] of Object.entries(value)) {
        if (v === undefined || typeof v === 'function') continue;
        await emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        await writeValue(v, depth + 1);
      }
      await emit('}');
    }
  };
  await writeValue(data, 0);
  if (buffer) await handle.write(buffer, null, 'utf8');
}
