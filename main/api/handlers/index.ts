// The contract's implementation: one group of handlers per domain, over the workspace store and the core.
// Each handler receives a request that validate.ts has already checked.
import { articleHandlers } from './article-handlers';
import type { HandlerDeps, Handlers } from './context';
import { reportHandlers } from './report-handlers';
import { reviewHandlers } from './review-handlers';
import { workspaceHandlers } from './workspace-handlers';

export type { HandlerDeps, Handlers } from './context';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...workspaceHandlers(deps),
    ...articleHandlers(deps),
    ...reviewHandlers(deps),
    ...reportHandlers(deps),
  };
}
