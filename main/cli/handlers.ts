// The CLI's door into a workspace: the same handlers the window calls (the GitHub Desktop cli-actions idea), so a
// command adds an article or marks a claim exactly as the app would. A command has no dialogs to show.
import { ApiError } from '../api/errors';
import { createHandlers, type Handlers } from '../api/handlers';
import type { WorkspaceStore } from '../store/workspace-store';
import { CliError } from './io';

export function cliHandlers(store: WorkspaceStore, now: () => Date): Handlers {
  return createHandlers({
    store,
    now,
    dialogs: { chooseArticleFile: async () => null, chooseReportPath: async () => null },
  });
}

/** Runs a handler call and turns its typed refusal into a message for the person, prefixed by the command. */
export async function handled<T>(command: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof ApiError) throw new CliError(`${command}: ${e.message}`);
    throw e;
  }
}
