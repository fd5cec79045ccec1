// The outlet registry as the person sees it: type-ahead over shipped and user outlets, adding or correcting an
// outlet (kept in the workspace, winning over the shipped data), and claim counts with review progress per outlet.
//
// After an outlet is saved, the articles it concerns are re-resolved at once: those whose text mentions one of
// its names or aliases, and those whose claims already carry its id (a corrected name or domain). Each is
// re-extracted with the new registry, the reviewer's corrections are re-applied and reviews re-attach by anchor,
// exactly as for a re-import; articles that do not mention the outlet are left alone.
import { mentionForms, UserOutletError, userOutletEntry, withUserOutlet } from '../../core/outlets/user-outlets';
import { extractClaims } from '../../core/extract';
import type { Claim } from '../../core/types';
import type { ArticleRecord } from '../../store/schema';
import { rebuildArticle } from '../article-versions';
import type { OutletStat, SaveUserOutletResult, StatusCounts } from '../contract';
import { ApiError } from '../errors';
import { outletInfo, workspaceOutlets, workspaceOutletSearch } from '../workspace-outlets';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';
import { outletKindLabel } from '../../core/outlets/kinds';
import type { OutletResolver } from '../../core/outlets/resolver';
import type { ReviewRecord } from '../../core/review/record';

const asRecordValue = (r: ArticleRecord) => r as unknown as { id: string } & Record<string, unknown>;

function concerns(a: ArticleRecord, ids: ReadonlySet<string>, forms: readonly string[]): boolean {
  if (a.claims.some((c) => c.outlet && (ids.has(c.outlet.id) || c.outlet.via.some((v) => ids.has(v.id))))) return true;
  const lower = a.text.toLowerCase();
  return forms.some((f) => lower.includes(f));
}

const outletKey = (c: Claim): string =>
  (c.outlet
    ? `${c.outlet.id}|${c.outlet.name}|${c.outlet.domain}|${c.outlet.stated}|${c.outlet.via.map((v) => v.id).join(',')}`
    : '') + `|${c.speaker?.name ?? ''}`;

function changedClaims(before: readonly Claim[], after: readonly Claim[]): number {
  const old = new Map(before.map((c) => [c.id, outletKey(c)]));
  let n = 0;
  for (const c of after) if (old.get(c.id) !== outletKey(c)) n++;
  return n + Math.max(0, before.length - after.length);
}

class StatTable {
  readonly rows = new Map<string, OutletStat & { seenIn: Set<string> }>();
  noOutlet = 0;
  claims = 0;

  constructor(private readonly resolver: OutletResolver) {}

  add(articleId: string, claims: readonly Claim[], reviews: Record<string, ReviewRecord>): void {
    for (const c of claims) {
      if (c.kind === 'heading') continue;
      this.claims++;
      const o = c.outlet;
      if (!o) {
        this.noOutlet++;
        continue;
      }
      let row = this.rows.get(o.id);
      if (!row) {
        const e = this.resolver.get(o.id);
        const counts: StatusCounts = { pending: 0, verified: 0, disputed: 0, unsourced: 0 };
        row = {
          id: o.id,
          name: e?.name ?? o.name,
          kindLabel: outletKindLabel(e?.kind),
          domain: e?.domains[0] ?? o.domain,
          user: e?.user === true,
          claims: 0,
          stated: 0,
          inherited: 0,
          setByReviewer: 0,
          reviewed: 0,
          counts,
          articles: 0,
          seenIn: new Set(),
        };
        this.rows.set(o.id, row);
      }
      row.claims++;
      if (o.stated) row.stated++;
      else row.inherited++;
      if (o.setBy === 'reviewer') row.setByReviewer++;
      const status = reviews[c.id]?.status ?? 'pending';
      row.counts[status]++;
      if (status !== 'pending') row.reviewed++;
      row.seenIn.add(articleId);
    }
  }

  list(): OutletStat[] {
    return [...this.rows.values()]
      .map(({ seenIn, ...row }) => ({ ...row, articles: seenIn.size }))
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  }
}

export function outletHandlers({
  store,
  now,
}: HandlerDeps): HandlerGroup<'searchOutlets' | 'saveUserOutlet' | 'outletStats'> {
  return {
    async searchOutlets({ query, limit }) {
      const results = workspaceOutletSearch(store).search(query, limit ?? 10);
      return {
        results: results.map((m) => ({ outlet: outletInfo(m.entry), ...(m.matched ? { matched: m.matched } : {}) })),
      };
    },

    async saveUserOutlet({ outlet }) {
      const before = workspaceOutlets(store);
      const list = store.data.userOutlets ?? [];
      let entry;
      try {
        entry = userOutletEntry(outlet, (id) => before.get(id) !== undefined);
      } catch (e) {
        if (e instanceof UserOutletError) throw new ApiError('bad-request', e.message);
        throw e;
      }
      const created = !list.some((e) => e.id === entry.id);
      const previous = before.get(entry.id);
      await store.set(['userOutlets'], withUserOutlet(list, entry));
      const after = workspaceOutlets(store);

      // Re-resolve the articles the outlet concerns (under its old names too, when it was corrected).
      const forms = [...new Set([...mentionForms(entry), ...(previous ? mentionForms(previous) : [])])];
      const ids = new Set([entry.id]);
      const reresolved: SaveUserOutletResult['reresolved'] = [];
      const ops = [];
      const at = now();
      for (const a of store.data.articles) {
        if (!concerns(a, ids, forms)) continue;
        const rebuilt = rebuildArticle(
          a.text,
          a.corrections ?? [],
          store.data.reviews[a.id] ?? {},
          a.orphans ?? [],
          at,
          extractClaims(a.text, { outlets: after }),
          after,
        );
        const claimsChanged = changedClaims(a.claims, rebuilt.claims);
        if (claimsChanged === 0) continue;
        const next: ArticleRecord = {
          ...a,
          claims: rebuilt.claims,
          skipped: rebuilt.skipped,
          orphans: rebuilt.orphans,
          correctionState: { unapplied: rebuilt.unapplied, corrected: rebuilt.corrected },
        };
        ops.push(
          { op: 'upsert' as const, path: ['articles'], value: asRecordValue(next) },
          { op: 'set' as const, path: ['reviews', a.id], value: rebuilt.reviews },
        );
        reresolved.push({ articleId: a.id, title: a.meta.title, claimsChanged });
      }
      if (ops.length) await store.commit(...ops);
      const saved = after.get(entry.id) ?? entry;
      return { outlet: outletInfo(saved), created, reresolved };
    },

    async outletStats({ articleId }) {
      const resolver = workspaceOutlets(store);
      const all = new StatTable(resolver);
      for (const a of store.data.articles) all.add(a.id, a.claims, store.data.reviews[a.id] ?? {});
      let article = null;
      if (articleId !== undefined) {
        const a = requireArticle(store, articleId);
        const one = new StatTable(resolver);
        one.add(a.id, a.claims, store.data.reviews[a.id] ?? {});
        article = {
          articleId: a.id,
          title: a.meta.title,
          claims: one.claims,
          noOutlet: one.noOutlet,
          outlets: one.list(),
        };
      }
      return {
        article,
        workspace: {
          articles: store.data.articles.length,
          claims: all.claims,
          noOutlet: all.noOutlet,
          outlets: all.list(),
        },
      };
    },
  };
}
