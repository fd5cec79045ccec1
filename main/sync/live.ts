// Continuous sync while a workspace is connected (issue 16): PouchDB's live replication both ways (retrying with
// a short back-off while the server is away), the workspace's changes written into the replica as they are
// made, and what colleagues send applied to the workspace as it arrives. The status says what the person needs:
// up to date, N changes waiting, offline, or refused with the reason.
import type { SyncConnection } from './connection';
import { loadPouch, type PouchDatabase, type Replication } from './pouch';
import type { WorkspaceReplica } from './replica';
import { describeFailure, openRemote } from './replicate';
import type { WorkspaceStore } from '../store/workspace-store';

export type SyncStatus =
  | { state: 'connecting' }
  | { state: 'up-to-date'; at: string }
  | { state: 'waiting'; count: number }
  | { state: 'offline'; count: number; reason: string }
  | { state: 'refused'; count: number; reason: string };

export interface ArrivedChange {
  /** Documents applied to the workspace from the server, with the account that signed each. */
  docs: { id: string; by: string }[];
}

export interface LiveSyncOptions {
  onStatus?: (status: SyncStatus) => void;
  onArrived?: (change: ArrivedChange) => void;
  /** How often the workspace is looked at for new changes (its state is copy-on-write: a cheap comparison). */
  watchMs?: number;
  now?: () => Date;
}

/**
 * pouchdb-replication asks the source for info() after each batch, only to count progress, and does not catch a
 * failure there: with the server gone that is an unhandled rejection. Progress is not used here, so a failed
 * info() for this replication's remote gives an empty answer instead; the replication's own requests still fail
 * and retry as they should.
 */
function guardProgressInfo(remote: PouchDatabase): PouchDatabase {
  const info = remote.info.bind(remote);
  remote.info = () => info().catch(() => ({ update_seq: 0, doc_count: 0 }));
  return remote;
}

const backOff = (delay: number): number => Math.min(delay > 0 ? delay * 2 : 500, 5000);

export class LiveSync {
  private status: SyncStatus = { state: 'connecting' };
  private pushRep: Replication | null = null;
  private pullRep: Replication | null = null;
  private feed: { cancel(): void } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastData: unknown = null;
  private working: Promise<void> = Promise.resolve();
  private again = false;
  private offline: string | null = null;
  private refused: string | null = null;
  /** Revisions written into the replica that the server has not confirmed yet: id -> rev. */
  private unsent = new Map<string, string>();
  private stopped = false;

  private constructor(
    private readonly store: WorkspaceStore,
    private readonly replica: WorkspaceReplica,
    private readonly remote: PouchDatabase,
    private readonly where: string,
    private readonly options: LiveSyncOptions,
  ) {}

  static async start(
    store: WorkspaceStore,
    replica: WorkspaceReplica,
    connection: SyncConnection,
    options: LiveSyncOptions = {},
  ): Promise<LiveSync> {
    const remote = guardProgressInfo(await openRemote(connection));
    const live = new LiveSync(store, replica, remote, `${new URL(connection.server).host}/${connection.db}`, options);
    await live.begin();
    return live;
  }

  get current(): SyncStatus {
    return this.status;
  }

  private async begin(): Promise<void> {
    const PouchDB = await loadPouch();
    const local = this.replica.db;
    const opts = { live: true, retry: true, back_off_function: backOff, batch_size: 100 };
    this.pullRep = PouchDB.replicate(this.remote, local, opts);
    this.pushRep = PouchDB.replicate(local, this.remote, opts);
    for (const rep of [this.pullRep, this.pushRep]) {
      // The outcome is followed through the events; the promise itself only ends when it is cancelled or fails.
      Promise.resolve(rep).catch((err: unknown) => this.onRefused(err));
      rep.on('paused', ((err: unknown) => this.onPaused(rep, err)) as never);
      rep.on('active', (() => this.onActive()) as never);
      if (rep === this.pushRep) {
        rep.on('change', ((info: { docs?: { _id: string; _rev: string }[] }) => {
          for (const d of info.docs ?? []) if (this.unsent.get(d._id) === d._rev) this.unsent.delete(d._id);
          void this.report();
        }) as never);
      }
      rep.on('denied', ((err: unknown) => this.onRefused(err)) as never);
      rep.on('error', ((err: unknown) => this.onRefused(err)) as never);
    }
    const feed = (
      local as unknown as { changes(o: object): { on(e: string, f: () => void): void; cancel(): void } }
    ).changes({ live: true, since: 'now' });
    feed.on('change', () => this.schedule());
    this.feed = feed;
    this.timer = setInterval(() => {
      if (this.store.data !== this.lastData) this.schedule();
    }, this.options.watchMs ?? 250);
    this.timer.unref?.();
    this.schedule();
  }

  private onActive(): void {
    this.offline = null;
    void this.report();
  }

  private onPaused(rep: Replication, err: unknown): void {
    if (err) {
      this.offline = describeFailure(err, this.where).message;
    } else {
      this.offline = null;
      // A push that pauses without an error has sent everything the replica held when it looked.
      if (rep === this.pushRep && this.again === false) this.unsent.clear();
    }
    void this.report();
  }

  private onRefused(err: unknown): void {
    const refusal = describeFailure(err, this.where);
    if (refusal.kind === 'offline') this.offline = refusal.message;
    else this.refused = refusal.message;
    void this.report();
  }

  /** Push and pull between workspace and replica, one pass at a time; a request during a pass runs one more. */
  private schedule(): void {
    if (this.stopped) return;
    this.again = true;
    this.working = this.working.then(async () => {
      if (!this.again || this.stopped) return;
      this.again = false;
      try {
        this.lastData = this.store.data;
        await this.replica.push();
        for (const w of this.replica.takeWritten()) this.unsent.set(w.id, w.rev);
        await this.replica.pull();
        const docs = this.replica.takeArrivals();
        if (docs.length > 0) this.options.onArrived?.({ docs });
        this.lastData = this.store.data;
      } catch (e) {
        this.refused = (e as Error).message;
      }
      await this.report();
    });
  }

  /** Changes the server has not confirmed, plus workspace changes not in the replica yet. */
  private async waiting(): Promise<number> {
    return (await this.replica.pending()) + this.unsent.size;
  }

  private async report(): Promise<void> {
    if (this.stopped) return;
    const count = await this.waiting().catch(() => 0);
    const next: SyncStatus = this.refused
      ? { state: 'refused', count, reason: this.refused }
      : this.offline
        ? { state: 'offline', count, reason: this.offline }
        : count > 0
          ? { state: 'waiting', count }
          : { state: 'up-to-date', at: (this.options.now?.() ?? new Date()).toISOString() };
    const changed = JSON.stringify({ ...next, at: undefined }) !== JSON.stringify({ ...this.status, at: undefined });
    this.status = next;
    if (changed) this.options.onStatus?.(next);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.feed?.cancel();
    this.pushRep?.cancel();
    this.pullRep?.cancel();
    await this.working.catch(() => undefined);
    await this.remote.close().catch(() => undefined);
  }
}
