// One writer per workspace: a lock file beside it names the process that owns it. The lock appears atomically
// with its owner already written (a temp file, fsynced, then link()ed into place: link fails if a lock exists),
// so no one ever reads a half-made lock. A lock is stale only when its process is provably gone: same host, and
// the pid is dead or now belongs to a process that started at another time (the pid was reused). A live holder,
// or a holder on another computer, is waited for a bounded time and then named, with how to free it.
import { link, open, readFile, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ShortWriteError, tempPathFor, writeAll } from './durable-write';
import { describeWriteError, errorCode } from './fs-errors';

export type LockOwner = 'app' | 'cli' | 'test';

export interface LockInfo {
  pid: number;
  host: string;
  owner: LockOwner;
  since: string;
  /** The holder's start time as the OS counts it (/proc/<pid>/stat on Linux); null where it cannot be read. */
  startTime?: string | null;
  /** Which acquisition this is: a process releases only the lock that carries its own token. */
  token?: string;
}

export class WorkspaceLockedError extends Error {
  constructor(
    message: string,
    readonly holder: LockInfo | null,
  ) {
    super(message);
    this.name = 'WorkspaceLockedError';
  }
}

/** The lock could not be created at all (disk full, read-only folder): said in words, nothing left behind. */
export class LockWriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'LockWriteError';
  }
}

export interface WorkspaceLock {
  release(): Promise<void>;
}

export interface AcquireOptions {
  /** How long to wait for a live holder to let go before refusing (ms); 0 refuses at once. */
  waitMs?: number;
}

/** A lock file this young with unreadable content may be a writer of an older version mid-write: not yet stale. */
const UNREADABLE_GRACE_MS = 5000;
const BREAKER_STALE_MS = 10_000;

export function lockPathFor(workspacePath: string): string {
  return `${workspacePath}.lock`;
}

/** The start time of a process as the kernel records it, or null when this platform does not say. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) may hold spaces and parentheses: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22 overall
  } catch {
    return null;
  }
}

export async function acquireLock(
  workspacePath: string,
  owner: LockOwner,
  options: AcquireOptions = {},
): Promise<WorkspaceLock> {
  const path = lockPathFor(workspacePath);
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    owner,
    since: new Date().toISOString(),
    startTime: processStartTime(process.pid),
    token: randomBytes(8).toString('hex'),
  };
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    if (await placeAtomically(path, JSON.stringify(mine))) return ownLock(path, mine.token!);
    const raw = await readFile(path, 'utf8').catch((e: unknown) => {
      if (errorCode(e) === 'ENOENT') return null;
      throw e;
    });
    if (raw === null) continue; // released in between: try again at once
    const holder = parseLock(raw);
    if (holder && holder.host === mine.host && holder.pid === mine.pid) {
      return { release: async () => undefined }; // this process already holds it
    }
    const verdict = holder ? judge(holder) : await judgeUnreadable(path);
    if (verdict === 'stale') {
      await breakStale(path, raw);
      continue;
    }
    if (Date.now() >= deadline) throw new WorkspaceLockedError(heldMessage(path, holder, verdict), holder);
    await new Promise((r) => setTimeout(r, 40 + Math.random() * 80));
  }
}

function ownLock(path: string, token: string): WorkspaceLock {
  return {
    release: async () => {
      const raw = await readFile(path, 'utf8').catch(() => null);
      // Only our own lock: one that was (wrongly) taken over by someone else is theirs now.
      if (raw !== null && parseLock(raw)?.token === token) await unlink(path).catch(() => undefined);
    },
  };
}

/** Creates `path` holding `content`, complete and durable, or returns false when it already exists. */
async function placeAtomically(path: string, content: string): Promise<boolean> {
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      const bytes = Buffer.from(content, 'utf8');
      await writeAll(handle, bytes, path);
      // Length-checked, not fsynced: after a power cut no holder is alive, and an empty lock is judged stale.
      const { size } = await handle.stat();
      if (size !== bytes.length) throw new ShortWriteError(size, bytes.length);
    } finally {
      await handle.close();
    }
    await link(temp, path);
    return true;
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    throw new LockWriteError(
      `${describeWriteError(e, path)} The workspace lock could not be taken, so nothing was changed.`,
      errorCode(e),
    );
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

type Verdict = 'live' | 'unconfirmed' | 'other-host' | 'unreadable' | 'stale';

function judge(holder: LockInfo): Verdict {
  if (holder.host !== hostname()) return 'other-host';
  if (!pidAlive(holder.pid)) return 'stale';
  const now = processStartTime(holder.pid);
  if (holder.startTime && now) return now === holder.startTime ? 'live' : 'stale'; // the pid was reused
  return 'unconfirmed';
}

async function judgeUnreadable(path: string): Promise<Verdict> {
  const info = await stat(path).catch(() => null);
  return info && Date.now() - info.mtimeMs > UNREADABLE_GRACE_MS ? 'stale' : 'unreadable';
}

/** Removes a stale lock, but only while it is still the same stale lock (another process may have broken it). */
async function breakStale(path: string, staleRaw: string): Promise<void> {
  const breaker = `${path}.break`;
  if (!(await placeAtomically(breaker, String(process.pid)))) {
    const info = await stat(breaker).catch(() => null);
    if (info && Date.now() - info.mtimeMs > BREAKER_STALE_MS) await unlink(breaker).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 20));
    return;
  }
  try {
    const now = await readFile(path, 'utf8').catch(() => null);
    if (now === staleRaw) await unlink(path).catch(() => undefined);
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

function parseLock(raw: string): LockInfo | null {
  try {
    const value = JSON.parse(raw) as Partial<LockInfo>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return {
      pid: value.pid,
      host: value.host,
      owner: value.owner ?? 'app',
      since: value.since ?? 'an unknown time',
      startTime: value.startTime ?? null,
      token: value.token,
    };
  } catch {
    return null;
  }
}

function heldMessage(path: string, holder: LockInfo | null, verdict: Verdict): string {
  if (!holder) {
    return (
      `The workspace lock ${path} was just written and cannot be read yet. Try again in a few seconds; ` +
      `if this persists, delete ${path}.`
    );
  }
  const who =
    holder.owner === 'app'
      ? 'The ClaimDesk app'
      : `Another ClaimDesk ${holder.owner === 'cli' ? 'command' : 'process'}`;
  if (verdict === 'other-host') {
    return (
      `${who} on another computer (${holder.host}, process ${holder.pid}) has this workspace open since ` +
      `${holder.since}. Close it there; if that computer no longer uses it, delete ${path} and try again.`
    );
  }
  if (verdict === 'unconfirmed') {
    return (
      `Process ${holder.pid} on this computer holds the workspace lock (taken by ${ownerLabel(holder.owner)} at ` +
      `${holder.since}), and ClaimDesk cannot tell whether it is still ClaimDesk. Close ClaimDesk there; if no ` +
      `ClaimDesk is running, delete ${path} and try again.`
    );
  }
  return (
    `${who} (process ${holder.pid} on ${holder.host}) has this workspace open since ${holder.since}. ` +
    (holder.owner === 'app'
      ? 'Make the change there, or close it and try again.'
      : 'Wait for it to finish and try again.')
  );
}

function ownerLabel(owner: LockOwner): string {
  return owner === 'app' ? 'the ClaimDesk app' : owner === 'cli' ? 'a ClaimDesk command' : 'a ClaimDesk process';
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}
