// Reading and importing articles.
import { readArticleInput } from '../../import/article-input';
import { addArticle, articleSummary } from '../articles';
import { articleView } from '../article-versions';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';

export function articleHandlers({
  store,
  dialogs,
  now,
}: HandlerDeps): HandlerGroup<'getArticle' | 'importArticle' | 'openArticleFile'> {
  return {
    async getArticle({ articleId }) {
      return articleView(store, requireArticle(store, articleId));
    },

    async importArticle({ text, fileName, title }) {
      const input = readArticleInput(text, { fileName, title });
      const record = await addArticle(store, input, { kind: fileName ? 'file' : 'paste', fileName }, now());
      return articleSummary(store, record);
    },

    async openArticleFile() {
      const file = await dialogs.chooseArticleFile();
      if (!file) return null;
      const input = readArticleInput(file.content, { fileName: file.name });
      const record = await addArticle(store, input, { kind: 'file', fileName: file.name }, now());
      return articleSummary(store, record);
    },
  };
}
