// The workspace the app has open, and switching to another (File > New, Open, Open Recent, Save As). IPC goes
// through `dispatch`, which always reaches the current workspace. No electron import: unit-tested directly.
import { openAppApi, type AppApi, type AppApiOptions } from '../api/app-api';
import type { Result } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import type { RecentWorkspaces } from '../store/recent-workspaces';
import type { Handlers } from '../api/handlers';

export interface SessionOptions extends Omit<AppApiOptions, 'workspacePath' | 'seedsDir'> {
  /** The default workspace, which alone is seeded with the sample articles when new. */
  defaultPath: string;
  seedsDir?: string;
  recent: RecentWorkspaces;
}

export class WorkspaceSession {
  private current: AppApi | null = null;

  constructor(private readonly options: SessionOptions) {}

  get path(): string | null {
    return this.current?.store.filePath ?? null;
  }

  /** Opens (or creates) a workspace and makes it current; the previous one is closed cleanly. */
  async open(path: string): Promise<AppApi> {
    if (this.current && this.current.store.filePath === path) return this.current;
    const next = await openAppApi({
      ...this.options,
      workspacePath: path,
      seedsDir: path === this.options.defaultPath ? this.options.seedsDir : undefined,
      recentWorkspaces: this.options.recentWorkspaces ?? (() => this.options.recent.list()),
    });
    const previous = this.current;
    this.current = next;
    await previous?.close();
    await this.options.recent.add(path);
    return next;
  }

  recentList(): Promise<string[]> {
    return this.options.recent.list();
  }

  /** Writes the open workspace to another file and carries on there. */
  async saveAs(path: string): Promise<void> {
    if (!this.current) throw new Error('No workspace is open.');
    await this.current.store.saveAs(path, this.options.lock ?? false);
    await this.options.recent.add(path);
  }

  /** The current workspace's handlers, for the shell's own calls: the same ones the window's calls reach. */
  handlers(): Handlers {
    if (!this.current) throw new Error('No workspace is open.');
    return this.current.handlers;
  }

  readonly dispatch: Dispatch = async (channel, request, senderUrl): Promise<Result<unknown>> => {
    if (!this.current) return { ok: false, error: { code: 'failed', message: 'No workspace is open yet.' } };
    return this.current.dispatch(channel, request, senderUrl);
  };

  async close(): Promise<void> {
    const api = this.current;
    this.current = null;
    await api?.close();
  }
}
