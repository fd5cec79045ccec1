// Which claims the checklist shows and in what order. Pure, so it is tested without a DOM.
import type { Claim, ClaimReview, ReviewStatus } from '../main/api/contract';

export type ClaimSort = 'position' | 'worth';
export type KindFilter = 'all' | 'attributed' | 'unattributed';

export interface ClaimFilter {
  /** Empty: every status. */
  statuses: ReviewStatus[];
  kind: KindFilter;
  /** Outlet id; '' for any, NO_OUTLET for claims without one. */
  outlet: string;
  /** Speaker name; '' for any, NO_SPEAKER for claims without one. */
  speaker: string;
  /** Minimum check-worthiness, 0..1. */
  minWorth: number;
  text: string;
  sort: ClaimSort;
}

export const NO_OUTLET = '\u0000none';
export const NO_SPEAKER = '\u0000none';

export const EMPTY_FILTER: ClaimFilter = {
  statuses: [],
  kind: 'all',
  outlet: '',
  speaker: '',
  minWorth: 0,
  text: '',
  sort: 'position',
};

export function isFiltering(f: ClaimFilter): boolean {
  return (
    f.statuses.length > 0 ||
    f.kind !== 'all' ||
    f.outlet !== '' ||
    f.speaker !== '' ||
    f.minWorth > 0 ||
    f.text.trim() !== ''
  );
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function filterClaims(claims: readonly Claim[], reviews: Record<string, ClaimReview>, f: ClaimFilter): Claim[] {
  const terms = fold(f.text).split(/\s+/).filter(Boolean);
  const statuses = new Set(f.statuses);
  const out = claims.filter((c) => {
    if (c.kind === 'heading') return false;
    if (statuses.size && !statuses.has(reviews[c.id]?.status ?? 'pending')) return false;
    if (f.kind !== 'all' && c.kind !== f.kind) return false;
    if (f.outlet === NO_OUTLET ? c.outlet !== null : f.outlet !== '' && c.outlet?.id !== f.outlet) return false;
    if (f.speaker === NO_SPEAKER ? c.speaker !== null : f.speaker !== '' && c.speaker?.name !== f.speaker) return false;
    if (c.checkworthiness < f.minWorth) return false;
    if (terms.length) {
      const hay = fold(`${c.text} ${c.speaker?.name ?? ''} ${c.outlet?.name ?? ''} ${reviews[c.id]?.note ?? ''}`);
      if (!terms.every((t) => hay.includes(t))) return false;
    }
    return true;
  });
  if (f.sort === 'worth') out.sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  return out;
}

/** The outlets and speakers of an article, for the filter menus, most frequent first. */
export function facets(claims: readonly Claim[]): {
  outlets: { id: string; name: string; count: number }[];
  speakers: { name: string; count: number }[];
} {
  const outlets = new Map<string, { id: string; name: string; count: number }>();
  const speakers = new Map<string, number>();
  for (const c of claims) {
    if (c.kind === 'heading') continue;
    if (c.outlet) {
      const o = outlets.get(c.outlet.id) ?? { id: c.outlet.id, name: c.outlet.name, count: 0 };
      o.count += 1;
      outlets.set(c.outlet.id, o);
    }
    if (c.speaker) speakers.set(c.speaker.name, (speakers.get(c.speaker.name) ?? 0) + 1);
  }
  return {
    outlets: [...outlets.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    speakers: [...speakers]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
