// Resolves a source phrase ("North Korea's KCNA news agency", "Reuters via MSN", "Pyongyang's official media")
// to registry entries. Pure: the registry data is passed in or taken from the shipped JSON. All indexes are
// built once per resolver; a resolve() call tokenizes the phrase and does one map lookup per word.
import shipped from './data/outlets.json' with { type: 'json' };
import { ContextCache, type ArticleContext } from './context';
import { COUNTRY_WORDS } from './country-words';
import { findDescriptor, qualifiersBefore, type CountrySpan } from './descriptors';
import {
  ACRONYM_BLOCKED_BEFORE,
  AFTER_NAME_OK,
  BARE_OK,
  COMMON_WORD_NAMES,
  MEDIA_NOUNS,
  PERSON_LIKE_NAMES,
} from './name-rules';
import { PhraseIndex } from './phrase-index';
import { isAcronymWord, isCapitalized, spaceBetween, tokenize, type Tokens } from './tokens';
import type { OutletEntry, OutletResolution } from './types';

export interface ResolveContext {
  /** The whole article, used to break ties between ambiguous names ("Express") and to place "state media". */
  articleText?: string;
}

export interface OutletResolver {
  /** The outlet a phrase names, or null when it names none. */
  resolve(phrase: string, context?: ResolveContext): OutletResolution | null;
  get(id: string): OutletEntry | undefined;
  all(): readonly OutletEntry[];
}

interface Segment {
  from: number;
  to: number;
}

interface SegmentResult {
  outlet: OutletEntry;
  alternatives: OutletEntry[];
  decidedBy?: 'context' | 'order';
  descriptor?: OutletEntry;
  start: number;
  end: number;
}

interface Hit {
  entries: OutletEntry[];
  from: number;
  to: number;
}

/** Chain words: "X via Y" (Y relayed X), "X citing Y" (X relayed Y), "X, cited by Y" (Y relayed X). */
const RELAY_MARKERS = new Set(['via']);
const SOURCE_MARKERS = new Set(['citing', 'quoting']);
const RELAY_BY_MARKERS = new Set(['cited', 'quoted', 'relayed', 'carried', 'republished', 'syndicated']);

/** Words of an outlet's name that do not tell one same-named outlet from another ("New" in "New York Times"). */
const NAME_STOP = new Set([
  'the',
  'of',
  'and',
  'new',
  'daily',
  'sunday',
  'morning',
  'evening',
  'news',
  'post',
  'times',
  'star',
  'herald',
  'tribune',
  'globe',
  'mirror',
  'express',
  'sun',
  'national',
  'international',
  'online',
  'weekly',
  'press',
  'journal',
  'chronicle',
  'standard',
  'nation',
  'guardian',
  'telegraph',
  'independent',
  'citizen',
  'la',
  'el',
  'le',
  'de',
  'del',
  'der',
  'die',
  'das',
  'al',
  'free',
  'financial',
  'business',
  'world',
  'south',
  'north',
  'media',
  'group',
  'tv',
  'radio',
  'network',
  'review',
  'observer',
  'mail',
  'and',
]);

export class RegistryResolver implements OutletResolver {
  private readonly byId = new Map<string, OutletEntry>();
  private readonly entries: OutletEntry[];
  private readonly order = new Map<string, number>();
  private readonly names = new PhraseIndex<OutletEntry>();
  private readonly countryWords = new PhraseIndex<string>();
  private readonly genericByCountry = new Map<string, OutletEntry>();
  private readonly creditsExact = new Map<string, OutletEntry[]>();
  private readonly creditsLoose = new Map<string, OutletEntry[]>();
  private readonly qualifierCache = new Map<string, string[]>();
  /** One-word names taken from "The X" names ("national" from The National): generic words, see acceptSingle. */
  private readonly theWords = new Set<string>();
  private readonly contexts: ContextCache;

  constructor(builtIn: readonly OutletEntry[], user: readonly OutletEntry[] = []) {
    for (const e of builtIn) this.byId.set(e.id, e);
    for (const e of user) this.byId.set(e.id, { ...e, user: true }); // user entries win
    this.entries = [...this.byId.values()];
    // User entries first, so that among same-named outlets the user's own comes first by default.
    let rank = 0;
    for (const e of this.entries) if (e.user) this.order.set(e.id, rank++);
    for (const e of this.entries) if (!e.user) this.order.set(e.id, rank++);

    for (const e of this.sorted(this.entries)) {
      if (e.kind === 'generic') {
        if (!this.genericByCountry.has(e.country)) this.genericByCountry.set(e.country, e);
        continue;
      }
      const seen = new Set<string>();
      for (const name of [e.name, ...e.aliases]) {
        const t = /^the\s+([\p{L}]+)$/iu.exec(name.trim());
        if (t?.[1] && !isAcronymWord(t[1])) this.theWords.add(tokenize(t[1]).key[0] ?? '');
        if (seen.has(name)) continue;
        seen.add(name);
        this.names.add(name, e);
        this.addCredit(name, e);
      }
      for (const credit of e.credits ?? []) this.addCredit(credit, e);
    }
    this.names.seal();
    for (const [country, words] of Object.entries(COUNTRY_WORDS))
      for (const w of words) this.countryWords.add(w, country);
    this.countryWords.seal();

    this.contexts = new ContextCache({
      mayStart: (key) => this.names.hasFirst(key) || this.countryWords.hasFirst(key),
      countryAt: (tokens, i) => {
        const found = this.countryWords.matchAt(tokens, i, tokens.key.length)[0];
        return found ? [found.value, found.keys.length] : null;
      },
      outletAt: (text, tokens, i) => {
        const found = this.names.matchAt(tokens, i, tokens.key.length);
        const first = found[0];
        if (!first || found.some((p) => p.value !== first.value)) return null;
        if (first.keys.length === 1 && !this.acceptSingle(text, tokens, i, 0, tokens.key.length, false)) return null;
        return [first.value.id, first.value.country, first.keys.length];
      },
    });
  }

  get(id: string): OutletEntry | undefined {
    return this.byId.get(id);
  }

  all(): readonly OutletEntry[] {
    return this.entries;
  }

  resolve(phrase: string, context?: ResolveContext): OutletResolution | null {
    if (!phrase) return null;
    const tokens = tokenize(phrase);
    if (tokens.key.length === 0) return null;
    const articleText = context?.articleText;
    const chain: SegmentResult[] = [];
    for (const seg of this.chain(tokens)) {
      const r = this.resolveSegment(phrase, tokens, seg, articleText);
      if (r) chain.push(r);
    }
    const [main, ...rest] = chain;
    if (!main) return null;
    const via: OutletEntry[] = [];
    for (const r of rest) if (r.outlet !== main.outlet && !via.includes(r.outlet)) via.push(r.outlet);
    const out: OutletResolution = {
      outlet: main.outlet,
      via,
      alternatives: main.alternatives,
      start: main.start,
      end: main.end,
    };
    if (main.decidedBy) out.decidedBy = main.decidedBy;
    if (main.descriptor) out.descriptor = main.descriptor;
    return out;
  }

  /**
   * The outlet a dateline credit names exactly ("Reuters", "AP", "CP", "REUTERS"). The country words of the
   * dateline's place choose between same-named agencies ("TAIPEI (CNA)" vs "SINGAPORE (CNA)").
   */
  creditFor(credit: string, place: string): OutletEntry | null {
    const text = credit.trim().replace(/\s+/g, ' ');
    let found = this.creditsExact.get(text);
    if (!found && !isAcronymWord(text.replace(/[^\p{L}]/gu, ''))) found = this.creditsLoose.get(text.toLowerCase());
    if (!found || found.length === 0) {
      const r = this.resolve(text);
      // Only a name that is the whole credit: "Reuters staff" names Reuters, "Getty Images" names nothing.
      return r && r.alternatives.length === 0 && r.outlet.kind !== 'generic' && r.start <= 4 ? r.outlet : null;
    }
    if (found.length === 1 || !place) return found[0] ?? null;
    const countries = new Set(this.countriesIn(tokenize(place), 0, Number.MAX_SAFE_INTEGER).map((c) => c.country));
    return found.find((e) => countries.has(e.country)) ?? found[0] ?? null;
  }

  private addCredit(name: string, e: OutletEntry): void {
    const push = (map: Map<string, OutletEntry[]>, key: string) => {
      const list = map.get(key);
      if (!list) map.set(key, [e]);
      else if (!list.includes(e)) list.push(e);
    };
    push(this.creditsExact, name);
    if (!isAcronymWord(name.replace(/[^\p{L}]/gu, ''))) push(this.creditsLoose, name.toLowerCase());
  }

  private sorted(list: readonly OutletEntry[]): OutletEntry[] {
    return [...list].sort((a, b) => (this.order.get(a.id) ?? 0) - (this.order.get(b.id) ?? 0));
  }

  /** Splits the phrase at chain words and orders the parts origin first: "MSN, citing Reuters" -> Reuters, MSN. */
  private chain(tokens: Tokens): Segment[] {
    const n = tokens.key.length;
    const chain: Segment[] = [];
    let from = 0;
    let pending: 'relay' | 'source' = 'relay';
    const close = (to: number) => {
      const seg = { from, to };
      if (pending === 'source') chain.unshift(seg);
      else chain.push(seg);
    };
    for (let i = 0; i < n; i++) {
      const k = tokens.key[i] ?? '';
      let kind: 'relay' | 'source' | null = null;
      let width = 1;
      if (RELAY_MARKERS.has(k)) kind = 'relay';
      else if (SOURCE_MARKERS.has(k)) kind = 'source';
      else if (RELAY_BY_MARKERS.has(k) && tokens.key[i + 1] === 'by') {
        kind = 'relay';
        width = 2;
      }
      if (!kind) continue;
      close(i);
      pending = kind;
      from = i + width;
      i += width - 1;
    }
    close(n);
    return chain;
  }

  private resolveSegment(
    text: string,
    tokens: Tokens,
    seg: Segment,
    articleText: string | undefined,
  ): SegmentResult | null {
    if (seg.from >= seg.to) return null;
    const hits = this.hitsIn(text, tokens, seg.from, seg.to);
    const countries = this.countriesIn(tokens, seg.from, seg.to);
    const hit = hits[0];
    if (hit) {
      const ranked = this.rank(hit.entries, tokens, seg, hit, countries, articleText);
      let from = hit.from;
      if (
        from > seg.from &&
        tokens.key[from - 1] === 'the' &&
        spaceBetween(text, tokens.end[from - 1] ?? 0, tokens.start[from] ?? 0)
      )
        from -= 1;
      const first = ranked.entries[0];
      if (!first) return null;
      const r: SegmentResult = {
        outlet: first,
        alternatives: ranked.entries.slice(1),
        start: tokens.start[from] ?? 0,
        end: tokens.end[hit.to - 1] ?? 0,
      };
      if (r.alternatives.length > 0) r.decidedBy = ranked.decidedBy;
      // "China's official Xinhua news agency", "the Kremlin-backed RT": the outlet, described as state media.
      const q = qualifiersBefore(tokens, hit.from, seg.from, countries);
      const country = q.strong ? (q.country?.country ?? first.country) : null;
      const g = country ? this.genericByCountry.get(country) : undefined;
      if (g && g.country === first.country) r.descriptor = g;
      return r;
    }
    const d = findDescriptor(tokens, seg.from, seg.to, countries);
    if (!d) return null;
    const country = d.country ?? (articleText ? this.topGenericCountry(this.contexts.get(articleText)) : null);
    const generic = country ? this.genericByCountry.get(country) : undefined;
    if (!generic) return null;
    const start = tokens.start[d.from] ?? 0;
    const end = tokens.end[d.to - 1] ?? 0;
    const ids = d.role ? generic.roles?.[d.role] : undefined;
    const candidates = (ids ?? []).map((id) => this.byId.get(id)).filter((e): e is OutletEntry => e !== undefined);
    if (candidates.length === 0) return { outlet: generic, alternatives: [], start, end };
    const ranked = this.rank(
      candidates,
      tokens,
      seg,
      { entries: candidates, from: d.from, to: d.to },
      countries,
      articleText,
      true,
    );
    const first = ranked.entries[0] ?? generic;
    const r: SegmentResult = { outlet: first, alternatives: ranked.entries.slice(1), descriptor: generic, start, end };
    if (r.alternatives.length > 0) r.decidedBy = ranked.decidedBy;
    return r;
  }

  /** Outlet names in tokens [from, to), left to right, longest at each position. */
  private hitsIn(text: string, tokens: Tokens, from: number, to: number): Hit[] {
    const hits: Hit[] = [];
    for (let i = from; i < to; i++) {
      const found = this.names.matchAt(tokens, i, to);
      const first = found[0];
      if (!first) continue;
      const len = first.keys.length;
      if (len === 1 && !this.acceptSingle(text, tokens, i, from, to, true)) continue;
      const entries: OutletEntry[] = [];
      for (const p of found) if (!entries.includes(p.value)) entries.push(p.value);
      hits.push({ entries: entries.length > 1 ? this.sorted(entries) : entries, from: i, to: i + len });
      i += len - 1;
    }
    return hits;
  }

  /**
   * Whether a one-word name at token i is meant as an outlet. bareAllowed: the tokens are a source phrase, where
   * a name standing alone ("Express") counts; in a whole article it does not.
   */
  private acceptSingle(
    text: string,
    tokens: Tokens,
    i: number,
    from: number,
    to: number,
    bareAllowed: boolean,
  ): boolean {
    const key = tokens.key[i] ?? '';
    const word = tokens.text[i] ?? '';
    const adjacent = (a: number, b: number) =>
      a >= from && b < to && spaceBetween(text, tokens.end[a] ?? 0, tokens.start[b] ?? 0);
    const prevAdj = adjacent(i - 1, i);
    const nextAdj = adjacent(i, i + 1);
    const prevKey = tokens.key[i - 1] ?? '';
    const nextKey = tokens.key[i + 1] ?? '';
    const prevWord = tokens.text[i - 1] ?? '';
    const nextWord = tokens.text[i + 1] ?? '';

    const blocked = ACRONYM_BLOCKED_BEFORE[key];
    if (blocked && isAcronymWord(word) && nextAdj && blocked.includes(nextKey)) return false;
    const common = COMMON_WORD_NAMES.has(key) && !isAcronymWord(word);
    // A name written "The X" (The National, The Hill, The Peninsula) is a generic word: followed or preceded by
    // another capitalized word it is part of a longer proper name ("The National Retail Federation").
    const person = PERSON_LIKE_NAMES.has(key) || (this.theWords.has(key) && !isAcronymWord(word));
    if (!common && !person) return true;
    // "Michael Bloomberg", "Sun Yat-sen", "Capitol Hill": part of another capitalized name.
    if (prevAdj && isCapitalized(prevWord) && prevKey !== 'the') return false;
    if (nextAdj && isCapitalized(nextWord) && !MEDIA_NOUNS.has(nextKey)) return false;
    if (!common) return true;
    // "the Australian government", "the Age of Reason": a common word used as a word.
    if (nextAdj && !AFTER_NAME_OK.has(nextKey) && !MEDIA_NOUNS.has(nextKey)) return false;
    if (i - 1 >= from && prevKey === 'the') return true;
    if (nextAdj && MEDIA_NOUNS.has(nextKey)) return true;
    if (!bareAllowed || !BARE_OK.has(key)) return false;
    for (let k = from; k < to; k++) if (k !== i && tokens.key[k] !== 'the' && tokens.key[k] !== 's') return false;
    return true;
  }

  private countriesIn(tokens: Tokens, from: number, to: number): CountrySpan[] {
    const out: CountrySpan[] = [];
    const limit = Math.min(to, tokens.key.length);
    for (let i = from; i < limit; i++) {
      const found = this.countryWords.matchAt(tokens, i, limit)[0];
      if (!found) continue;
      out.push({ country: found.value, from: i, to: i + found.keys.length });
      i += found.keys.length - 1;
    }
    return out;
  }

  /**
   * Orders same-named outlets: country words in the phrase itself ("Britain's Express"), then the article's
   * full-name mentions of a candidate, other outlets of its country, its country's words, and its name's place
   * words ("York" for The New York Times). Ties keep the registry's order, so the result is deterministic.
   */
  private rank(
    entries: OutletEntry[],
    tokens: Tokens,
    seg: Segment,
    hit: Hit,
    countries: readonly CountrySpan[],
    articleText: string | undefined,
    descriptor = false,
  ): { entries: OutletEntry[]; decidedBy: 'context' | 'order' } {
    if (entries.length < 2) return { entries, decidedBy: 'order' };
    const phraseCountries = new Set(
      countries.filter((c) => descriptor || c.to <= hit.from || c.from >= hit.to).map((c) => c.country),
    );
    const phraseWords = new Set<string>();
    for (let k = seg.from; k < seg.to; k++) if (k < hit.from || k >= hit.to) phraseWords.add(tokens.key[k] ?? '');
    const ctx: ArticleContext | null = articleText ? this.contexts.get(articleText) : null;
    const hitKeys = new Set(tokens.key.slice(hit.from, hit.to));
    const score = (e: OutletEntry): number => {
      let s = phraseCountries.has(e.country) ? 50 : 0;
      const qualifiers = this.qualifiers(e).filter((q) => !hitKeys.has(q));
      for (const q of qualifiers) if (phraseWords.has(q)) s += 20;
      if (ctx) {
        s += 100 * (ctx.outlets.get(e.id) ?? 0);
        s += 3 * (ctx.outletCountries.get(e.country) ?? 0);
        s += Math.min(ctx.countries.get(e.country) ?? 0, 30);
        for (const q of qualifiers) if (ctx.capitalized.has(q)) s += 2;
      }
      return s;
    };
    // Ties keep the given order: registry order for same-named outlets, role order for descriptors.
    const scored = entries.map((e, o) => ({ e, s: score(e), o }));
    scored.sort((a, b) => b.s - a.s || a.o - b.o);
    const [a, b] = scored;
    const decidedBy = a && b && a.s > b.s ? 'context' : 'order';
    return { entries: scored.map((x) => x.e), decidedBy };
  }

  /** Distinguishing capitalized words of an outlet's name and aliases: "york" for The New York Times. */
  private qualifiers(e: OutletEntry): string[] {
    let q = this.qualifierCache.get(e.id);
    if (!q) {
      const set = new Set<string>();
      for (const name of [e.name, ...e.aliases]) {
        const t = tokenize(name);
        t.key.forEach((k, i) => {
          if (k.length > 2 && !NAME_STOP.has(k) && isCapitalized(t.text[i] ?? '') && !isAcronymWord(t.text[i] ?? ''))
            set.add(k);
        });
      }
      q = [...set];
      this.qualifierCache.set(e.id, q);
    }
    return q;
  }

  private topGenericCountry(ctx: ArticleContext): string | null {
    let best: string | null = null;
    let bestCount = 0;
    for (const country of this.genericByCountry.keys()) {
      const c = ctx.countries.get(country) ?? 0;
      if (c > bestCount) {
        best = country;
        bestCount = c;
      }
    }
    return best;
  }
}

export function createOutletResolver(
  builtIn: readonly OutletEntry[],
  user: readonly OutletEntry[] = [],
): OutletResolver {
  return new RegistryResolver(builtIn, user);
}

let cached: OutletResolver | null = null;

/** The resolver over the shipped registry alone, built once per process. */
export function defaultOutletResolver(): OutletResolver {
  cached ??= createOutletResolver((shipped as { outlets: OutletEntry[] }).outlets);
  return cached;
}

export { findDatelineCredit } from './dateline';
