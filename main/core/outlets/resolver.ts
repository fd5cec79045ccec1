// Resolves a source phrase ("North Korea's KCNA news agency", "Reuters via MSN", "Pyongyang's official media")
// to registry entries. Pure: the registry data is passed in or taken from the shipped JSON.
import shipped from './data/outlets.json';
import type { OutletEntry, OutletResolution } from './types';

export interface ResolveContext {
  /** The whole article, used to break ties between ambiguous names ("Express"). */
  articleText?: string;
}

export interface OutletResolver {
  /** The outlet a phrase names, or null when it names none. */
  resolve(phrase: string, context?: ResolveContext): OutletResolution | null;
  get(id: string): OutletEntry | undefined;
  all(): readonly OutletEntry[];
}

interface AliasHit {
  entry: OutletEntry;
  start: number;
  end: number;
}

// Country words that point to a generic state-media entry: "Pyongyang's official media", "Russian state TV".
const DESCRIPTOR_COUNTRIES: Record<string, string> = {
  'north korea': 'KP', 'north korean': 'KP', pyongyang: 'KP',
  russia: 'RU', russian: 'RU', kremlin: 'RU', moscow: 'RU', 'kremlin-backed': 'RU',
};
const DESCRIPTOR_RE =
  /\b(north korea(?:n)?|pyongyang|russia(?:n)?|kremlin(?:-backed)?|moscow)(?:'s|’s)?\s+(?:(?:main|official|state|state-run|state-controlled|government|government-run)\s+)+(?:media|news agency|news outlets?|outlets?|press|television|tv|broadcaster)\b/i;

function isAcronym(alias: string): boolean {
  return /^[A-Z0-9.&-]+$/.test(alias) && alias.length <= 6;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function createOutletResolver(builtIn: readonly OutletEntry[], user: readonly OutletEntry[] = []): OutletResolver {
  const byId = new Map<string, OutletEntry>();
  for (const e of builtIn) byId.set(e.id, e);
  for (const e of user) byId.set(e.id, { ...e, user: true }); // user entries win
  const entries = [...byId.values()];

  // Per entry: acronyms match case-sensitively ("AP" is not "ap"), other names ignore case; longest first.
  const matchers = entries
    .filter((e) => e.kind !== 'generic')
    .map((e) => {
      const names = [e.name, ...e.aliases].sort((a, b) => b.length - a.length);
      return { entry: e, res: nameRegexes(names) };
    });

  function findAll(phrase: string): AliasHit[] {
    const hits: AliasHit[] = [];
    for (const m of matchers) {
      let hit: AliasHit | null = null;
      for (const re of m.res) {
        const r = re.exec(phrase);
        if (r && (!hit || r[0].length > hit.end - hit.start)) hit = { entry: m.entry, start: r.index, end: r.index + r[0].length };
      }
      if (hit) hits.push(hit);
    }
    return hits;
  }

  function generic(phrase: string): AliasHit | null {
    const m = DESCRIPTOR_RE.exec(phrase);
    if (!m || !m[1]) return null;
    const country = DESCRIPTOR_COUNTRIES[m[1].toLowerCase()];
    const entry = entries.find((e) => e.kind === 'generic' && e.country === country);
    return entry ? { entry, start: m.index, end: m.index + m[0].length } : null;
  }

  function best(phrase: string, context: ResolveContext | undefined): { hit: AliasHit; alternatives: OutletEntry[] } | null {
    const hits = findAll(phrase);
    if (hits.length === 0) {
      const g = generic(phrase);
      return g ? { hit: g, alternatives: [] } : null;
    }
    // The longest match wins; equal matches are ambiguous and ranked by context.
    const longest = Math.max(...hits.map((h) => h.end - h.start));
    const top = hits.filter((h) => h.end - h.start === longest);
    const ranked = rankByContext(top, context?.articleText ?? '');
    const [first, ...rest] = ranked;
    return first ? { hit: first, alternatives: rest.map((h) => h.entry) } : null;
  }

  return {
    resolve(phrase, context) {
      const [head, ...relays] = phrase.split(/\s+via\s+/i);
      const main = best(head ?? '', context);
      if (!main) return null;
      const via: OutletEntry[] = [];
      for (const r of relays) {
        const v = best(r, context);
        if (v) via.push(v.hit.entry);
      }
      return { outlet: main.hit.entry, via, alternatives: main.alternatives, start: main.hit.start, end: main.hit.end };
    },
    get: (id) => byId.get(id),
    all: () => entries,
  };
}

function nameRegexes(names: string[]): RegExp[] {
  const wordy = (alts: string[], flags: string) => new RegExp(`(?<![\\w])(?:${alts.map(escapeRe).join('|')})(?![\\w])`, flags);
  const exact = names.filter(isAcronym);
  const loose = names.filter((n) => !isAcronym(n));
  const res: RegExp[] = [];
  if (exact.length) res.push(wordy(exact, ''));
  if (loose.length) res.push(wordy(loose, 'i'));
  return res;
}

function rankByContext(hits: AliasHit[], articleText: string): AliasHit[] {
  if (hits.length < 2 || !articleText) return hits;
  const score = (e: OutletEntry) => (COUNTRY_WORDS[e.country] ?? []).filter((w) => articleText.includes(w)).length;
  return [...hits].sort((a, b) => score(b.entry) - score(a.entry));
}

const COUNTRY_WORDS: Record<string, string[]> = {
  GB: ['Britain', 'British', 'London', 'UK', 'England'],
  IN: ['India', 'Indian', 'New Delhi', 'Mumbai'],
  US: ['United States', 'Washington', 'American'],
};

let cached: OutletResolver | null = null;

/** The resolver over the shipped registry alone, built once per process. */
export function defaultOutletResolver(): OutletResolver {
  cached ??= createOutletResolver((shipped as { outlets: OutletEntry[] }).outlets);
  return cached;
}
