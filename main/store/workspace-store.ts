// The single writer of one workspace (ARCHITECTURE.md §5). The workspace is a lowdb JSON snapshot plus a journal of
// the changes since it was written: a change is applied in memory at once, appended to the journal and fsynced,
// and only then acknowledged. The snapshot is rewritten in the background (serialised in slices, so the event
// loop stays free) when the journal grows, and on close; a clean close leaves the snapshot complete on its own.
// See main/store/DESIGN.md for why.
import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { newestGoodBackup, rotateBackup, stamp } from './backups';
import { acquireLock, type LockOwner, type WorkspaceLock } from './lock';
import { JournalWriter, readJournal, type JournalBatch } from './journal';
import { migrate } from './migrations';
import { applyOps, checkOp, type Op, type Path } from './ops';
import { emptyWorkspace, SCHEMA_VERSION, workspaceShapeProblem, type WorkspaceData } from './schema';
import { SnapshotFile, WorkspaceParseError } from './snapshot-file';

export class ReadOnlyWorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyWorkspaceError';
  }
}

/** A change was applied (and is kept in memory) but could not be written to disk yet. */
export class WorkspaceWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceWriteError';
  }
}

export interface OpenOptions {
  now?: () => Date;
  /** Take the workspace's lock file for this kind of owner; false for none (read-only tools). */
  lock?: LockOwner | false;
  /** Open without writing anything, even when the workspace is new, old or damaged. */
  readOnly?: boolean;
  /** Rewrite the snapshot once the journal holds this many batches or bytes. */
  compactAfter?: { batches: number; bytes: number };
  /** Milliseconds between retries of a write that failed (disk full, folder gone). */
  retryMs?: number;
}

export interface SaveState {
  /** Changes applied in memory that are not on disk yet. */
  unsaved: number;
  /** Why the last write failed, for the person; null when the last write succeeded. */
  error: string | null;
  lastSavedAt: string | null;
}

interface Waiting {
  batch: JournalBatch;
  resolve: () => void;
  reject: (e: Error) => void;
}

export const JOURNAL_SUFFIX = '.journal';

export class WorkspaceStore {
  private seq: number;
  private waiting: Waiting[] = [];
  private unsaved: JournalBatch[] = [];
  /** Batches on disk in the journal but not in the snapshot yet. */
  private sinceSnapshot: JournalBatch[] = [];
  private appending: Promise<void> | null = null;
  private journalIo: Promise<void> = Promise.resolve();
  private compacting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private backupDone: Promise<unknown> = Promise.resolve();
  private lastError: string | null = null;
  private lastSavedAt: string | null = null;
  private journal: JournalWriter;
  private closed = false;

  private constructor(
    private readonly db: Low<WorkspaceData>,
    private path: string,
    /** True when the workspace did not exist (or could not be recovered) and starts empty. */
    readonly isNew: boolean,
    readonly readOnly: boolean,
    /** What the person should be told about opening this workspace. */
    readonly notices: string[],
    private lock: WorkspaceLock | null,
    private readonly options: Required<Pick<OpenOptions, 'now' | 'compactAfter' | 'retryMs'>>,
  ) {
    this.seq = db.data.journalSeq ?? 0;
    this.journal = new JournalWriter(path + JOURNAL_SUFFIX);
  }

  get filePath(): string {
    return this.path;
  }

  get data(): Readonly<WorkspaceData> {
    return this.db.data;
  }

  get saveState(): SaveState {
    return {
      unsaved: this.unsaved.length + this.waiting.length,
      error: this.lastError,
      lastSavedAt: this.lastSavedAt,
    };
  }

  static async open(filePath: string, options: OpenOptions = {}): Promise<WorkspaceStore> {
    const settings = {
      now: options.now ?? (() => new Date()),
      compactAfter: options.compactAfter ?? { batches: 500, bytes: 4 * 1024 * 1024 },
      retryMs: options.retryMs ?? 5000,
    };
    if (!options.readOnly) await mkdir(dirname(filePath), { recursive: true });
    const lock = options.lock && !options.readOnly ? await acquireLock(filePath, options.lock) : null;
    try {
      return await WorkspaceStore.load(filePath, options, settings, lock);
    } catch (e) {
      await lock?.release();
      throw e;
    }
  }

  private static async load(
    filePath: string,
    options: OpenOptions,
    settings: WorkspaceStore['options'],
    lock: WorkspaceLock | null,
  ): Promise<WorkspaceStore> {
    const now = settings.now;
    const adapter = new SnapshotFile<WorkspaceData>(filePath);
    const db = new Low<WorkspaceData>(adapter, emptyWorkspace(now()));
    const notices: string[] = [];
    const readOnly = options.readOnly === true;

    let stored: WorkspaceData | null = null;
    let problem: string | null = null;
    try {
      stored = await adapter.read();
      if (stored !== null) problem = workspaceShapeProblem(stored);
    } catch (e) {
      if (!(e instanceof WorkspaceParseError)) throw e;
      problem = e.message;
    }

    let recovered = false;
    if (problem) {
      const backup = await newestGoodBackup(filePath);
      if (readOnly) {
        notices.push(`The workspace file could not be read because ${problem}.`);
        stored = backup?.data ?? null;
      } else {
        const aside = `${filePath}.corrupt-${stamp(now())}`;
        await rename(filePath, aside);
        stored = backup?.data ?? null;
        notices.push(
          backup
            ? `The workspace file could not be read because ${problem}. It was moved aside to ${aside}, ` +
                `and the newest good backup (${backup.path}) was restored; changes made after that backup ` +
                `was taken may be missing unless the journal still held them.`
            : `The workspace file could not be read because ${problem}. It was moved aside to ${aside}. ` +
                `No good backup was found, so a new, empty workspace was started in its place.`,
        );
      }
      recovered = true;
    }
    const isNew = stored === null;
    db.data = stored ?? emptyWorkspace(now());

    if (db.data.schemaVersion > SCHEMA_VERSION) {
      notices.push(
        `This workspace was written by a newer version of ClaimDesk (schema ` +
          `${db.data.schemaVersion}; this version understands ${SCHEMA_VERSION}). It is open ` +
          `read-only so nothing in it is lost: update ClaimDesk to change it.`,
      );
      await lock?.release();
      return new WorkspaceStore(db, filePath, false, true, notices, null, settings);
    }

    let migratedFrom: number | null = null;
    if (db.data.schemaVersion < SCHEMA_VERSION) {
      migratedFrom = db.data.schemaVersion;
      db.data = migrate(db.data);
    }

    // Replay what the journal holds beyond the snapshot (a crash, or a change made after the last snapshot).
    const journal = await readJournal(filePath + JOURNAL_SUFFIX);
    let replayed = 0;
    for (const batch of journal.batches) {
      if (batch.seq <= (db.data.journalSeq ?? 0)) continue;
      db.data = { ...applyOps(db.data, batch.ops), journalSeq: batch.seq };
      replayed += 1;
    }
    if (journal.damagedAt !== null) {
      notices.push(
        `Line ${journal.damagedAt} of the workspace journal could not be read; changes from there ` +
          `on were not restored. The journal is kept as ` +
          `${filePath}${JOURNAL_SUFFIX}.damaged-${stamp(now())}.`,
      );
    }

    const store = new WorkspaceStore(db, filePath, isNew, readOnly, notices, lock, settings);
    if (readOnly) return store;

    if (journal.damagedAt !== null) {
      await copyFile(filePath + JOURNAL_SUFFIX, `${filePath}${JOURNAL_SUFFIX}.damaged-${stamp(now())}`);
    }
    if (migratedFrom !== null && !recovered) {
      const original = `${filePath}.v${migratedFrom}-${stamp(now())}.json`;
      await copyFile(filePath, original);
      notices.push(
        `This workspace was updated from schema ${migratedFrom} to ${SCHEMA_VERSION}. A copy of the ` +
          `original file was kept as ${original}.`,
      );
    }
    if (stored !== null && !recovered && migratedFrom === null) {
      // A good snapshot at open is this session's backup (in the background: it does not delay opening).
      store.backupDone = rotateBackup(filePath, now()).catch(() => undefined);
    }
    if (stored === null || recovered || migratedFrom !== null || replayed > 0 || journal.damagedAt !== null) {
      await store.compact();
    }
    return store;
  }

  /**
   * Applies operations in memory at once (atomically: all or none) and resolves when they are durable on
   * disk. Rejects with WorkspaceWriteError when the disk refuses them; they stay applied and are retried.
   */
  commit(...ops: Op[]): Promise<void> {
    if (this.readOnly) {
      return Promise.reject(new ReadOnlyWorkspaceError('This workspace is open read-only; the change was not made.'));
    }
    if (this.closed) return Promise.reject(new Error('This workspace has been closed.'));
    ops.forEach(checkOp);
    this.db.data = applyOps(this.db.data, ops);
    this.seq += 1;
    const batch: JournalBatch = { seq: this.seq, ops };
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ batch, resolve, reject });
      this.pump();
    });
  }

  set(path: Path, value: unknown): Promise<void> {
    return this.commit({ op: 'set', path, value });
  }

  /** Resolves when every change made so far has been written (or has failed to be). */
  async flush(): Promise<void> {
    while (this.appending || this.waiting.length > 0) await this.appending;
    while (this.compacting) await this.compacting;
  }

  /** Rewrites the snapshot with everything in memory and empties the journal of what it absorbed. */
  compact(): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    this.compacting ??= this.writeSnapshot().finally(() => {
      this.compacting = null;
      // Changes that came during the rewrite may have grown the journal past the limit again.
      this.maybeCompact();
    });
    return this.compacting;
  }

  /** Writes the whole workspace to another file and carries on there (disk full, folder gone, "save as"). */
  async saveAs(newPath: string, lockOwner: LockOwner | false = false): Promise<void> {
    if (this.readOnly) throw new ReadOnlyWorkspaceError('This workspace is open read-only.');
    await this.compacting?.catch(() => undefined);
    const lock = lockOwner ? await acquireLock(newPath, lockOwner) : null;
    await mkdir(dirname(newPath), { recursive: true });
    this.db.data = { ...this.db.data, journalSeq: this.seq };
    await new SnapshotFile<WorkspaceData>(newPath).write(this.db.data);
    await this.journal.close();
    await this.lock?.release();
    this.lock = lock;
    this.path = newPath;
    (this.db as unknown as { adapter: SnapshotFile<WorkspaceData> }).adapter = new SnapshotFile(newPath);
    this.journal = new JournalWriter(newPath + JOURNAL_SUFFIX);
    this.sinceSnapshot = [];
    this.unsaved = [];
    this.lastError = null;
    this.lastSavedAt = this.options.now().toISOString();
    for (const w of this.waiting.splice(0)) w.resolve(); // in the new snapshot
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    // Only when the journal holds something: a clean close leaves one self-contained file.
    if (!this.readOnly && this.unsaved.length === 0 && (this.sinceSnapshot.length > 0 || this.journal.bytes > 0)) {
      await this.compact().catch(() => undefined);
    }
    await this.backupDone;
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.journal.close();
    await this.lock?.release();
  }

  private pump(): void {
    if (this.appending || (this.waiting.length === 0 && this.unsaved.length === 0)) return;
    const group = this.waiting.splice(0);
    const batches = [...this.unsaved, ...group.map((w) => w.batch)];
    this.appending = this.serialJournal(() => this.journal.append(batches))
      .then(
        () => {
          this.unsaved = [];
          this.sinceSnapshot.push(...batches);
          this.lastError = null;
          this.lastSavedAt = this.options.now().toISOString();
          for (const w of group) w.resolve();
          this.maybeCompact();
        },
        (e: unknown) => {
          this.unsaved = batches;
          this.lastError = describeWriteError(e, this.path);
          const error = new WorkspaceWriteError(
            `${this.lastError} The change is kept in ClaimDesk and will be saved when the disk allows ` +
              `it; you can also save the workspace elsewhere.`,
          );
          for (const w of group) w.reject(error);
          this.scheduleRetry();
        },
      )
      .finally(() => {
        this.appending = null;
        if (this.waiting.length > 0) this.pump();
      });
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, this.options.retryMs);
    this.retryTimer.unref?.();
  }

  private maybeCompact(): void {
    const { batches, bytes } = this.options.compactAfter;
    if (this.sinceSnapshot.length >= batches || this.journal.bytes >= bytes) void this.compact().catch(() => undefined);
  }

  private async writeSnapshot(): Promise<void> {
    await this.backupDone;
    const captured = this.seq;
    // Copy-on-write state: this root stays consistent while later changes build new roots.
    this.db.data = { ...this.db.data, journalSeq: captured };
    const root = this.db.data;
    await (this.db.adapter as SnapshotFile<WorkspaceData>).write(root);
    await this.serialJournal(async () => {
      this.sinceSnapshot = this.sinceSnapshot.filter((b) => b.seq > captured);
      const pending = this.unsaved.filter((b) => b.seq > captured);
      this.unsaved = pending; // what the snapshot absorbed no longer needs the journal
      await this.journal.rewrite(this.sinceSnapshot);
    });
    this.lastSavedAt = this.options.now().toISOString();
    if (this.unsaved.length === 0 && this.waiting.length === 0) this.lastError = null;
  }

  /** Journal appends and rewrites never overlap. */
  private serialJournal<T>(task: () => Promise<T>): Promise<T> {
    const run = this.journalIo.then(task, task);
    this.journalIo = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}

function describeWriteError(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC':
      return `The disk is full: ClaimDesk could not save to ${path}.`;
    case 'EROFS':
      return `The folder of ${path} is read-only: ClaimDesk could not save there.`;
    case 'EACCES':
    case 'EPERM':
      return `ClaimDesk is not allowed to write ${path} (the file or folder is locked or protected).`;
    case 'ENOENT':
      return `The folder of ${path} no longer exists: ClaimDesk could not save there.`;
    default:
      return `ClaimDesk could not save to ${path}: ${(e as Error)?.message ?? String(e)}.`;
  }
}

/** True when a path holds a workspace snapshot (used by callers that choose between open and create). */
export async function workspaceExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
