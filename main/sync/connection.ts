// Where a workspace syncs to (issue 16): a server that speaks CouchDB's replication protocol and one database.
// Passwords travel only in memory (the app keeps them with Electron's safeStorage, the CLI reads an environment
// variable); nothing here writes them anywhere.
import { httpUrl } from '../core/urls';

export interface SyncConnection {
  server: string;
  db: string;
  user?: string;
  password?: string;
}

export class SyncSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncSetupError';
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

// CouchDB's rule for database names.
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/** The database's address; refuses plain http except on this machine, and credentials written into the URL. */
export function databaseUrl(connection: SyncConnection): string {
  const server = httpUrl(connection.server);
  if (!server) {
    throw new SyncSetupError(
      `"${connection.server}" is not a server address ClaimDesk can use ` +
        '(https://host[:port], without a user name or password in it).',
    );
  }
  const url = new URL(server);
  if (url.protocol !== 'https:' && !LOCAL_HOSTS.has(url.hostname)) {
    throw new SyncSetupError(
      `The server ${url.host} must be reached over https (plain http is only allowed for localhost), ` +
        'so that the password and the reviews are not sent in the clear.',
    );
  }
  if (!DB_NAME.test(connection.db) || connection.db.length > 238) {
    throw new SyncSetupError(
      `"${connection.db}" is not a CouchDB database name ` +
        '(lower-case letters, digits and _$()+-/, starting with a letter).',
    );
  }
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return base + encodeURIComponent(connection.db);
}

/** The workspace's sync folder beside the workspace file: the replica (LevelDB) and the connection. */
export const syncFolder = (workspacePath: string): string => `${workspacePath}.sync`;

/** The local replica's LevelDB folder. */
export const replicaFolder = (workspacePath: string): string => `${syncFolder(workspacePath)}/replica`;
