// Reading an article. Articles are added through the import preview and commit (import-handlers.ts), the one
// door the window, the CLI and a second app instance share.
import { articleView } from '../article-versions';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';

export function articleHandlers({ store }: HandlerDeps): HandlerGroup<'getArticle'> {
  return {
    async getArticle({ articleId }) {
      return articleView(store, requireArticle(store, articleId));
    },
  };
}
