// `claimdesk sync --workspace W --server URL --db NAME [--user U --password-env VAR]`: one whole sync with a
// CouchDB-compatible server (issue 16). Exit 0 only when the workspace and the server hold every change of the
// other; the password is read from the environment variable named, never from the command line or a file.
import { resolve } from 'node:path';
import { parseCommandArgs } from './args';
import { CliError, type CliIo } from './io';
import { withWorkspace } from './workspace-open';

export const SYNC_USAGE = `Usage: claimdesk sync --workspace W --server URL --db NAME [--user U --password-env VAR]
  The server must be https, except on localhost. The password is read from the environment variable VAR.`;

/** Exit code when the server is unreachable or refused the sync (EX_UNAVAILABLE). */
export const EXIT_SYNC_FAILED = 69;

export async function runSync(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseCommandArgs('sync', SYNC_USAGE, {
    args,
    options: {
      workspace: { type: 'string', short: 'w' },
      server: { type: 'string' },
      db: { type: 'string' },
      user: { type: 'string', short: 'u' },
      'password-env': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const v = parsed.values;
  if (v.help) {
    io.stdout(`${SYNC_USAGE}\n`);
    return 0;
  }
  if (!v.server || !v.db) throw new CliError(`sync: give --server URL and --db NAME\n\n${SYNC_USAGE}`, 2);
  let password: string | undefined;
  if (v['password-env']) {
    password = env[v['password-env']];
    if (password === undefined) throw new CliError(`sync: the environment variable ${v['password-env']} is not set`, 2);
  } else if (v.user) {
    throw new CliError(
      `sync: with --user, name the environment variable that holds the password (--password-env VAR)`,
      2,
    );
  }
  // Loaded here so that no other command pays for PouchDB.
  const { databaseUrl, replicaFolder, SyncSetupError } = await import('../sync/connection');
  const connection = {
    server: v.server,
    db: v.db,
    ...(v.user ? { user: v.user } : {}),
    ...(password ? { password } : {}),
  };
  try {
    databaseUrl(connection);
  } catch (e) {
    if (e instanceof SyncSetupError) throw new CliError(`sync: ${e.message}`, 2);
    throw e;
  }
  const { WorkspaceReplica } = await import('../sync/replica');
  const { openRemote, syncOnce, SyncRefusal } = await import('../sync/replicate');
  const where = `${new URL(v.server).host}/${v.db}`;

  return withWorkspace(v.workspace, 'sync', io, async (store) => {
    const user = v.user ?? (store.data.settings.reviewerName || 'anonymous');
    const replica = await WorkspaceReplica.open(store, replicaFolder(resolve(v.workspace!)), { user });
    const remote = await openRemote(connection);
    try {
      const outcome = await syncOnce(replica, remote, where);
      io.stdout(
        `synced with ${where}: ${outcome.pushed} sent, ${outcome.pulled} received, ${outcome.conflicts} in conflict\n`,
      );
      for (const [id, reason] of Object.entries(outcome.refused)) {
        io.stderr(`claimdesk: a document from the server was not taken in (${id}): ${reason}\n`);
      }
      if (outcome.parked > 0) {
        io.stdout(`${outcome.parked} review(s) wait for articles this workspace does not have yet\n`);
      }
      return 0;
    } catch (e) {
      if (e instanceof SyncRefusal) {
        io.stderr(`claimdesk: sync: ${e.message}\n`);
        return EXIT_SYNC_FAILED;
      }
      throw e;
    } finally {
      await remote.close().catch(() => undefined);
      await replica.close();
    }
  });
}
