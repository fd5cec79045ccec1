// What every handler group receives, and the lookups they share.
import type { ArticleRecord } from '../../store/schema';
import type { WorkspaceStore } from '../../store/workspace-store';
import type { Contract, Request, Response } from '../contract';
import type { Dialogs } from '../dialogs';
import { ApiError } from '../errors';

export interface HandlerDeps {
  store: WorkspaceStore;
  dialogs: Dialogs;
  now: () => Date;
}

/** Handlers for a subset of the contract's channels. */
export type HandlerGroup<K extends keyof Contract> = { [P in K]: (request: Request<P>) => Promise<Response<P>> };

export type Handlers = HandlerGroup<keyof Contract>;

export function requireArticle(store: WorkspaceStore, id: string): ArticleRecord {
  const found = store.data.articles.find((a) => a.id === id);
  if (!found) throw new ApiError('not-found', 'That article is no longer in the workspace.');
  return found;
}
