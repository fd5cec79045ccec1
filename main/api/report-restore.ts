// Restoring a JSON report into a workspace: every article as it was exported (text, claims, spans,
// attributions, metadata, corrections, orphaned reviews), every review record as it was (status, note,
// reviewer, time, anchor, history, evidence), and the article's entries in other per-article tables the
// workspace keeps. One atomic, durable commit. An article whose id the workspace already uses gets a new id
// ("-2", "-3", ...) rather than replacing it.
import type { ParsedReport } from '../import/report-json';
import type { Op } from '../store/ops';
import type { ArticleRecord } from '../store/schema';
import type { WorkspaceStore } from '../store/workspace-store';
import { articleSummary } from './articles';
import type { ArticleSummary } from './contract';
import { isPlainObject, NOT_PER_ARTICLE } from './report-source';

export interface RestoreResult {
  articles: ArticleSummary[];
  /** Articles that had to take a new id because the workspace already used theirs. */
  renamed: { from: string; to: string }[];
  notices: string[];
}

export async function restoreReport(store: WorkspaceStore, parsed: ParsedReport, now: Date): Promise<RestoreResult> {
  const renamed: RestoreResult['renamed'] = [];
  const notices = [...parsed.notices];
  const ops: Op[] = [];
  const ids: string[] = [];
  const data = store.data as unknown as Record<string, unknown>;
  for (const entry of parsed.articles) {
    const article: ArticleRecord = structuredClone(entry.article);
    const original = article.id;
    let id = original;
    for (let n = 2; store.data.articles.some((a) => a.id === id) || ids.includes(id); n++) id = `${original}-${n}`;
    if (id !== original) renamed.push({ from: original, to: id });
    article.id = id;
    ids.push(id);
    ops.push({
      op: 'upsert',
      path: ['articles'],
      value: article as unknown as ArticleRecord & Record<string, unknown>,
    });
    ops.push({ op: 'set', path: ['reviews', id], value: structuredClone(entry.reviews) });
    for (const [name, value] of Object.entries(entry.tables)) {
      // Never a workspace-wide field: articles, reviews and settings are restored (or not) on their own terms.
      const table = !NOT_PER_ARTICLE.has(name) && Object.hasOwn(data, name) ? data[name] : undefined;
      if (isPlainObject(table)) ops.push({ op: 'set', path: [name, id], value: structuredClone(value) });
      else
        notices.push(
          `The report's "${name.slice(0, 40)}" for "${article.meta.title.slice(0, 60)}" was not ` +
            `restored: this workspace does not keep that table.`,
        );
    }
  }
  await store.commit(...ops);
  if (renamed.length) {
    notices.push(
      `${renamed.length} article(s) were already in this workspace; the report's copies were ` +
        `restored beside them under new ids on ${now.toISOString().slice(0, 10)}.`,
    );
  }
  return {
    articles: ids.map((id) =>
      articleSummary(
        store,
        store.data.articles.find((a) => a.id === id)!,
      ),
    ),
    renamed,
    notices,
  };
}
