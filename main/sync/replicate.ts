// One round of replication between a workspace's replica and the server (issue 16), and the check that both
// sides hold every revision of the other. Failures come back as a SyncRefusal that says what the person can do.
import type { SyncConnection } from './connection';
import { databaseUrl } from './connection';
import { loadPouch, type PouchDatabase, type ReplicationResult } from './pouch';
import type { WorkspaceReplica } from './replica';

export type RefusalKind = 'offline' | 'password' | 'access' | 'refused' | 'incomplete';

export class SyncRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
  ) {
    super(message);
    this.name = 'SyncRefusal';
  }
}

export async function openRemote(connection: SyncConnection): Promise<PouchDatabase> {
  const PouchDB = await loadPouch();
  const url = databaseUrl(connection);
  return new PouchDB(url, {
    skip_setup: true,
    ...(connection.user ? { auth: { username: connection.user, password: connection.password ?? '' } } : {}),
  });
}

const STATUS_OF: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };

/**
 * Asks the server for the database's info as this user. PouchDB's http info() hands back the server's error
 * body as if it were info, so the error is looked for here.
 */
export async function checkAccess(remote: PouchDatabase, where: string): Promise<void> {
  let info: Record<string, unknown>;
  try {
    info = (await remote.info()) as unknown as Record<string, unknown>;
  } catch (e) {
    throw describeFailure(e, where);
  }
  if (typeof info.error === 'string') {
    throw describeFailure({ status: STATUS_OF[info.error] ?? 500, name: info.error, reason: info.reason }, where);
  }
}

/** Turns what PouchDB or the server said into a reason for the person. */
export function describeFailure(e: unknown, where: string): SyncRefusal {
  if (e instanceof SyncRefusal) return e;
  const err = e as { status?: number; name?: string; reason?: string; message?: string; code?: string };
  const text = String(err?.reason ?? err?.message ?? e);
  if (err?.status === 401 || err?.name === 'unauthorized') {
    if (/name or password/i.test(text) || !/authorized to access/i.test(text)) {
      return new SyncRefusal('password', `The server at ${where} did not accept the user name and password.`);
    }
    return new SyncRefusal('access', `This user has no access to the database at ${where} (${text}).`);
  }
  if (err?.status === 403 || err?.name === 'forbidden') {
    return new SyncRefusal('access', `The database at ${where} refused this user (${text}).`);
  }
  if (err?.status === 404) {
    return new SyncRefusal('access', `There is no database at ${where}: ask the newsroom's admin to create it.`);
  }
  return new SyncRefusal('offline', `The server at ${where} could not be reached (${text}).`);
}

function checkResult(result: ReplicationResult, direction: string, where: string): void {
  if (result.doc_write_failures > 0) {
    const reasons = (result.errors as { message?: string; reason?: string }[])
      .map((e) => e?.reason ?? e?.message)
      .filter(Boolean);
    throw new SyncRefusal(
      'refused',
      `${where} refused ${result.doc_write_failures} change(s) ${direction}` +
        `${reasons.length ? `: ${[...new Set(reasons)].join('; ')}` : ''}.`,
    );
  }
  if (result.status && result.status !== 'complete') {
    throw new SyncRefusal('offline', `Replication ${direction} ${where} stopped before it was complete.`);
  }
}

/** One replication each way; throws a SyncRefusal when the server cannot be reached or refuses a change. */
export async function replicateOnce(
  local: PouchDatabase,
  remote: PouchDatabase,
  where: string,
): Promise<{ pushed: number; pulled: number }> {
  const PouchDB = await loadPouch();
  let pulled: ReplicationResult;
  let pushed: ReplicationResult;
  await checkAccess(remote, where);
  try {
    pulled = await PouchDB.replicate(remote, local, { batch_size: 200 });
  } catch (e) {
    throw describeFailure(e, where);
  }
  checkResult(pulled, 'from', where);
  try {
    pushed = await PouchDB.replicate(local, remote, { batch_size: 200 });
  } catch (e) {
    throw describeFailure(e, where);
  }
  checkResult(pushed, 'to', where);
  return { pushed: pushed.docs_written, pulled: pulled.docs_written };
}

async function leafRevs(db: PouchDatabase): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  let since: number | string = 0;
  for (;;) {
    const res = await db.changes({ since, limit: 1000, style: 'all_docs' });
    for (const r of res.results) {
      if (r.id.startsWith('_design/')) continue;
      out[r.id] = r.changes.map((c) => c.rev);
    }
    if (res.results.length < 1000) return out;
    since = res.last_seq;
  }
}

async function missingIn(target: PouchDatabase, revs: Record<string, string[]>): Promise<number> {
  const ids = Object.keys(revs);
  let missing = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const part: Record<string, string[]> = {};
    for (const id of ids.slice(i, i + 500)) part[id] = revs[id]!;
    const diff = await target.revsDiff(part);
    for (const v of Object.values(diff)) missing += v.missing.length;
  }
  return missing;
}

/** How many revisions each side lacks of the other's (both 0 when they hold the same). */
export async function compareSides(
  local: PouchDatabase,
  remote: PouchDatabase,
  where: string,
): Promise<{ missingOnServer: number; missingHere: number }> {
  try {
    const [mine, theirs] = await Promise.all([leafRevs(local), leafRevs(remote)]);
    return { missingOnServer: await missingIn(remote, mine), missingHere: await missingIn(local, theirs) };
  } catch (e) {
    throw describeFailure(e, where);
  }
}

export interface SyncOutcome {
  pushed: number;
  pulled: number;
  /** Reviews in the workspace that show a conflict. */
  conflicts: number;
  /** Received documents kept in the replica for articles this workspace does not have. */
  parked: number;
  /** Received documents that failed the shape check (id -> reason). */
  refused: Record<string, string>;
}

/**
 * A whole sync: server -> replica -> workspace, workspace -> replica -> server, then once more so conflicts made
 * by this round show on both sides' next pull. Resolves only when both sides hold every change.
 */
export async function syncOnce(replica: WorkspaceReplica, remote: PouchDatabase, where: string): Promise<SyncOutcome> {
  const first = await replicateOnce(replica.db, remote, where);
  let pulled = await replica.pull();
  const wrote = await replica.push();
  const second = await replicateOnce(replica.db, remote, where);
  pulled += await replica.pull();
  // Showing a conflict can clear nothing, but a resolution written by pull's caller would need pushing.
  if ((await replica.pending()) > 0) {
    await replica.push();
    await replicateOnce(replica.db, remote, where);
    await replica.pull();
  }
  const sides = await compareSides(replica.db, remote, where);
  const waiting = await replica.pending();
  if (sides.missingOnServer > 0 || sides.missingHere > 0 || waiting > 0) {
    throw new SyncRefusal(
      'incomplete',
      `Sync did not finish: the server lacks ${sides.missingOnServer} change(s), ` +
        `this workspace lacks ${sides.missingHere}, ${waiting} waiting.`,
    );
  }
  return {
    pushed: Math.max(wrote, second.pushed),
    pulled: Math.max(pulled, first.pulled),
    conflicts: replica.conflictCount(),
    parked: replica.parkedCount,
    refused: { ...replica.refused },
  };
}
