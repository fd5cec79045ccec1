// The workspace as a whole: what the window shows first, and the person's settings.
import { OUTLET_KIND_LABELS, USER_OUTLET_KINDS } from '../../core/outlets/kinds';
import { STATUS_GLYPH, STATUS_LABEL, STATUS_ORDER } from '../../core/review/status';
import { articleSummary } from '../articles';
import type { HandlerDeps, HandlerGroup } from './context';

export function workspaceHandlers({
  store,
}: HandlerDeps): HandlerGroup<'getWorkspace' | 'updateSettings' | 'reviewStatuses'> {
  return {
    async getWorkspace() {
      return {
        path: store.filePath,
        readOnly: store.readOnly,
        notices: store.notices,
        saveState: store.saveState,
        settings: { ...store.data.settings },
        articles: store.data.articles.map((a) => articleSummary(store, a)),
        outletKinds: USER_OUTLET_KINDS.map((kind) => ({ kind, label: OUTLET_KIND_LABELS[kind] })),
      };
    },

    async reviewStatuses() {
      return STATUS_ORDER.map((status) => ({ status, label: STATUS_LABEL[status], glyph: STATUS_GLYPH[status] }));
    },

    async updateSettings(changes) {
      const settings = { ...store.data.settings };
      if (changes.reviewerName !== undefined) settings.reviewerName = changes.reviewerName.trim();
      if (changes.organisation !== undefined) settings.organisation = changes.organisation.trim();
      await store.set(['settings'], settings);
      return settings;
    },
  };
}
