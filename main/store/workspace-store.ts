// The single writer of one workspace (ARCHITECTURE.md §5). The workspace is a lowdb JSON snapshot plus a journal of
// the changes since it was written: a change is applied in memory at once, appended to the journal and fsynced,
// and only then acknowledged. The snapshot is rewritten in the background (serialised in slices, so the event
// loop stays free) when the journal grows, and on close; a clean close leaves the snapshot complete on its own.
// See main/store/DESIGN.md for why.
import { copyFile, link, mkdir, readdir, stat, truncate, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { backupFolderFor, newestGoodBackup, rotateBackup, stamp } from './backups';
import { writeClaimIndex } from './claim-index';
import { writeBytesAtomic } from './durable-write';
import { describeWriteError } from './fs-errors';
import { acquireLock, type LockOwner, type WorkspaceLock } from './lock';
import { formatBatch, JournalWriter, readJournal, type DamagedLine, type JournalBatch } from './journal';
import { migrate } from './migrations';
import * as say from './open-notices';
import { applyOps, checkOp, type Op, type Path } from './ops';
import { emptyWorkspace, SCHEMA_VERSION, type WorkspaceData } from './schema';
import { SnapshotFile, WorkspaceParseError } from './snapshot-file';
import { validateWorkspace } from './validate';

export class ReadOnlyWorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyWorkspaceError';
  }
}

/** A change was applied (and is kept in memory) but could not be written to disk yet. */
export class WorkspaceWriteError extends Error {
  constructor(
    message: string,
    /** Why the disk refused, in words, without what the app does about it (the CLI says what it did). */
    readonly reason: string,
    readonly code: string | undefined,
  ) {
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
  /** How long to wait for another writer to let go of the lock before refusing (ms). */
  lockWaitMs?: number;
}

/** Absorbed batches kept in the journal (to replay onto a restored backup) beyond this size trigger a new backup. */
const RETAIN_BYTES = 8 * 1024 * 1024;

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
  /**
   * Batches already in the snapshot but newer than the newest backup: the journal keeps them, so that a snapshot
   * that goes bad can be restored from that backup with nothing acknowledged missing.
   */
  private retained: JournalBatch[] = [];
  private retainedBytes = 0;
  /** The journalSeq of the newest backup this session knows of (0: none). */
  private backupSeq = 0;
  /** Why the last snapshot rewrite failed (its changes are safe in the journal); null when it succeeded. */
  snapshotError: string | null = null;
  /** Set when the file on disk is damaged and this (read-only) store shows a backup or only its good parts. */
  damaged = false;
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
    const lock =
      options.lock && !options.readOnly
        ? await acquireLock(filePath, options.lock, { waitMs: options.lockWaitMs ?? 0 })
        : null;
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
    if (!readOnly) await removeLeftoverTemps(filePath);

    let stored: WorkspaceData | null = null;
    let problem: string | null = null;
    let badParts: string[] = [];
    try {
      const found = await adapter.load();
      if (found.found) {
        const check = validateWorkspace(found.value, SCHEMA_VERSION);
        problem = check.fatal;
        stored = check.good;
        badParts = check.bad;
      }
    } catch (e) {
      if (!(e instanceof WorkspaceParseError)) throw e;
      problem = e.message;
    }
    const journalPath = filePath + JOURNAL_SUFFIX;
    const journal = await readJournal(journalPath);

    if (badParts.length > 0 && stored) {
      // Part of the file does not match the schema: what is good opens read-only, nothing is written or rotated.
      const backup = (await newestGoodBackup(filePath))?.path;
      notices.push(say.partlyDamaged(filePath, badParts, backup));
      await lock?.release();
      db.data = replayOnto(stored, journal.batches, []).data;
      const store = new WorkspaceStore(db, filePath, false, true, notices, null, settings);
      store.damaged = true;
      return store;
    }

    let recovered: { backupSeq: number } | null = null;
    let aside: string | null = null;
    if (problem) {
      const backup = await newestGoodBackup(filePath);
      stored = backup?.data ?? null;
      const backupSeq = backup?.data.journalSeq ?? 0;
      const fromJournal = journal.batches.filter((b) => b.seq > backupSeq);
      const gap = fromJournal.length > 0 && fromJournal[0]!.seq > backupSeq + 1;
      const replayNote = say.replayNote(fromJournal.length, gap, readOnly);
      if (readOnly) {
        notices.push(say.unreadableShown(problem, backup?.path ?? null, replayNote, backupFolderFor(filePath)));
        db.data = replayOnto(stored ?? emptyWorkspace(now()), journal.batches, []).data;
        const store = new WorkspaceStore(db, filePath, stored === null, true, notices, null, settings);
        store.damaged = true;
        await lock?.release();
        return store;
      }
      // The bad file is kept under another name (a hard link: no copy, no space needed) and replaced only when
      // the restored snapshot is durable; if that fails, the bad file is still in place to try again.
      aside = `${filePath}.corrupt-${stamp(now())}`;
      await link(filePath, aside).catch(() => copyFile(filePath, aside!));
      notices.push(say.restored(problem, aside, backup?.path ?? null, replayNote, fromJournal.length));
      recovered = { backupSeq };
    }
    const isNew = stored === null;
    db.data = stored ?? emptyWorkspace(now());

    if (db.data.schemaVersion > SCHEMA_VERSION) {
      notices.push(say.newerVersion(db.data.schemaVersion, SCHEMA_VERSION));
      await lock?.release();
      return new WorkspaceStore(db, filePath, false, true, notices, null, settings);
    }

    let migratedFrom: number | null = null;
    if (db.data.schemaVersion < SCHEMA_VERSION) {
      migratedFrom = db.data.schemaVersion;
      db.data = migrate(db.data);
    }

    // Replay what the journal holds beyond the snapshot (a crash, or a change made after the last snapshot).
    const damaged: DamagedLine[] = [...journal.damaged];
    const snapshotSeq = db.data.journalSeq ?? 0;
    const replay = replayOnto(db.data, journal.batches, damaged);
    db.data = replay.data;

    const damagedFile = `${journalPath}.damaged-${stamp(now())}`;
    for (const d of damaged) notices.push(say.damagedLine(d, readOnly, damagedFile));

    const store = new WorkspaceStore(db, filePath, isNew, readOnly, notices, lock, settings);
    if (readOnly) return store;

    if (damaged.length > 0) {
      const text = damaged.map((d) => `${d.raw}\n`).join('');
      await writeBytesAtomic(damagedFile, Buffer.from(text, 'utf8'));
    }
    if (journal.goodEnd < journal.bytes) {
      // A torn tail (a crash mid-append, never acknowledged): cut off, so the next append starts a clean line.
      await truncate(journalPath, journal.goodEnd);
    }
    store.journal.bytes = journal.goodEnd;
    if (migratedFrom !== null && !recovered) {
      const original = `${filePath}.v${migratedFrom}-${stamp(now())}.json`;
      await copyFile(filePath, original);
      notices.push(say.migrated(migratedFrom, SCHEMA_VERSION, original));
    }
    store.backupSeq = recovered ? recovered.backupSeq : 0;
    const batches = replay.applied;
    store.sinceSnapshot = batches.filter((b) => b.seq > snapshotSeq);
    if (stored !== null && !recovered && migratedFrom === null) {
      // A good snapshot at open is this session's backup (in the background: it does not delay opening).
      store.backupDone = rotateBackup(filePath, now()).then(
        () => (store.backupSeq = Math.max(store.backupSeq, snapshotSeq)),
        () => undefined,
      );
    }
    store.setRetained(batches.filter((b) => b.seq <= snapshotSeq && b.seq > store.backupSeq));
    const mustWrite = stored === null || recovered !== null || migratedFrom !== null;
    if (mustWrite || store.sinceSnapshot.length > 0 || damaged.length > 0) {
      try {
        await store.compact();
      } catch (e) {
        // Nothing is lost: what was replayed is still in the journal. A restored backup must be on disk, though.
        if (recovered || migratedFrom !== null) {
          if (aside) await unlink(aside).catch(() => undefined);
          throw new WorkspaceWriteError(
            say.notRewritten(describeWriteError(e, filePath), recovered !== null),
            describeWriteError(e, filePath),
            (e as NodeJS.ErrnoException).code,
          );
        }
      }
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
    while (this.compacting) await this.compacting.catch(() => undefined);
  }

  /** Rewrites the snapshot with everything in memory and empties the journal of what it absorbed. */
  compact(): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    this.compacting ??= this.writeSnapshot().then(
      () => {
        this.compacting = null;
        this.maybeCompact(); // what arrived while it ran may already be past the threshold
      },
      (e: unknown) => {
        this.compacting = null;
        throw e;
      },
    );
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
    this.setRetained([]);
    this.backupSeq = this.seq; // the new file has no backups; its journal starts here
    this.unsaved = [];
    this.lastError = null;
    this.snapshotError = null;
    this.lastSavedAt = this.options.now().toISOString();
    for (const w of this.waiting.splice(0)) w.resolve(); // in the new snapshot
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    // The snapshot is complete on its own after a clean close; the journal keeps only what it already holds
    // (for replay onto a backup). A failed rewrite is in snapshotError: the journal still holds every change.
    if (!this.readOnly && this.unsaved.length === 0 && this.sinceSnapshot.length > 0) {
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
            `${this.lastError} The change is kept in ClaimDesk and will be saved when the disk allows it; ` +
              'you can also save the workspace elsewhere.',
            this.lastError,
            (e as NodeJS.ErrnoException)?.code,
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
    if (this.closed || this.readOnly) return;
    const { batches, bytes } = this.options.compactAfter;
    const unabsorbed = this.journal.bytes - this.retainedBytes;
    if (this.sinceSnapshot.length >= batches || unabsorbed >= bytes) void this.compact().catch(() => undefined);
  }

  private async writeSnapshot(): Promise<void> {
    await this.backupDone;
    const captured = this.seq;
    // Copy-on-write state: this root stays consistent while later changes build new roots.
    this.db.data = { ...this.db.data, journalSeq: captured };
    const root = this.db.data;
    try {
      await (this.db.adapter as SnapshotFile<WorkspaceData>).write(root);
    } catch (e) {
      // The journal is untouched: every acknowledged change is still there.
      this.snapshotError = describeWriteError(e, this.path);
      throw e;
    }
    this.snapshotError = null;
    // The CLI's quick path reads this instead of the snapshot; a failed write leaves a stale index it ignores.
    await writeClaimIndex(this.path, root).catch(() => undefined);
    const absorbedNow = this.sinceSnapshot.filter((b) => b.seq <= captured);
    if (this.retainedBytes + bytesOf(absorbedNow) > RETAIN_BYTES) {
      // Too much kept for replay: the snapshot just written (from validated state) becomes the newest backup.
      await rotateBackup(this.path, this.options.now()).then(
        () => (this.backupSeq = captured),
        () => undefined,
      );
    }
    await this.serialJournal(async () => {
      const absorbed = this.sinceSnapshot.filter((b) => b.seq <= captured);
      const remaining = this.sinceSnapshot.filter((b) => b.seq > captured);
      const retained = [...this.retained, ...absorbed].filter((b) => b.seq > this.backupSeq);
      await this.journal.rewrite([...retained, ...remaining]);
      this.sinceSnapshot = this.sinceSnapshot.filter((b) => b.seq > captured);
      this.unsaved = this.unsaved.filter((b) => b.seq > captured); // in the snapshot now
      this.setRetained(retained);
    });
    this.lastSavedAt = this.options.now().toISOString();
    if (this.unsaved.length === 0 && this.waiting.length === 0) this.lastError = null;
  }

  private setRetained(batches: JournalBatch[]): void {
    this.retained = batches;
    this.retainedBytes = bytesOf(batches);
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

function bytesOf(batches: readonly JournalBatch[]): number {
  return batches.reduce((n, b) => n + Buffer.byteLength(formatBatch(b)), 0);
}

/** Applies the journal's batches beyond the snapshot; returns them all (older ones may be kept for backups). */
function replayOnto(
  data: WorkspaceData,
  batches: readonly JournalBatch[],
  damaged: DamagedLine[],
): { data: WorkspaceData; applied: JournalBatch[] } {
  let current = data;
  const applied: JournalBatch[] = [];
  for (const batch of batches) {
    if (batch.seq <= (current.journalSeq ?? 0)) {
      applied.push(batch);
      continue;
    }
    try {
      current = { ...applyOps(current, batch.ops), journalSeq: batch.seq };
      applied.push(batch);
    } catch (e) {
      damaged.push({ line: 0, raw: formatBatch(batch).trimEnd(), reason: (e as Error).message });
    }
  }
  return { data: current, applied };
}

/**
 * Temp files of writers that were killed mid-write (snapshot, journal, lock, backup copies). Only the lock
 * holder writes them, and the caller holds the lock, so a temp whose process is gone is garbage.
 */
export async function removeLeftoverTemps(filePath: string): Promise<void> {
  const base = basename(filePath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ours = new RegExp(`^\\.${base}(?:\\.journal|\\.lock|\\.lock\\.break)?\\.(\\d+)(?:\\.[0-9a-f]+)?\\.tmp$`);
  const inBackups = /^\.[^/]+\.json\.(\d+)\.[0-9a-f]+\.tmp$/;
  const sweep = async (folder: string, pattern: RegExp) => {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const pid = Number(pattern.exec(name)?.[1]);
      if (pid && pid !== process.pid && !processExists(pid)) await unlink(join(folder, name)).catch(() => undefined);
    }
  };
  await sweep(dirname(filePath), ours);
  await sweep(backupFolderFor(filePath), inBackups);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
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
