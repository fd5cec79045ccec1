// How the CLI's writing commands open a workspace: with the lock, so that they never write while the app (or
// another command) holds it, and closed cleanly so that exit 0 means the change is durable.
import { resolve } from 'node:path';
import { WorkspaceLockedError } from '../store/lock';
import { WorkspaceStore } from '../store/workspace-store';
import { CliError, type CliIo } from './io';

/** Exit code when another process holds the workspace (EX_TEMPFAIL: try again later). */
export const EXIT_LOCKED = 75;

export async function withWorkspace<T>(
  path: string | undefined,
  command: string,
  io: CliIo,
  run: (store: WorkspaceStore) => Promise<T>,
): Promise<T> {
  if (!path) throw new CliError(`${command}: name the workspace with --workspace FILE`, 2);
  let store: WorkspaceStore;
  try {
    store = await WorkspaceStore.open(resolve(path), { lock: 'cli' });
  } catch (e) {
    if (e instanceof WorkspaceLockedError) throw new CliError(`${command}: ${e.message}`, EXIT_LOCKED);
    throw e;
  }
  for (const notice of store.notices) io.stderr(`claimdesk: ${notice}\n`);
  if (store.readOnly) {
    await store.close();
    throw new CliError(`${command}: the workspace is read-only; nothing was changed.`);
  }
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
