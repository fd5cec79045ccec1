// The contract's implementation: one group of handlers per domain, over the workspace store and the core.
// Each handler receives a request that validate.ts has already checked.
import { articleHandlers } from './article-handlers';
import type { HandlerDeps, Handlers } from './context';
import { correctionHandlers } from './correction-handlers';
import { importHandlers } from './import-handlers';
import { libraryHandlers } from './library-handlers';
import { linkHandlers } from './link-handlers';
import { matchHandlers } from './match-handlers';
import { outletHandlers } from './outlet-handlers';
import { profileHandlers } from './profile-handlers';
import { reportHandlers } from './report-handlers';
import { reviewHandlers } from './review-handlers';
import { verdictHandlers } from './verdict-handlers';
import { syncHandlers } from './sync-handlers';
import { workspaceHandlers } from './workspace-handlers';

export type { HandlerDeps, Handlers } from './context';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...workspaceHandlers(deps),
    ...articleHandlers(deps),
    ...reviewHandlers(deps),
    ...importHandlers(deps),
    ...libraryHandlers(deps),
    ...correctionHandlers(deps),
    ...linkHandlers(deps),
    ...outletHandlers(deps),
    ...reportHandlers(deps),
    ...profileHandlers(deps),
    ...verdictHandlers(deps),
    ...matchHandlers(deps),
    ...syncHandlers(deps),
  };
}
