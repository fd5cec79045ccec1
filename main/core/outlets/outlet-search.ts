// Type-ahead over the registry and the user's outlets: prefix and word matches on names, aliases and domains,
// and acronyms of names ("nyt" -> The New York Times). The index is built once per list of entries (a sorted
// array of keys, searched by binary search), so a keystroke costs a few lookups, not a scan of 1,100 outlets.
import { foldKey, tokenize } from './tokens';
import type { OutletEntry } from './types';

export interface OutletMatch {
  entry: OutletEntry;
  /** The name, alias or domain that matched, when it is not the outlet's name. */
  matched?: string;
  score: number;
}

interface Key {
  key: string;
  entry: number;
  /** How good a hit on this key is: whole name > alias > acronym > domain > one word of a name. */
  weight: number;
  form: string;
}

const SKIP_IN_ACRONYM = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'le', 'el', 'al', 'a', 'an']);

const fold = (s: string): string => tokenize(s).key.join(' ');

function acronym(name: string): string | null {
  const words = tokenize(name).key.filter((k) => !SKIP_IN_ACRONYM.has(k));
  if (words.length < 2) return null;
  return words.map((w) => w[0]).join('');
}

export class OutletSearch {
  private readonly keys: Key[] = [];
  /** Per entry: its folded words (names and aliases) and domains, for checking the second and later query words. */
  private readonly words: string[][] = [];

  constructor(private readonly entries: readonly OutletEntry[]) {
    entries.forEach((e, i) => {
      const add = (key: string, weight: number, form: string) => {
        if (key) this.keys.push({ key, entry: i, weight, form });
      };
      const words = new Set<string>();
      const forms = [e.name, ...e.aliases];
      forms.forEach((form, j) => {
        const whole = fold(form);
        const isName = j === 0;
        add(whole, isName ? 100 : 90, form);
        if (whole.startsWith('the ')) add(whole.slice(4), isName ? 100 : 90, form);
        const t = tokenize(form).key;
        t.forEach((w, k) => {
          words.add(w);
          if (k > 0) add(w, isName ? 60 : 50, form);
        });
        const acr = acronym(form);
        if (acr && acr.length >= 2) add(acr, 75, form);
      });
      for (const d of e.domains) {
        const host = d.toLowerCase();
        add(host, 70, d);
        words.add(host);
        const first = host.split('.')[0];
        if (first) words.add(first);
      }
      this.words.push([...words]);
    });
    this.keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /**
   * Best matches first: exact before prefix, names before aliases, user outlets and real outlets before
   * descriptors.
   */
  search(query: string, limit = 10): OutletMatch[] {
    const q = fold(query.replace(/^\s*the\s+/i, ''));
    const rawDomain = query
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '');
    if (!q) return [];
    const qWords = q.split(' ');
    const rest = qWords.slice(1);
    const best = new Map<number, OutletMatch>();
    const consider = (entryIndex: number, score: number, form: string) => {
      const entry = this.entries[entryIndex];
      if (!entry) return;
      if (rest.length && !rest.every((w, k) => this.hasWordPrefix(entryIndex, w, k === rest.length - 1))) {
        // Several words: each must start a word of the outlet (the last one may be unfinished).
        if (!fold(form).startsWith(q)) return;
      }
      let s = score;
      if (entry.user) s += 8;
      if (entry.kind === 'generic') s -= 30;
      s -= Math.min(entry.name.length, 60) / 20;
      const old = best.get(entryIndex);
      if (!old || old.score < s)
        best.set(entryIndex, { entry, score: s, ...(form !== entry.name ? { matched: form } : {}) });
    };
    // Prefix hits on whole names, aliases, acronyms, domains and name words.
    for (const prefix of new Set([q, qWords[0] ?? q, rawDomain])) {
      if (!prefix) continue;
      for (let i = this.lowerBound(prefix); i < this.keys.length; i++) {
        const k = this.keys[i] as Key;
        if (!k.key.startsWith(prefix)) break;
        const exact = k.key === prefix || k.key === q;
        const whole = prefix === q || prefix === rawDomain;
        consider(k.entry, k.weight + (exact ? 40 : 0) + (whole ? 10 : 0), k.form);
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name))
      .slice(0, Math.max(1, limit));
  }

  private hasWordPrefix(entryIndex: number, w: string, last: boolean): boolean {
    const words = this.words[entryIndex] ?? [];
    return words.some((x) => (last ? x.startsWith(w) : x === w || x.startsWith(w)));
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.keys[mid] as Key).key < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const cache = new WeakMap<readonly OutletEntry[], OutletSearch>();

/** The search index of a list of entries, built on first use and kept while the list lives. */
export function outletSearchFor(entries: readonly OutletEntry[]): OutletSearch {
  let s = cache.get(entries);
  if (!s) {
    s = new OutletSearch(entries);
    cache.set(entries, s);
  }
  return s;
}

export { foldKey };
