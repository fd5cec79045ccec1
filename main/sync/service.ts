// Sync for the workspace the app has open (issue 16): connect (the address and user kept beside the workspace in
// its sync folder, the password with the credential store), continuous sync while connected, resumed when the
// workspace is opened again, and the state the window shows.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceStore } from '../store/workspace-store';
import { databaseUrl, replicaFolder, syncFolder, type SyncConnection } from './connection';
import type { CredentialStore } from './credentials';
import { LiveSync, type ArrivedChange, type SyncStatus } from './live';
import { WorkspaceReplica } from './replica';
import { checkAccess, openRemote } from './replicate';

export interface SyncState {
  connected: boolean;
  server?: string;
  db?: string;
  user?: string;
  /** Null when not connected. */
  status: SyncStatus | null;
  /** Whether the password is kept for the next start (false: the system offers no encryption). */
  passwordKept?: boolean;
  /** How many batches of colleagues' changes have arrived in this session (the window reloads when it grows). */
  arrivals: number;
  /** Accounts whose changes arrived last, for the person to see who is at work. */
  lastArrivalBy?: string[];
}

interface SavedConnection {
  server: string;
  db: string;
  user: string;
}

export interface SyncServiceOptions {
  onStatus?: (state: SyncState) => void;
  onArrived?: (change: ArrivedChange) => void;
}

export class WorkspaceSyncService {
  private live: LiveSync | null = null;
  private replica: WorkspaceReplica | null = null;
  private connection: SavedConnection | null = null;
  private passwordKept = false;
  private arrivals = 0;
  private lastArrivalBy: string[] = [];

  constructor(
    private readonly store: WorkspaceStore,
    private readonly credentials: CredentialStore,
    private readonly options: SyncServiceOptions = {},
  ) {}

  private get folder(): string {
    return syncFolder(this.store.filePath);
  }

  private get connectionFile(): string {
    return join(this.folder, 'connection.json');
  }

  state(): SyncState {
    if (!this.connection) return { connected: false, status: null, arrivals: this.arrivals };
    return {
      connected: true,
      ...this.connection,
      status: this.live?.current ?? { state: 'connecting' },
      passwordKept: this.passwordKept,
      arrivals: this.arrivals,
      ...(this.lastArrivalBy.length ? { lastArrivalBy: this.lastArrivalBy } : {}),
    };
  }

  /** Connects again to the server this workspace was connected to, when its password is known. */
  async resume(): Promise<SyncState> {
    let saved: SavedConnection;
    try {
      saved = JSON.parse(await readFile(this.connectionFile, 'utf8')) as SavedConnection;
    } catch {
      return this.state();
    }
    const password = await this.credentials.get(saved);
    if (password === null) return this.state();
    await this.start(saved, password);
    this.passwordKept = true;
    return this.state();
  }

  /** Checks the address and the account with the server, then syncs continuously. */
  async connect(request: SyncConnection & { user: string; password: string }): Promise<SyncState> {
    databaseUrl(request); // a SyncSetupError for a bad address
    const remote = await openRemote(request);
    try {
      await checkAccess(remote, `${new URL(request.server).host}/${request.db}`);
    } finally {
      await remote.close().catch(() => undefined);
    }
    await this.stop();
    const saved = { server: request.server, db: request.db, user: request.user };
    await mkdir(this.folder, { recursive: true });
    await writeFile(this.connectionFile, JSON.stringify(saved));
    this.passwordKept = await this.credentials.save(saved, request.password);
    await this.start(saved, request.password);
    return this.state();
  }

  async disconnect(): Promise<SyncState> {
    const saved = this.connection;
    await this.stop();
    if (saved) await this.credentials.forget(saved);
    await rm(this.connectionFile, { force: true });
    return this.state();
  }

  async close(): Promise<void> {
    await this.stop();
  }

  private async start(saved: SavedConnection, password: string): Promise<void> {
    this.replica = await WorkspaceReplica.open(this.store, replicaFolder(this.store.filePath), { user: saved.user });
    this.connection = saved;
    this.live = await LiveSync.start(
      this.store,
      this.replica,
      { ...saved, password },
      {
        onStatus: () => this.options.onStatus?.(this.state()),
        onArrived: (change) => {
          this.arrivals += 1;
          this.lastArrivalBy = [...new Set(change.docs.map((d) => d.by))].filter((by) => by !== saved.user);
          this.options.onArrived?.(change);
        },
      },
    );
  }

  private async stop(): Promise<void> {
    await this.live?.stop();
    await this.replica?.close();
    this.live = null;
    this.replica = null;
    this.connection = null;
  }
}
