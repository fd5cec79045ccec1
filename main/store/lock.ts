// One writer per workspace: a lock file beside it names the process that owns it. A lock left by a process that
// is gone (a crash) is taken over; a live one is refused with a message that says who holds it.
import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';

export type LockOwner = 'app' | 'cli' | 'test';

interface LockInfo {
  pid: number;
  host: string;
  owner: LockOwner;
  since: string;
}

export class WorkspaceLockedError extends Error {
  constructor(
    message: string,
    readonly holder: LockInfo,
  ) {
    super(message);
    this.name = 'WorkspaceLockedError';
  }
}

export interface WorkspaceLock {
  release(): Promise<void>;
}

export function lockPathFor(workspacePath: string): string {
  return `${workspacePath}.lock`;
}

export async function acquireLock(workspacePath: string, owner: LockOwner): Promise<WorkspaceLock> {
  const path = lockPathFor(workspacePath);
  const mine: LockInfo = { pid: process.pid, host: hostname(), owner, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(mine));
      await handle.close();
      return { release: () => unlink(path).catch(() => undefined) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await readLock(path);
    if (holder && holder.host === mine.host && holder.pid === mine.pid) {
      return { release: async () => undefined }; // this process already holds it
    }
    if (holder && isAlive(holder)) {
      const who =
        holder.owner === 'app'
          ? 'The ClaimDesk app'
          : `Another ClaimDesk ${holder.owner === 'cli' ? 'command' : 'process'}`;
      throw new WorkspaceLockedError(
        `${who} (process ${holder.pid} on ${holder.host}) has this workspace open since ${holder.since}. ` +
          'Make the change there, or close it and try again.',
        holder,
      );
    }
    await unlink(path).catch(() => undefined); // stale: its process is gone
  }
  throw new Error(`Could not take the workspace lock ${path}.`);
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<LockInfo>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, owner: value.owner ?? 'app', since: value.since ?? 'an unknown time' };
  } catch {
    return null; // unreadable: treated as stale
  }
}

function isAlive(lock: LockInfo): boolean {
  // A lock from another machine (a shared folder) cannot be checked: it is respected.
  if (lock.host !== hostname()) return true;
  try {
    process.kill(lock.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
