// Descriptive references to state media: "Pyongyang's official media", "Chinese state broadcaster",
// "a Kremlin-backed outlet", "state media in North Korea", "the official news agency" (country from context).
// A descriptor needs a country (or the article's), at least one word that makes it official, and a media noun:
// "Russian media" or "North Korea's foreign ministry" are not descriptors.
import { GOVERNMENT_METONYMS } from './country-words';
import type { OutletRole } from './types';
import type { Tokens } from './tokens';

export interface CountrySpan {
  country: string;
  /** Token range [from, to). */
  from: number;
  to: number;
}

export interface Descriptor {
  /** ISO code, or null when the phrase names none ("the official news agency"). */
  country: string | null;
  role: OutletRole | null;
  /** Token range [from, to) of the whole descriptor. */
  from: number;
  to: number;
}

const NOUN_ROLE: Readonly<Record<string, OutletRole | null>> = {
  media: null,
  outlet: null,
  outlets: null,
  press: null,
  mouthpiece: null,
  website: null,
  websites: null,
  news: null,
  sources: null,
  organ: null,
  publication: null,
  publications: null,
  agency: 'agency',
  wire: 'agency',
  television: 'broadcaster',
  tv: 'broadcaster',
  broadcaster: 'broadcaster',
  broadcasters: 'broadcaster',
  broadcasting: 'broadcaster',
  channel: 'broadcaster',
  channels: 'broadcaster',
  radio: 'broadcaster',
  newspaper: 'newspaper',
  newspapers: 'newspaper',
  daily: 'newspaper',
  paper: 'newspaper',
};

/** Words that make a reference official on their own. */
const STRONG = new Set([
  'official',
  'state',
  'government',
  'govt',
  'party',
  'regime',
  'junta',
  'propaganda',
  'backed',
  'controlled',
  'run',
  'owned',
  'funded',
  'affiliated',
  'sponsored',
  'linked',
  'aligned',
  'mouthpiece',
  'organ',
]);

/** Words that may sit among the qualifiers without making a reference official ("main", "English-language"). */
const FILLER = new Set([
  'main',
  'national',
  'flagship',
  'leading',
  'top',
  'major',
  'communist',
  'military',
  'news',
  'the',
  'a',
  'an',
  'its',
  'english',
  'language',
  'arabic',
  'persian',
  'central',
  'and',
  'pro',
  'hardline',
  'ruling',
  'workers',
  'influential',
  'largest',
  'biggest',
  'foreign',
  'international',
  'radio',
  'television',
  'tv',
  'satellite',
  'online',
  'daily',
  'news',
]);

/**
 * Finds a descriptor among tokens [from, to). countries lists the country words found in that range.
 * Returns the first descriptor, or null.
 */
export function findDescriptor(
  tokens: Tokens,
  from: number,
  to: number,
  countries: readonly CountrySpan[],
): Descriptor | null {
  for (let n = from; n < to; n++) {
    const noun = tokens.key[n] ?? '';
    if (!(noun in NOUN_ROLE)) continue;
    // "news agency", "state TV channel": judge the phrase at its last noun.
    const next = tokens.key[n + 1];
    if (n + 1 < to && next !== undefined && next in NOUN_ROLE && noun !== 'agency' && noun !== 'broadcaster') continue;
    let role = NOUN_ROLE[noun] ?? null;
    const before = qualifiersBefore(tokens, n, from, countries);
    let strong = before.strong || noun === 'mouthpiece' || noun === 'organ';
    const semi = before.semi;
    let country = before.country;
    let start = before.start;
    let stop = n + 1;
    if (!country && (tokens.key[n + 1] === 'in' || tokens.key[n + 1] === 'of')) {
      // "state media in North Korea"
      country = countries.find((c) => c.from === n + 2 || (tokens.key[n + 2] === 'the' && c.from === n + 3));
      if (country) stop = country.to;
    }
    if (country && GOVERNMENT_METONYMS[tokens.key[country.from] ?? ''] !== undefined) strong = true;
    if (!strong) continue;
    if (semi && role === 'agency') role = 'semiOfficialAgency';
    const article = tokens.key[start - 1];
    if (start - 1 >= from && (article === 'the' || article === 'a' || article === 'an')) start -= 1;
    return { country: country ? country.country : null, role, from: start, to: stop };
  }
  return null;
}

export interface Qualifiers {
  country: CountrySpan | undefined;
  /** A word that makes the reference official was seen ("state", "Kremlin-backed"). */
  strong: boolean;
  semi: boolean;
  /** First token of the qualifiers (or of the country word). */
  start: number;
}

/**
 * Walks back from token at over qualifiers to a country word: "Russia's state-owned [TASS]",
 * "North Korea's official [news agency]". Used for descriptor nouns and for named outlets alike.
 */
export function qualifiersBefore(
  tokens: Tokens,
  at: number,
  from: number,
  countries: readonly CountrySpan[],
): Qualifiers {
  let strong = false;
  let semi = false;
  let country: CountrySpan | undefined;
  let q = at - 1;
  for (; q >= from; q--) {
    const k = tokens.key[q] ?? '';
    // A country word ends the qualifiers: "Russian official media", "Pyongyang's official media".
    const end = k === 's' ? q : q + 1;
    country = countries.find((c) => c.to === end);
    if (country) break;
    if (STRONG.has(k)) strong = true;
    else if (k === 'semi') semi = true;
    else if (!FILLER.has(k) && !(k in NOUN_ROLE)) break;
  }
  if (country && GOVERNMENT_METONYMS[tokens.key[country.from] ?? ''] !== undefined) strong = true;
  return { country, strong, semi, start: country ? country.from : q + 1 };
}
