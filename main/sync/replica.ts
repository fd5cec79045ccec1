// The bridge between a workspace and its local PouchDB replica (issue 16). The workspace stays the local truth:
// its changes become revisions in the replica (a local edit is always a child of the revision the workspace last
// agreed with, so an edit made apart from a colleague's becomes a branch of CouchDB's revision tree, never an
// overwrite), and documents that replication brings into the replica become ordinary store operations.
//
// What the workspace last agreed with (per document: revision, hash, conflict revisions) is kept in the workspace
// itself under `sync`, written in the same store commit as the change it describes, so a crash can never leave
// the two disagreeing. The replica's read position and the documents it holds for later are in a _local document
// of the replica, which never replicates.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ReviewRecord } from '../core/review/record';
import type { Op } from '../store/ops';
import type { WorkspaceData } from '../store/schema';
import type { WorkspaceStore } from '../store/workspace-store';
import { mergeConflict } from './conflicts';
import {
  bodyOf,
  DocumentView,
  hashBody,
  missingArticle,
  opsForDeletion,
  opsForDoc,
  type DocBody,
  type WorkspaceDoc,
} from './documents';
import { loadPouch, type PouchDatabase, type PouchDoc } from './pouch';
import { documentProblem } from './validate-doc';

export interface Agreed {
  rev: string;
  hash: string;
  /** Losing revisions the workspace shows as a conflict; the next local change deletes them. */
  conflicts?: string[];
}

export interface SyncMark {
  replica: string;
  /** shard (the article's id, or "outlets") -> document id -> what was agreed; sharded so a change copies little. */
  agreed: Record<string, Record<string, Agreed>>;
}

interface BridgeState {
  _id: '_local/claimdesk-bridge';
  _rev?: string;
  replica: string;
  seq: number | string;
  /** Documents whose article is not in this workspace (texts do not travel): applied once it is imported. */
  parked: string[];
  /** Documents received that fail the shape check: kept in the replica, never applied. id -> reason. */
  refused: Record<string, string>;
}

export interface ReplicaOptions {
  /** The server account that signs this workspace's documents. */
  user: string;
  /** Whether article texts travel (the workspace's setting). */
  texts?: () => boolean;
}

const BRIDGE_ID = '_local/claimdesk-bridge';
// Each received review copies its article's review table once (copy-on-write store): small batches keep stalls short.
const BATCH = 50;

type SyncedData = Readonly<WorkspaceData> & { sync?: SyncMark };

export class WorkspaceReplica {
  private readonly view: DocumentView;
  private busy: Promise<unknown> = Promise.resolve();
  private arrived: { id: string; by: string }[] = [];
  private written: { id: string; rev: string }[] = [];

  private constructor(
    private readonly store: WorkspaceStore,
    readonly db: PouchDatabase,
    private state: BridgeState,
    private readonly options: ReplicaOptions,
  ) {
    this.view = new DocumentView(options.texts ?? (() => settingTexts(store.data)));
  }

  /** Opens (or creates) the replica in `folder` for this workspace. */
  static async open(store: WorkspaceStore, folder: string, options: ReplicaOptions): Promise<WorkspaceReplica> {
    const PouchDB = await loadPouch();
    await mkdir(dirname(folder), { recursive: true });
    const db = new PouchDB(folder, { adapter: 'leveldb' });
    let state: BridgeState;
    try {
      state = (await db.get(BRIDGE_ID)) as unknown as BridgeState;
    } catch {
      state = { _id: BRIDGE_ID, replica: randomUUID(), seq: 0, parked: [], refused: {} };
      await saveState(db, state);
    }
    const replica = new WorkspaceReplica(store, db, state, options);
    await replica.adoptMark();
    return replica;
  }

  get refused(): Readonly<Record<string, string>> {
    return this.state.refused;
  }

  get parkedCount(): number {
    return this.state.parked.length;
  }

  /** The documents pull applied since the last call, with the server account that signed each. */
  takeArrivals(): { id: string; by: string }[] {
    return this.arrived.splice(0);
  }

  /** The revisions push wrote into the replica since the last call (what the server must still receive). */
  takeWritten(): { id: string; rev: string }[] {
    return this.written.splice(0);
  }

  /** Reviews that show a conflict until someone resolves it. */
  conflictCount(): number {
    let n = 0;
    for (const table of Object.values(this.store.data.reviews)) {
      for (const r of Object.values(table)) if (r.conflict) n += 1;
    }
    return n;
  }

  /** Workspace changes the replica does not hold yet. */
  async pending(): Promise<number> {
    const docs = await this.view.docsInSlices(this.store.data);
    return this.changedDocs(docs).length + this.deletedOutlets(docs).length;
  }

  /** Writes the workspace's changes into the replica; returns how many documents were written. */
  push(): Promise<number> {
    return this.serial(() => this.pushNow());
  }

  /** Brings what replication put into the replica into the workspace; returns how many documents were applied. */
  pull(): Promise<number> {
    return this.serial(() => this.pullNow());
  }

  async close(): Promise<void> {
    await this.busy.catch(() => undefined);
    await this.db.close();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.busy.then(task, task);
    this.busy = run.catch(() => undefined);
    return run;
  }

  private get mark(): SyncMark {
    const m = (this.store.data as SyncedData).sync;
    return m && m.replica === this.state.replica ? m : { replica: this.state.replica, agreed: {} };
  }

  /** A workspace copied from another machine carries another replica's marks: start agreeing afresh. */
  private async adoptMark(): Promise<void> {
    const m = (this.store.data as SyncedData).sync;
    if (m?.replica === this.state.replica) return;
    await this.store.commit({ op: 'set', path: ['sync'], value: { replica: this.state.replica, agreed: {} } });
    if (this.state.seq !== 0) {
      this.state = { ...this.state, seq: 0 };
      await saveState(this.db, this.state);
    }
  }

  private changedDocs(
    docs: Map<string, WorkspaceDoc>,
  ): { doc: WorkspaceDoc; agreed: Agreed | undefined; review?: ReviewRecord }[] {
    const agreed = this.mark.agreed;
    const out: { doc: WorkspaceDoc; agreed: Agreed | undefined; review?: ReviewRecord }[] = [];
    const find = (id: string) => agreed[shardOf(id)]?.[id];
    for (const doc of docs.values()) {
      const a = find(doc.id);
      const review = doc.body.type === 'review' ? (doc.body.review as ReviewRecord) : undefined;
      const shown = this.reviewOf(doc);
      // A conflict the person cleared without another change is a resolution too.
      const resolved = !!a?.conflicts?.length && !shown?.conflict;
      if (a && a.hash === doc.hash && !resolved) continue;
      out.push({ doc, agreed: a, ...(review ? { review } : {}) });
    }
    return out;
  }

  private reviewOf(doc: WorkspaceDoc): ReviewRecord | undefined {
    if (doc.body.type !== 'review') return undefined;
    return this.store.data.reviews[String(doc.body.articleId)]?.[String(doc.body.claimId)];
  }

  /** User outlets the person deleted here: their documents are deleted on the server too. */
  private deletedOutlets(docs: Map<string, WorkspaceDoc>): string[] {
    return Object.entries(this.mark.agreed.outlets ?? {})
      .filter(([id, a]) => id.startsWith('outlet:') && a.hash !== 'deleted' && !docs.has(id))
      .map(([id]) => id);
  }

  private async pushDeletions(docs: Map<string, WorkspaceDoc>): Promise<number> {
    const gone = this.deletedOutlets(docs);
    if (gone.length === 0) return 0;
    const agreed = this.mark.agreed.outlets ?? {};
    const writes = gone.map((id) => {
      const tomb = childRev(agreed[id]!.rev, 'deleted');
      return { _id: id, _deleted: true, by: this.options.user, _rev: tomb.rev, _revisions: tomb.revisions };
    });
    await this.db.bulkDocs(writes, { new_edits: false });
    this.written.push(...writes.map((w) => ({ id: w._id, rev: w._rev })));
    await this.store.commit(...writes.map((w) => markOp(w._id, { rev: w._rev, hash: 'deleted' })));
    return gone.length;
  }

  private async pushNow(): Promise<number> {
    const docs = await this.view.docsInSlices(this.store.data);
    const changed = this.changedDocs(docs);
    let written = await this.pushDeletions(docs);
    if (changed.length === 0) return written;
    for (let i = 0; i < changed.length; i += BATCH) {
      const slice = changed.slice(i, i + BATCH);
      const current = await this.winners(slice.map((c) => c.doc.id));
      const writes: PouchDoc[] = [];
      const marks: Op[] = [];
      const cleared: Op[] = [];
      for (const { doc, agreed } of slice) {
        const winner = current.get(doc.id);
        // The replica already holds exactly this (a restart after a write, or a colleague's identical copy).
        if (winner && !winner._deleted && !winner._conflicts?.length && hashBody(bodyOf(winner)) === doc.hash) {
          marks.push(markOp(doc.id, { rev: winner._rev!, hash: doc.hash }));
          continue;
        }
        const rev = childRev(agreed?.rev, doc.hash);
        writes.push({ _id: doc.id, ...doc.body, by: this.options.user, _rev: rev.rev, _revisions: rev.revisions });
        for (const loser of agreed?.conflicts ?? []) {
          const tomb = childRev(loser, 'deleted');
          writes.push({
            _id: doc.id,
            _deleted: true,
            by: this.options.user,
            _rev: tomb.rev,
            _revisions: tomb.revisions,
          });
        }
        marks.push(markOp(doc.id, { rev: rev.rev, hash: doc.hash }));
        const shown = this.reviewOf(doc);
        if (shown?.conflict) {
          const { conflict: _gone, ...plain } = shown;
          cleared.push({ op: 'set', path: ['reviews', String(doc.body.articleId), shown.claimId], value: plain });
        }
      }
      if (writes.length > 0) {
        const results = await this.db.bulkDocs(writes, { new_edits: false });
        this.written.push(...writes.map((w) => ({ id: w._id, rev: w._rev! })));
        const failed = results.find((r) => 'error' in r && r.error);
        if (failed)
          throw new Error(`The local replica refused a change: ${String((failed as { reason?: string }).reason)}`);
        written += slice.length;
      }
      if (marks.length > 0) await this.store.commit(...cleared, ...marks);
    }
    return written;
  }

  private async winners(ids: string[]): Promise<Map<string, PouchDoc>> {
    const res = (await this.db.allDocs({ keys: ids, include_docs: true, conflicts: true })) as unknown as {
      rows: { id: string; doc?: PouchDoc | null; value?: { deleted?: boolean; rev: string } }[];
    };
    const out = new Map<string, PouchDoc>();
    for (const row of res.rows) {
      if (row.doc) out.set(row.id, row.doc);
      else if (row.value?.deleted) out.set(row.id, { _id: row.id, _rev: row.value.rev, _deleted: true });
    }
    return out;
  }

  private async pullNow(): Promise<number> {
    let applied = 0;
    applied += await this.retryParked();
    for (;;) {
      const res = await this.db.changes({
        since: this.state.seq,
        limit: BATCH,
        include_docs: true,
        conflicts: true,
        style: 'all_docs',
      });
      if (res.results.length === 0) break;
      const docs = res.results.filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc!);
      applied += await this.applyDocs(docs);
      this.state = { ...this.state, seq: res.last_seq };
      await saveState(this.db, this.state);
    }
    return applied;
  }

  private async retryParked(): Promise<number> {
    if (this.state.parked.length === 0) return 0;
    const placeable = this.state.parked.filter((id) => {
      const articleId = id.split(':')[1] ?? '';
      return this.store.data.articles.some((a) => a.id === articleId);
    });
    if (placeable.length === 0) return 0;
    const docs = [...(await this.winners(placeable)).values()];
    this.state = { ...this.state, parked: this.state.parked.filter((id) => !placeable.includes(id)) };
    const applied = await this.applyDocs(docs);
    await saveState(this.db, this.state);
    return applied;
  }

  private async applyDocs(docs: PouchDoc[]): Promise<number> {
    const ops: Op[] = [];
    let applied = 0;
    const agreed = this.mark.agreed;
    const data = this.store.data;
    // Articles that arrive in this batch, for the reviews that come with them.
    const arriving = new Set<string>();
    const parked = new Set(this.state.parked);
    const refused = { ...this.state.refused };
    const arrivals: { id: string; by: string }[] = [];
    for (const doc of docs) {
      const id = doc._id;
      const a = agreed[shardOf(id)]?.[id];
      const conflicts = doc._conflicts ?? [];
      if (a && a.rev === doc._rev && conflicts.length === 0) continue; // our own write coming back
      const local = this.view.doc(data, id);
      // A local change not in the replica yet: the next push makes it a branch, and it comes back as a conflict.
      if (local && (!a || local.hash !== a.hash)) continue;
      if (doc._deleted) {
        const del = opsForDeletion(data, id);
        ops.push(...del, markOp(id, { rev: doc._rev!, hash: 'deleted' }));
        if (del.length) applied += 1;
        continue;
      }
      const problem = documentProblem(doc);
      if (problem) {
        refused[id] = problem;
        continue;
      }
      delete refused[id];
      const body = bodyOf(doc);
      if (missingArticle(data, body) && !arriving.has(String(body.articleId))) {
        parked.add(id);
        continue;
      }
      parked.delete(id);
      let review: ReviewRecord | undefined;
      let losers: string[] = [];
      if (body.type === 'review' && conflicts.length > 0) {
        const others = await this.validLeaves(id, conflicts);
        losers = others.map((o) => o._rev!);
        if (others.length > 0) review = mergeConflict(doc, others);
      }
      const docOps = opsForDoc(data, body, review);
      if (body.type === 'article' && body.record) arriving.add(String(body.articleId));
      const hash = this.view.hashAfter(data, body, review);
      ops.push(...docOps, markOp(id, { rev: doc._rev!, hash, ...(losers.length ? { conflicts: losers } : {}) }));
      arrivals.push({ id, by: String(doc.by) });
      for (const v of review?.conflict?.versions ?? []) if (v.by !== doc.by) arrivals.push({ id, by: v.by });
      applied += 1;
    }
    this.state = { ...this.state, parked: [...parked], refused };
    if (ops.length > 0) await this.store.commit(...ops);
    this.arrived.push(...arrivals);
    return applied;
  }

  private async validLeaves(id: string, revs: string[]): Promise<PouchDoc[]> {
    const out: PouchDoc[] = [];
    for (const rev of revs) {
      const leaf = await this.db.get(id, { rev });
      if (!leaf._deleted && documentProblem(leaf) === null) out.push(leaf);
    }
    return out;
  }
}

function shardOf(id: string): string {
  return id.startsWith('outlet:') ? 'outlets' : (id.split(':')[1] ?? '');
}

function markOp(id: string, agreed: Agreed): Op {
  return { op: 'set', path: ['sync', 'agreed', shardOf(id), id], value: agreed };
}

function settingTexts(data: Readonly<WorkspaceData>): boolean {
  return (data.settings as { syncArticleTexts?: boolean }).syncArticleTexts === true;
}

/**
 * A deterministic child revision, as CouchDB's own are: writing the same change again after a crash is a no-op,
 * and two reviewers who make the very same change apart make one revision, not a conflict.
 */
export function childRev(
  parent: string | undefined,
  contentHash: string,
): { rev: string; revisions: { start: number; ids: string[] } } {
  const [genText, parentId] = parent ? parent.split('-', 2) : ['0', undefined];
  const gen = Number(genText) + 1;
  const id = hashBody([parent ?? null, contentHash]).slice(0, 32);
  return { rev: `${gen}-${id}`, revisions: { start: gen, ids: parentId ? [id, parentId] : [id] } };
}

async function saveState(db: PouchDatabase, state: BridgeState): Promise<void> {
  const res = await db.put(state as unknown as PouchDoc);
  state._rev = res.rev;
}

export type { DocBody };
