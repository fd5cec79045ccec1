// The library: renaming (and editing an article's metadata), deleting with undo.
import { cleanMeta } from '../../import/article-preview';
import type { ArticleRecord, TrashedArticle } from '../../store/schema';
import { articleSummary } from '../articles';
import { ApiError } from '../errors';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';

/** Deleted articles kept for undo. */
const TRASH_SIZE = 20;

const asRecordValue = (r: ArticleRecord) => r as unknown as { id: string } & Record<string, unknown>;

export function libraryHandlers({
  store,
  now,
}: HandlerDeps): HandlerGroup<'updateArticleMeta' | 'deleteArticle' | 'restoreArticle'> {
  return {
    async updateArticleMeta({ articleId, meta }) {
      const a = requireArticle(store, articleId);
      const next: ArticleRecord = { ...a, meta: cleanMeta({ ...a.meta, ...meta }, a.meta.title) };
      await store.commit({ op: 'upsert', path: ['articles'], value: asRecordValue(next) });
      return articleSummary(store, requireArticle(store, articleId));
    },

    async deleteArticle({ articleId }) {
      const a = requireArticle(store, articleId);
      const entry: TrashedArticle = {
        article: a,
        reviews: store.data.reviews[articleId] ?? {},
        index: store.data.articles.indexOf(a),
        deletedAt: now().toISOString(),
      };
      const trash = [...(store.data.trash ?? []).filter((t) => t.article.id !== articleId), entry].slice(-TRASH_SIZE);
      await store.commit(
        { op: 'set', path: ['trash'], value: trash },
        { op: 'remove', path: ['articles'], id: articleId },
        { op: 'delete', path: ['reviews', articleId] },
      );
      return { articleId, title: a.meta.title };
    },

    async restoreArticle({ articleId }) {
      const entry = (store.data.trash ?? []).find((t) => t.article.id === articleId);
      if (!entry) throw new ApiError('not-found', 'That article is no longer in the trash.');
      if (store.data.articles.some((a) => a.id === articleId))
        throw new ApiError('bad-request', 'That article is already in the library.');
      await store.commit(
        { op: 'upsert', path: ['articles'], value: asRecordValue(entry.article) },
        { op: 'set', path: ['reviews', articleId], value: entry.reviews },
        { op: 'set', path: ['trash'], value: (store.data.trash ?? []).filter((t) => t !== entry) },
      );
      return articleSummary(store, requireArticle(store, articleId));
    },
  };
}
