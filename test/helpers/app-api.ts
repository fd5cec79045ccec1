// An AppApi over a real workspace file in a temp folder, with dialogs that answer from the test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { openAppApi, type AppApi } from '../../main/api/app-api';
import type { Dialogs } from '../../main/api/dialogs';
import type { AppSettings } from '../../main/store/app-settings';

export const TEST_ORIGIN = 'http://claimdesk.test';
export const SEEDS_DIR = resolve('seeds');

export interface TestApi extends AppApi {
  dir: string;
  workspacePath: string;
  dialogAnswers: { articleFile: { name: string; content: string } | null; reportPath: string | null };
  call(channel: string, request?: unknown): Promise<any>;
}

export async function openTestApi(
  t: TestContext,
  options: {
    seeds?: boolean;
    workspacePath?: string;
    appSettings?: AppSettings;
    recentWorkspaces?: () => Promise<string[]>;
  } = {},
): Promise<TestApi> {
  // Closed before its folder is removed: one hook does both, in that order.
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-'));
  const workspacePath = options.workspacePath ?? join(dir, 'workspace.json');
  const dialogAnswers: TestApi['dialogAnswers'] = { articleFile: null, reportPath: null };
  const dialogs: Dialogs = {
    chooseArticleFile: async () => dialogAnswers.articleFile,
    chooseReportPath: async () => dialogAnswers.reportPath,
  };
  const api = await openAppApi({
    workspacePath,
    seedsDir: options.seeds === false ? undefined : SEEDS_DIR,
    dialogs,
    trustedOrigins: [TEST_ORIGIN],
    now: () => new Date('2026-05-01T12:00:00.000Z'),
    appSettings: options.appSettings,
    recentWorkspaces: options.recentWorkspaces,
  });
  t.after(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });
  return {
    ...api,
    dir,
    workspacePath,
    dialogAnswers,
    call: (channel, request = {}) => api.dispatch(channel, request, `${TEST_ORIGIN}/index.html`),
  };
}

/** Adds an article through the window's one door (preview, then commit) and returns its summary. */
export async function addArticleText(
  handlers: Pick<AppApi['handlers'], 'previewImport' | 'commitImport'>,
  text: string,
  title?: string,
): Promise<{ id: string }> {
  const preview = await handlers.previewImport({ text });
  const { summary } = await handlers.commitImport({ previewId: preview.previewId, meta: title ? { title } : {} });
  return summary;
}
