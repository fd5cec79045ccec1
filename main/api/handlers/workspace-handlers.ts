// The workspace as a whole: what the window shows first, and the person's settings.
import { articleSummary } from '../articles';
import type { HandlerDeps, HandlerGroup } from './context';

export function workspaceHandlers({ store }: HandlerDeps): HandlerGroup<'getWorkspace' | 'updateSettings'> {
  return {
    async getWorkspace() {
      return {
        path: store.filePath,
        readOnly: store.readOnly,
        notices: store.notices,
        settings: { ...store.data.settings },
        articles: store.data.articles.map((a) => articleSummary(store, a)),
      };
    },

    async updateSettings(changes) {
      return store.update((data) => {
        if (changes.reviewerName !== undefined) data.settings.reviewerName = changes.reviewerName.trim();
        if (changes.organisation !== undefined) data.settings.organisation = changes.organisation.trim();
        return { ...data.settings };
      });
    },
  };
}
