// How the CLI's writing commands open a workspace: with the lock (waiting a bounded time for another writer to
// finish), so that they never write while the app or another command holds it, and closed cleanly so that exit 0
// means the change is durable. What the command did is said as it is: it keeps nothing in memory after it exits.
import { resolve } from 'node:path';
import { LockWriteError, WorkspaceLockedError } from '../store/lock';
import { JOURNAL_SUFFIX, WorkspaceStore, WorkspaceWriteError } from '../store/workspace-store';
import { CliError, type CliIo } from './io';

/** Exit code when another process holds the workspace (EX_TEMPFAIL: try again later). */
export const EXIT_LOCKED = 75;

/** How long a writing command waits for another writer by default (seconds). */
export const DEFAULT_WAIT_SECONDS = 5;

export const WAIT_OPTION = { wait: { type: 'string' } } as const;

/** `--wait SECONDS`: how long to wait for the lock. */
export function waitSeconds(command: string, value: string | undefined): number {
  if (value === undefined) return DEFAULT_WAIT_SECONDS;
  const n = Number(value);
  if (!(n >= 0 && n <= 3600)) throw new CliError(`${command}: --wait must be a number of seconds from 0 to 3600`, 2);
  return n;
}

export async function withWorkspace<T>(
  path: string | undefined,
  command: string,
  io: CliIo,
  run: (store: WorkspaceStore) => Promise<T>,
  options: { waitSeconds?: number } = {},
): Promise<T> {
  if (!path) throw new CliError(`${command}: name the workspace with --workspace FILE`, 2);
  let store: WorkspaceStore;
  try {
    store = await WorkspaceStore.open(resolve(path), {
      lock: 'cli',
      lockWaitMs: (options.waitSeconds ?? DEFAULT_WAIT_SECONDS) * 1000,
    });
  } catch (e) {
    if (e instanceof WorkspaceLockedError) throw new CliError(`${command}: ${e.message}`, EXIT_LOCKED);
    if (e instanceof LockWriteError || e instanceof WorkspaceWriteError) throw new CliError(`${command}: ${e.message}`);
    throw e;
  }
  for (const notice of store.notices) io.stderr(`claimdesk: ${notice}\n`);
  if (store.readOnly) {
    await store.close();
    throw new CliError(`${command}: the workspace is read-only; nothing was changed.`);
  }
  let result: T;
  try {
    result = await run(store);
  } catch (e) {
    await store.close();
    if (e instanceof WorkspaceWriteError) {
      throw new CliError(`${command}: ${e.reason} The change was not saved; the workspace is as it was before.`);
    }
    throw e;
  }
  await store.close();
  if (store.snapshotError) {
    // The change is durable in the journal (it was fsynced before the command went on); the snapshot is not.
    const diskFull = /^The disk is full/.test(store.snapshotError);
    io.stderr(
      `claimdesk: ${command}: ${diskFull ? 'the disk is full' : store.snapshotError.replace(/\.$/, '')}; your change ` +
        `is kept in the journal (${store.filePath}${JOURNAL_SUFFIX}) and will be written into the workspace the ` +
        'next time it is opened with space to spare. Do not delete that file.\n',
    );
  }
  return result;
}
