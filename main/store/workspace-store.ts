// The single writer of one workspace file (design.md §6). The main process (or the CLI) owns the only
// instance; every change goes through update(), which resolves once the change is durable on disk.
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile, WorkspaceParseError } from './durable-json-file';
import { emptyWorkspace, SCHEMA_VERSION, workspaceShapeProblem, type WorkspaceData } from './schema';

export class ReadOnlyWorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyWorkspaceError';
  }
}

export interface OpenOptions {
  now?: () => Date;
}

export class WorkspaceStore {
  private pendingWrite: Promise<void> | null = null;
  private currentWrite: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Low<WorkspaceData>,
    readonly filePath: string,
    /** True when the file did not exist and this store created it. */
    readonly isNew: boolean,
    readonly readOnly: boolean,
    /** What the person should be told about opening this workspace. */
    readonly notices: string[],
  ) {}

  static async open(filePath: string, options: OpenOptions = {}): Promise<WorkspaceStore> {
    const now = options.now ?? (() => new Date());
    await mkdir(dirname(filePath), { recursive: true });
    const adapter = new DurableJsonFile<WorkspaceData>(filePath);
    const db = new Low<WorkspaceData>(adapter, emptyWorkspace(now()));
    const notices: string[] = [];
    let stored: WorkspaceData | null = null;
    let problem: string | null = null;
    try {
      stored = await adapter.read();
      if (stored !== null) problem = workspaceShapeProblem(stored);
    } catch (e) {
      if (!(e instanceof WorkspaceParseError)) throw e;
      problem = e.message;
    }
    if (problem) {
      const aside = `${filePath}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
      await rename(filePath, aside);
      notices.push(
        `The workspace file could not be read because ${problem}. It was moved aside to ${aside} and a new, empty workspace was started in its place.`,
      );
    }
    if (stored === null || problem) {
      const store = new WorkspaceStore(db, filePath, true, false, notices);
      await store.persist();
      return store;
    }
    db.data = stored;
    if (db.data.schemaVersion > SCHEMA_VERSION) {
      notices.push(
        `This workspace was written by a newer version of ClaimDesk (schema ${db.data.schemaVersion}; this version understands ${SCHEMA_VERSION}). It is open read-only so nothing in it is lost: update ClaimDesk to change it.`,
      );
      return new WorkspaceStore(db, filePath, false, true, notices);
    }
    return new WorkspaceStore(db, filePath, false, false, notices);
  }

  get data(): Readonly<WorkspaceData> {
    return this.db.data;
  }

  /** Applies a change in memory at once and resolves when it is on disk. */
  async update<T>(change: (data: WorkspaceData) => T): Promise<T> {
    if (this.readOnly) {
      throw new ReadOnlyWorkspaceError('This workspace is open read-only; the change was not made.');
    }
    const result = change(this.db.data);
    await this.persist();
    return result;
  }

  /** Resolves when every change made so far is on disk. */
  async flush(): Promise<void> {
    await this.pendingWrite;
    await this.currentWrite;
  }

  /**
   * Changes that arrive while a write is running are coalesced into the next write; each caller's promise
   * resolves after a write that began after its change.
   */
  private persist(): Promise<void> {
    if (this.pendingWrite) return this.pendingWrite;
    const next = this.currentWrite
      .catch(() => undefined)
      .then(() => {
        this.pendingWrite = null;
        this.currentWrite = this.db.write();
        return this.currentWrite;
      });
    this.pendingWrite = next;
    return next;
  }
}
