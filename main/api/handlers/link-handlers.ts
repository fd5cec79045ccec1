// From a claim to its outlet's own site: the home page, a search of the outlet's domain for the claim's key
// terms, and the article's archived copy. Links are built by the outlet registry's link builders (http(s) only)
// and opened in the system browser by the injected opener, never in the app window.
import { archiveUrl, homeUrl, httpUrl, siteSearchUrl } from '../../core/outlets/links';
import type { OutletEntry } from '../../core/outlets/types';
import { ApiError } from '../errors';
import { outletKindLabel } from '../../core/outlets/kinds';
import { workspaceOutlets } from '../workspace-outlets';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';

export function linkHandlers({
  store,
  external,
}: HandlerDeps): HandlerGroup<'outletLinks' | 'openExternal' | 'archiveLink'> {
  return {
    async archiveLink({ url }) {
      const archived = archiveUrl(url);
      if (!archived) throw new ApiError('bad-request', 'Only http and https addresses can be archived.');
      return { url: archived };
    },

    async outletLinks({ articleId, claimId }) {
      const a = requireArticle(store, articleId);
      const claim = a.claims.find((c) => c.id === claimId);
      if (!claim) throw new ApiError('not-found', 'That claim is no longer in the article.');
      const articleUrl = a.meta.url ? httpUrl(a.meta.url) : null;
      const o = claim.outlet;
      // The registry's entry as it is now (the person may have corrected its domain); else the claim's own copy.
      const known = o ? workspaceOutlets(store).get(o.id) : undefined;
      const entry =
        known ??
        (o
          ? ({ id: o.id, name: o.name, domains: o.domain ? [o.domain] : [], aliases: [] } as unknown as OutletEntry)
          : null);
      return {
        outlet: o
          ? {
              id: o.id,
              name: known?.name ?? o.name,
              domain: known?.domains[0] ?? o.domain,
              stated: o.stated,
              ...(known ? { kindLabel: outletKindLabel(known.kind) } : {}),
              ...(o.setBy ? { setBy: o.setBy } : {}),
            }
          : null,
        home: entry ? homeUrl(entry) : null,
        search: entry ? siteSearchUrl(entry, claim.text) : null,
        articleUrl,
        articleArchive: articleUrl ? archiveUrl(articleUrl) : null,
      };
    },

    async openExternal({ url }) {
      const safe = httpUrl(url);
      if (!safe) throw new ApiError('bad-request', 'Only http and https links open in the browser.');
      if (!external) throw new ApiError('failed', 'Links cannot be opened from here.');
      await external.openExternal(safe);
      return { opened: true };
    },
  };
}
