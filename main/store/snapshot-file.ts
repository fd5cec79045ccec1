// The workspace snapshot: a lowdb adapter for one JSON file. Reads are checked; writes are atomic and durable
// (temp file, every write length-checked, fsync, size check, rename, fsync of the folder) and serialise piece by
// piece, yielding to the event loop, so that saving a newsroom's archive never freezes the app.
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './durable-write';

export class WorkspaceParseError extends Error {
  constructor(
    message: string,
    readonly filePath: string,
  ) {
    super(message);
    this.name = 'WorkspaceParseError';
  }
}

/** The file exists but cannot be read at all (permissions, a folder in its place): nothing to recover from. */
export class WorkspaceReadError extends Error {
  constructor(
    message: string,
    readonly filePath: string,
  ) {
    super(message);
    this.name = 'WorkspaceReadError';
  }
}

/** How long serialisation may hold the event loop before it yields (ms). */
const SLICE_MS = 4;
const WRITE_CHUNK = 1 << 20;

export class SnapshotFile<T extends object> implements Adapter<T> {
  constructor(readonly filePath: string) {}

  async read(): Promise<T | null> {
    const found = await this.load();
    return found.found ? (found.value as T) : null;
  }

  /** What the file holds, parsed: a file holding `null` is found (and bad), unlike a missing one. */
  async load(): Promise<{ found: false } | { found: true; value: unknown }> {
    let raw: string;
    try {
      raw = await readFile(this.filePath, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { found: false };
      throw new WorkspaceReadError(
        `ClaimDesk cannot read the workspace ${this.filePath}: ${
          code === 'EACCES' || code === 'EPERM'
            ? "it is not allowed to (check the file's permissions)"
            : code === 'EISDIR'
              ? 'it is a folder, not a file'
              : (e as Error).message
        }.`,
        this.filePath,
      );
    }
    return { found: true, value: parseSnapshot<unknown>(raw, this.filePath) };
  }

  /** Complete or not at all: every slice is length-checked and the file's size checked before the rename. */
  write(data: T): Promise<void> {
    return writeFileAtomic(this.filePath, (emit) => writeJsonInSlices(emit, data));
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
async function writeJsonInSlices(write: (bytes: Uint8Array) => Promise<void>, data: object): Promise<void> {
  let buffer = '';
  let sliceStart = performance.now();
  const emit = async (text: string) => {
    buffer += text;
    if (buffer.length >= WRITE_CHUNK) {
      const chunk = buffer;
      buffer = '';
      await write(Buffer.from(chunk, 'utf8'));
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
  if (buffer) await write(Buffer.from(buffer, 'utf8'));
}
