// Evidence links arrive with the review desk (issue 5). A report reads them tolerantly: a list of URLs or of
// objects with a url (or href) and optional title and archived copy; anything else is ignored, and a review
// without evidence simply has none.
import { httpUrl } from '../urls';
import type { ReportEvidence } from './types';

export function readEvidence(value: unknown): ReportEvidence[] {
  if (!Array.isArray(value)) return [];
  const out: ReportEvidence[] = [];
  for (const item of value) {
    if (typeof item === 'string') {
      if (item.trim()) out.push({ url: item.trim() });
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const o = item as Record<string, unknown>;
    const url = str(o.url) ?? str(o.href);
    if (!url) continue;
    const title = str(o.title);
    const archivedUrl = str(o.archivedUrl) ?? str(o.archiveUrl) ?? str(o.archived);
    out.push({ url, ...(title ? { title } : {}), ...(archivedUrl ? { archivedUrl } : {}) });
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** The archived copy to link: the reviewer's own, else a web-archive lookup of the URL (http(s) URLs only). */
export function archiveLink(e: ReportEvidence): string | null {
  const own = httpUrl(e.archivedUrl);
  if (own) return own;
  const url = httpUrl(e.url);
  return url ? `https://web.archive.org/web/${url}` : null;
}
