// The e2e harness (ARCHITECTURE.md §2): the real renderer bundle from dist/renderer, served on http://claimdesk.test
// with the app's own headers (CSP included), talking through a Playwright binding to the real API over a real
// lowdb workspace in a temp folder. Every request that would leave the app's origin is aborted and recorded.
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAppApi, type AppApi } from '../../main/api/app-api';
import { CredentialStore, type SecretBox } from '../../main/sync/credentials';
import { channels, type MenuCommand } from '../../main/api/contract';
import { appResponseHeaders, resolveAppFile } from '../../main/electron/app-files';
import { AppSettings } from '../../main/store/app-settings';

export { expect };

export const APP_ORIGIN = 'http://claimdesk.test';
export const APP_URL = `${APP_ORIGIN}/index.html`;
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = join(REPO_ROOT, 'dist/renderer');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');

export interface Desk {
  page: Page;
  /** The test's temp folder: the workspace file and saved reports live here. */
  dir: string;
  workspacePath: string;
  /** Requests that tried to leave the app's origin (aborted). Must stay empty. */
  offOrigin: string[];
  /** Paths the fake save dialog handed out. */
  reportPaths: string[];
  /** Links the app asked the system browser to open (the test's stand-in for shell.openExternal). */
  openedUrls: string[];
  /** What the fake open dialog returns next (null: the person cancels). */
  nextArticleFile: { name: string; content: string } | null;
  /** The app's own settings folder (the profile, the rating scale), in the test's temp folder. */
  userDataDir: string;
  /** Recent workspaces besides this one (claims already checked are matched there too). */
  recent: string[];
  /** Loads the window and waits until the desk has opened its workspace. */
  open(): Promise<void>;
  /** Closes the API (flushing the workspace file), opens a fresh one on the same file, and reloads the window. */
  reopen(): Promise<void>;
  /** Restarts the API on the workspace file after `edit` has rewritten it (call before open()). */
  editWorkspaceFile(edit: (content: string) => string): Promise<void>;
  /** Sends a File-menu command, as the main process does. */
  menu(command: MenuCommand): Promise<void>;
  api(): AppApi;
}

async function serveApp(page: Page, offOrigin: string[]): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No renderer bundle in ${RENDERER_DIR}: run \`npm run build\` before the e2e tests.`);
  }
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${APP_ORIGIN}/`)) {
      offOrigin.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    const file = resolveAppFile(RENDERER_DIR, url);
    if (!file || !existsSync(file)) {
      await route.fulfill({ status: 404, body: 'Not found' });
      return;
    }
    await route.fulfill({ status: 200, headers: appResponseHeaders(file), body: await readFile(file) });
  });
}

/** Builds `window.claimdesk` in the page from the contract's channel list, as the preload does. */
function installBridgeScript(channelMap: Record<string, string>): void {
  const invoke = (window as unknown as { __claimdeskInvoke(channel: string, request: unknown): Promise<unknown> })
    .__claimdeskInvoke;
  const listeners: ((command: string) => void)[] = [];
  const bridge: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(channelMap)) {
    bridge[name] = (request: unknown) => invoke(channel, request ?? {});
  }
  bridge.onMenuCommand = (listener: (command: string) => void) => {
    listeners.push(listener);
  };
  Object.defineProperty(window, 'claimdesk', { value: Object.freeze(bridge) });
  Object.defineProperty(window, '__claimdeskMenu', {
    value: (command: string) => listeners.forEach((listener) => listener(command)),
  });
  // Hostile-input probes: any script that runs sets __pwned; CSP violations are recorded.
  const violations: string[] = [];
  Object.defineProperty(window, '__cspViolations', { value: violations });
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
  });
}

const SESSION_ONLY: SecretBox = {
  isEncryptionAvailable: () => false,
  encryptString: () => Buffer.alloc(0),
  decryptString: () => '',
};

export const test = base.extend<{ desk: Desk }>({
  desk: async ({ page }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-'));
    const workspacePath = join(dir, 'workspace.json');
    const offOrigin: string[] = [];
    const reportPaths: string[] = [];
    const openedUrls: string[] = [];
    const userDataDir = join(dir, 'user-data');
    const open = async () =>
      openAppApi({
        appSettings: await AppSettings.load(userDataDir),
        recentWorkspaces: async () => [workspacePath, ...desk.recent],
        workspacePath,
        seedsDir: SEEDS_DIR,
        trustedOrigins: [APP_ORIGIN],
        external: { openExternal: async (url: string) => void openedUrls.push(url) },
        // Sync (issue 16) with passwords for the session only: tests never keep one on disk.
        credentials: new CredentialStore(join(dir, 'sync-credentials.json'), SESSION_ONLY),
        dialogs: {
          chooseArticleFile: async () => {
            const file = desk.nextArticleFile;
            desk.nextArticleFile = null;
            return file;
          },
          chooseReportPath: async (suggestedName: string) => {
            const path = join(dir, suggestedName);
            reportPaths.push(path);
            return path;
          },
        },
      });
    let api = await open();
    await serveApp(page, offOrigin);
    await page.exposeBinding('__claimdeskInvoke', (source, channel: string, request: unknown) =>
      api.dispatch(channel, request, source.frame.url()),
    );
    await page.addInitScript(installBridgeScript, { ...channels });

    const waitReady = () => page.locator('body[data-ready="true"]').waitFor();
    const desk: Desk = {
      page,
      dir,
      workspacePath,
      offOrigin,
      reportPaths,
      openedUrls,
      nextArticleFile: null,
      userDataDir,
      recent: [],
      async open() {
        await page.goto(APP_URL);
        await waitReady();
      },
      async reopen() {
        await api.close();
        api = await open();
        await page.reload();
        await waitReady();
      },
      async editWorkspaceFile(edit) {
        await api.close();
        await writeFile(workspacePath, edit(await readFile(workspacePath, 'utf8')));
        api = await open();
      },
      async menu(command) {
        await page.evaluate(
          (c) => (window as unknown as { __claimdeskMenu(c: string): void }).__claimdeskMenu(c),
          command,
        );
      },
      api: () => api,
    };
    await use(desk);
    await api.close();
    await rm(dir, { recursive: true, force: true });
  },
});
