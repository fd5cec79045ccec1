// What an article says about where it comes from: which countries it names and which outlets it names
// unambiguously. Used to rank same-named outlets ("the Times") and to anchor country-less descriptors
// ("the official news agency"). Built lazily, once per article text.
import { foldKey, tokenize, type Tokens } from './tokens';

export interface ArticleContext {
  /** Mentions of each country's words (ISO code -> count). */
  countries: Map<string, number>;
  /** Unambiguous mentions of outlets (id -> count). */
  outlets: Map<string, number>;
  /** Distinct outlets mentioned per country (ISO code -> count). */
  outletCountries: Map<string, number>;
  /** Capitalized words of the article (folded keys), for place qualifiers like "York" in "New York Times". */
  capitalized: Set<string>;
}

export interface ContextScanner {
  /** True when some country word or outlet name starts with this word key: the cheap pre-check. */
  mayStart(key: string): boolean;
  /** Country words starting at token i: [country, token count] or null. */
  countryAt(tokens: Tokens, i: number): [string, number] | null;
  /** An unambiguous outlet starting at token i: [id, country, token count] or null. */
  outletAt(text: string, tokens: Tokens, i: number): [string, string, number] | null;
}

// Names and country words start with a capital; the regular expression engine skips everything else.
const CAPITALIZED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;
const WINDOW = 80;
/** Enough mentions to rank candidates; past this, a name-dense text would cost more than it tells. */
const MAX_PROBES = 4000;
/** Longer than any registry name or country word, in words. */
const WINDOW_TOKENS = 9;

export function analyzeArticle(text: string, scanner: ContextScanner): ArticleContext {
  const ctx: ArticleContext = {
    countries: new Map(),
    outlets: new Map(),
    outletCountries: new Map(),
    capitalized: new Set(),
  };
  const outletCountry = new Map<string, string>();
  const re = new RegExp(CAPITALIZED.source, CAPITALIZED.flags);
  let probes = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = foldKey(m[0]);
    ctx.capitalized.add(key);
    if (probes >= MAX_PROBES || !scanner.mayStart(key)) continue;
    probes++;
    // Only around a possible name: tokenize a short window and match there.
    const window = text.slice(m.index, m.index + WINDOW);
    const tokens = tokenize(window, WINDOW_TOKENS);
    const outlet = scanner.outletAt(window, tokens, 0);
    const country = outlet ? null : scanner.countryAt(tokens, 0);
    const len = outlet ? outlet[2] : country ? country[1] : 0;
    if (outlet) {
      ctx.outlets.set(outlet[0], (ctx.outlets.get(outlet[0]) ?? 0) + 1);
      outletCountry.set(outlet[0], outlet[1]);
    } else if (country) {
      ctx.countries.set(country[0], (ctx.countries.get(country[0]) ?? 0) + 1);
    }
    if (len > 1) re.lastIndex = m.index + (tokens.end[len - 1] ?? 0);
  }
  for (const country of outletCountry.values())
    ctx.outletCountries.set(country, (ctx.outletCountries.get(country) ?? 0) + 1);
  return ctx;
}

/** A few recent articles' contexts: extraction resolves many phrases against the same article text. */
export class ContextCache {
  private readonly entries: { text: string; ctx: ArticleContext }[] = [];
  constructor(
    private readonly scanner: ContextScanner,
    private readonly size = 4,
  ) {}

  get(text: string): ArticleContext {
    for (const e of this.entries) if (e.text === text) return e.ctx;
    const ctx = analyzeArticle(text, this.scanner);
    this.entries.unshift({ text, ctx });
    if (this.entries.length > this.size) this.entries.pop();
    return ctx;
  }
}
