// Outlets the registry does not hold, recognised by the frame a text puts them in (issue 13): "the Harbour
// Gazette newspaper", "the Sahel Voice news agency", "broadcaster Kanal Nordvik", "the semi-official Ilna
// agency", "the Kremlin-run Ostrog news agency", "told Radio Marenka". A bare name after "told" is taken as an
// outlet only when the name itself has a media word ("Radio ...", "... Herald") or the same text frames it as one
// elsewhere: "told Hamshahri" alone could be a person.
// Pure; the registry is consulted only to leave registered names to the resolver.
import { MONTHS, WEEKDAYS } from '../text/calendar-words';
import { COUNTRY_WORDS } from './country-words';
import type { OutletResolver } from './resolver';
import { isCapitalized, tokenize, type Tokens } from './tokens';
import type { ClaimOutlet } from '../types';
import type { OutletKind } from './types';
import { slug } from './user-outlets';

export type FrameKind = 'noun-after' | 'noun-before' | 'qualifier' | 'addressee';

/** An outlet named in an outlet's frame but absent from the registry (and from the workspace's own outlets). */
export interface UnregisteredOutlet {
  /** Stable for the same name: "unregistered-" and the name's slug. */
  id: string;
  name: string;
  domain: '';
  registered: false;
  /** What the frame says it is ("newspaper" -> newspaper, "state-run" -> state media); null when it says nothing. */
  kind: OutletKind | null;
  /** ISO code when the frame names the country ("the Syrian state-run Tishreen newspaper"). */
  country: string | null;
  frame: FrameKind;
  /** Offsets of the name in the text. */
  start: number;
  end: number;
}

export interface FrameOptions {
  /** Names this resolver knows are registered: no frame is reported for them. */
  resolver?: OutletResolver;
}

/** Media nouns after the name: "the X newspaper". Two-word ones are keyed by their first word. */
const AFTER_NOUNS: Readonly<Record<string, OutletKind>> = {
  newspaper: 'newspaper',
  daily: 'newspaper',
  weekly: 'newspaper',
  tabloid: 'newspaper',
  paper: 'newspaper',
  magazine: 'magazine',
  broadcaster: 'broadcaster',
  television: 'broadcaster',
  tv: 'broadcaster',
  channel: 'broadcaster',
  radio: 'broadcaster',
  website: 'online',
  outlet: 'online',
};
/** "X news agency", "X press agency", "X news site". */
const NEWS_PAIRS: Readonly<Record<string, Readonly<Record<string, OutletKind>>>> = {
  news: { agency: 'news-agency', service: 'news-agency', site: 'online', website: 'online', portal: 'online' },
  press: { agency: 'news-agency' },
};
/** Media nouns before the name: "broadcaster X", "the daily X", "news agency X". */
const BEFORE_NOUNS: Readonly<Record<string, OutletKind>> = {
  broadcaster: 'broadcaster',
  channel: 'broadcaster',
  station: 'broadcaster',
  network: 'broadcaster',
  newspaper: 'newspaper',
  daily: 'newspaper',
  weekly: 'newspaper',
  tabloid: 'newspaper',
  paper: 'newspaper',
  magazine: 'magazine',
  agency: 'news-agency',
  website: 'online',
  site: 'online',
  outlet: 'online',
};
/** Words that may stand between a frame noun and the name, or before a qualifier: "the local X", "Syria's X". */
const SKIPPABLE = new Set([
  'the',
  'a',
  'an',
  's',
  'local',
  'regional',
  'national',
  'private',
  'independent',
  'opposition',
  'online',
  'popular',
  'influential',
  'leading',
  'respected',
  'conservative',
  'liberal',
  'hardline',
  'reformist',
  'language',
  'arabic',
  'english',
  'french',
  'persian',
  'russian',
  'news',
  'television',
  'tv',
  'radio',
  'state',
  'government',
  'official',
  'pro',
  'private',
]);
/** "-run", "-owned": a qualifier when joined to the word before by a hyphen ("state-run", "Kremlin-backed"). */
const QUALIFIER_TAILS = new Set(['run', 'owned', 'controlled', 'backed', 'affiliated', 'funded', 'linked', 'aligned']);
/**
 * Words whose object is an outlet when the name has a media word ("told X", "reported by X"), with the words
 * that must come before a preposition ("speaking to X", "writing in X"): "expected to Leave Post" is no frame.
 */
const ADDRESSEE_BEFORE: Readonly<Record<string, ReadonlySet<string> | null>> = {
  told: null,
  citing: null,
  via: null,
  to: new Set(['speaking', 'talking', 'spoke', 'talked', 'comments', 'remarks', 'statement', 'interview', 'said']),
  with: new Set(['interview', 'speaking', 'talking', 'spoke', 'talked', 'conversation']),
  by: new Set(['reported', 'published', 'carried', 'broadcast', 'aired', 'obtained', 'released', 'quoted', 'cited']),
  for: new Set(['writing', 'wrote', 'op', 'ed', 'column', 'piece', 'article', 'essay']),
  in: new Set(['writing', 'wrote', 'op', 'ed', 'column', 'piece', 'article', 'essay', 'published', 'quoted']),
  on: new Set(['appearing', 'appeared', 'speaking', 'interview']),
};
/** Nouns after "X radio" or "X TV" that make it a programme or a person, not an outlet: "a Christian radio program". */
const COMPOUND_AFTER = new Set([
  'program',
  'programs',
  'programme',
  'programmes',
  'show',
  'shows',
  'host',
  'hosts',
  'interview',
  'interviews',
  'ad',
  'ads',
  'advert',
  'adverts',
  'appearance',
  'debate',
  'series',
  'rights',
  'licence',
  'license',
  'audience',
  'audiences',
  'personality',
  'presenter',
  'studio',
  'crew',
  'spot',
  'commercial',
  'commercials',
  'set',
  'sets',
  'chain',
  'chains',
  'group',
  'company',
  'industry',
  'business',
  'endorsement',
  'endorsements',
]);
/** Capitalised adjectives that describe an outlet rather than name it: "a Christian radio station". */
const ADJECTIVES = new Set([
  'christian',
  'catholic',
  'evangelical',
  'muslim',
  'islamic',
  'jewish',
  'kurdish',
  'arab',
  'arabic',
  'western',
  'european',
  'african',
  'asian',
  'latin',
  'hispanic',
  'spanish',
  'english',
  'french',
  'german',
  'persian',
]);
/** Words inside a name that make it a medium's name. */
const MEDIA_NAME_WORDS = new Set([
  'radio',
  'tv',
  'television',
  'channel',
  'kanal',
  'fm',
  'news',
  'times',
  'gazette',
  'herald',
  'tribune',
  'post',
  'journal',
  'daily',
  'press',
  'telegraph',
  'courier',
  'chronicle',
  'observer',
  'express',
  'mirror',
  'echo',
  'voice',
  'ledger',
  'zeitung',
  'gazeta',
  'gazzetta',
  'diario',
  'noticias',
  'pravda',
  'vesti',
  'tele',
  'tele1',
]);
/** Capitalised words that are no outlet's whole name. */
const NOT_NAMES = new Set([
  'the',
  ...WEEKDAYS,
  ...MONTHS,
  'state',
  'national',
  'official',
  'government',
  'news',
  'radio',
  'tv',
  'television',
  'channel',
  'press',
  'media',
  'agency',
  'sources',
  'according',
  'broadcaster',
  'newspaper',
  'daily',
  'speaking',
  'writing',
  'in',
  'on',
  'a',
  'an',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
]);
/** Titles and function words that start no outlet's name: "the network President Vladimir Putin formed". */
const NOT_FIRST = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'prime',
  'minister',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'general',
  'gen',
  'king',
  'queen',
  'prince',
  'princess',
  'chancellor',
  'secretary',
  'judge',
  'mayor',
  'sheikh',
  'pope',
  'if',
  'his',
  'her',
  'their',
  'its',
  'our',
  'your',
  'my',
  'this',
  'that',
  'these',
  'those',
  'when',
  'while',
  'but',
  'and',
  'or',
  'as',
  'at',
  'for',
  'from',
  'after',
  'before',
  'since',
  'with',
  'by',
  'to',
  'of',
  'one',
  'some',
  'many',
  'most',
  'all',
  'no',
  'not',
]);
/** Lower-case words inside a name: "Voice of the Sahel", "al-Watan", "Corriere della Sera". */
const CONNECTORS = new Set(['of', 'al', 'el', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von']);

const COUNTRY_BY_KEY = new Map<string, string>();
const COUNTRY_FIRST = new Set<string>();
for (const [code, words] of Object.entries(COUNTRY_WORDS))
  for (const w of words) {
    const keys = tokenize(w).key;
    COUNTRY_BY_KEY.set(keys.join(' '), code);
    COUNTRY_FIRST.add(keys[0] ?? '');
  }

/** The id an unregistered outlet gets: the same name always gives the same id. */
export function unregisteredId(name: string): string {
  return `unregistered-${slug(name) || 'outlet'}`;
}

interface Run {
  from: number;
  to: number;
}

const HAS_CAPITAL = /\p{Lu}/u;

/** The unregistered outlet whose name overlaps [start, end) of text, read with the words around it. */
export function outletFrame(
  text: string,
  start: number,
  end: number,
  options: FrameOptions = {},
): UnregisteredOutlet | null {
  // A name is capitalised: a span without a capital letter ("he", "officials") overlaps none.
  if (!HAS_CAPITAL.test(text.slice(start, end))) return null;
  // Frame words stand within a few words of the name: "the Syrian state-run X", "X news agency".
  const from = Math.max(0, start - 50);
  const to = Math.min(text.length, end + 25);
  const found = scan(text, from, to, options, (a, b) => a < end && start < b);
  return found[0] ?? null;
}

/** A regular expression alternative of words as a trie ("n(?:ews|etwork)"): far fewer tries per character. */
function trie(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of words) byFirst.set(w.charAt(0), [...(byFirst.get(w.charAt(0)) ?? []), w.slice(1)]);
  const parts: string[] = [];
  for (const [first, rests] of byFirst) {
    const head = first.replace(/[-.]/g, '\\$&');
    const more = rests.filter((r) => r !== '');
    const tail =
      more.length === 0 ? '' : more.length === 1 ? (more[0] as string).replace(/[-.]/g, '\\$&') : `(?:${trie(more)})`;
    parts.push(rests.includes('') && tail ? `${head}(?:${tail})?` : head + tail);
  }
  return parts.join('|');
}

/**
 * Every frame has one of these words at a word's start (a media noun, a qualifier, a media word in a name): a
 * window without one is passed over without tokenizing it, which keeps frames a small share of extraction time.
 */
const TRIGGER_WORDS = [
  'newspaper',
  'daily',
  'weekly',
  'tabloid',
  'paper',
  'magazine',
  'broadcast',
  'televis',
  'channel',
  'radio',
  'website',
  'outlet',
  'agency',
  'station',
  'network',
  'semi-official',
  'tv',
  'site',
  ...MEDIA_NAME_WORDS,
];
const TRIGGER = new RegExp(`\\b(?:${trie([...new Set(TRIGGER_WORDS)])})|-(?:${trie([...QUALIFIER_TAILS])})\\b`, 'i');

/** Every unregistered outlet named in an outlet's frame in text[from, to), left to right. */
export function findOutletFrames(
  text: string,
  from = 0,
  to = text.length,
  options: FrameOptions = {},
): UnregisteredOutlet[] {
  return scan(text, from, to, options, () => true);
}

function scan(
  text: string,
  from: number,
  to: number,
  options: FrameOptions,
  wanted: (start: number, end: number) => boolean,
): UnregisteredOutlet[] {
  const window = text.slice(from, to);
  if (!TRIGGER.test(window)) return [];
  const base = from;
  const t = tokenize(window);
  for (let i = 0; i < t.start.length; i++) {
    (t.start[i] as number) += base;
    (t.end[i] as number) += base;
  }
  // A window cut inside a word starts with half a word: drop it.
  if (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1] ?? '') && t.start[0] === from) dropFirst(t);
  const out: UnregisteredOutlet[] = [];
  for (const run of nameRuns(text, t)) {
    if (!wanted(t.start[run.from] ?? 0, t.end[run.to - 1] ?? 0)) continue;
    const found = judge(text, t, run, options);
    if (found) out.push(found);
  }
  return out;
}

function dropFirst(t: Tokens): void {
  t.text.shift();
  t.key.shift();
  t.start.shift();
  t.end.shift();
}

const gap = (text: string, t: Tokens, i: number): string => text.slice(t.end[i] ?? 0, t.start[i + 1] ?? 0);

/** Runs of capitalised words (with inner connectors and numbers) joined by a space, a hyphen or an apostrophe. */
function nameRuns(text: string, t: Tokens): Run[] {
  const runs: Run[] = [];
  const n = t.key.length;
  let i = 0;
  while (i < n) {
    const word = t.text[i] ?? '';
    const startsName = isCapitalized(word) || (CONNECTORS.has(t.key[i] ?? '') && /^[-’']$/.test(gap(text, t, i)));
    if (!startsName) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const g = gap(text, t, j - 1);
      if (!/^(?: |-|'|’)$/.test(g)) break;
      const w = t.text[j] ?? '';
      const k = t.key[j] ?? '';
      if (isCapitalized(w) || (/^\d+$/.test(w) && isCapitalized(t.text[j - 1] ?? ''))) {
        j++;
        continue;
      }
      if (CONNECTORS.has(k) && j + 1 < n && isCapitalized(t.text[j + 1] ?? '') && /^(?: |-)$/.test(gap(text, t, j))) {
        j++;
        continue;
      }
      break;
    }
    // "Kremlin-run", "State-owned": a qualifier, not a name.
    const tail = t.key[j] ?? '';
    if (j < n && gap(text, t, j - 1) === '-' && QUALIFIER_TAILS.has(tail)) {
      i = j + 1;
      continue;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

function countryAt(t: Tokens, from: number, to: number): [string, number] | null {
  if (!COUNTRY_FIRST.has(t.key[from] ?? '')) return null;
  for (let len = Math.min(3, to - from); len >= 1; len--) {
    const code = COUNTRY_BY_KEY.get(t.key.slice(from, from + len).join(' '));
    if (code) return [code, len];
  }
  return null;
}

function sentenceInitial(text: string, t: Tokens, i: number): boolean {
  const before = text.slice(Math.max(0, (t.start[i] ?? 0) - 4), t.start[i] ?? 0);
  return (t.start[i] ?? 0) === 0 || /(?:^|[.!?:\n]["'”’)]?\s*|["“]\s*)$/.test(before);
}

function judge(text: string, t: Tokens, run: Run, options: FrameOptions): UnregisteredOutlet | null {
  let a = run.from;
  let b = run.to;
  let country: string | null = null;
  let beforeNoun: OutletKind | null = null;
  // Peel what the run holds besides the name: "The", a sentence-initial frame noun ("Broadcaster X"), a country.
  while (a < b) {
    const k = t.key[a] ?? '';
    if (k === 'the') {
      a++;
      continue;
    }
    if (a === run.from && sentenceInitial(text, t, a) && BEFORE_NOUNS[k] && b - a > 1) {
      beforeNoun = BEFORE_NOUNS[k] ?? null;
      a++;
      continue;
    }
    const c = countryAt(t, a, b);
    if (c && b - a > c[1]) {
      country = c[0];
      a += c[1];
      continue;
    }
    break;
  }
  while (b > a && CONNECTORS.has(t.key[b - 1] ?? '')) b--;
  if (a >= b) return null;
  const keys = t.key.slice(a, b);
  if (NOT_FIRST.has(keys[0] ?? '') || (b - a === 1 && (t.text[a] ?? '').length < 2)) return null;
  if (keys.every((k) => NOT_NAMES.has(k) || MEDIA_NAME_WORDS.has(k) || ADJECTIVES.has(k))) return null;
  if (countryAt(t, a, b)?.[1] === b - a) return null;
  if (sentenceInitial(text, t, a) && b - a === 1 && NOT_NAMES.has(keys[0] ?? '')) return null;

  // Context before the name: frame nouns, qualifiers, a country, the verb of an addressee.
  let qualifier: 'semi' | 'run' | null = null;
  let addressee = false;
  let possessive = false;
  for (let i = a - 1, steps = 0; i >= 0 && steps < 6; i--, steps++) {
    const k = t.key[i] ?? '';
    const g = gap(text, t, i);
    if (!/^(?:\s+|-|['’])$/.test(g)) break;
    if (k === 's' && /^['’]$/.test(gap(text, t, i - 1))) {
      possessive = true;
      continue;
    }
    if (gap(text, t, i - 1) === '-' && QUALIFIER_TAILS.has(k)) {
      qualifier ??= 'run';
      i--;
      const c = countryAt(t, i, i + 1);
      if (c) country ??= c[0];
      continue;
    }
    if (k === 'official' && t.key[i - 1] === 'semi') {
      qualifier = 'semi';
      i--;
      continue;
    }
    // "the agency's Clean Power Plan" is the agency's plan, not an outlet named Clean Power Plan.
    if (BEFORE_NOUNS[k] && steps <= 3 && !possessive) {
      beforeNoun ??= BEFORE_NOUNS[k] ?? null;
      continue;
    }
    const c = countryAt(t, i, a);
    if (c) {
      country ??= c[0];
      continue;
    }
    if (SKIPPABLE.has(k)) continue;
    const need = ADDRESSEE_BEFORE[k];
    if (need === null || (need && need.has(t.key[i - 1] ?? ''))) addressee = true;
    break;
  }

  // Context after the name: "newspaper", "news agency", "agency" (after a qualifier).
  let afterNoun: OutletKind | null = null;
  const next = t.key[b] ?? '';
  const spaced = b < t.key.length && /^\s+$/.test(gap(text, t, b - 1));
  if (spaced) {
    const pair = NEWS_PAIRS[next]?.[t.key[b + 1] ?? ''];
    if (pair && /^\s+$/.test(gap(text, t, b))) afterNoun = pair;
    else if (AFTER_NOUNS[next] && !isCapitalized(t.text[b] ?? '') && !COMPOUND_AFTER.has(t.key[b + 1] ?? ''))
      afterNoun = AFTER_NOUNS[next] ?? null;
    else if (next === 'agency' && qualifier) afterNoun = 'news-agency';
  }

  const mediaWord = keys.find((k) => MEDIA_NAME_WORDS.has(k));
  let frame: FrameKind | null = null;
  if (afterNoun) frame = 'noun-after';
  else if (beforeNoun) frame = 'noun-before';
  else if (qualifier === 'semi' || (qualifier && mediaWord)) frame = 'qualifier';
  else if (addressee) frame = 'addressee';
  if (!frame) return null;

  const start = t.start[a] ?? 0;
  const end = t.end[b - 1] ?? 0;
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  // A registered name anywhere in the run is the resolver's ("Fox News Sunday", "the Syrian Arab News Agency").
  if (options.resolver) {
    const whole = text.slice(t.start[run.from] ?? 0, t.end[run.to - 1] ?? 0);
    for (const phrase of whole === name ? [name] : [whole, name]) {
      const r = options.resolver.resolve(phrase);
      if (r && r.outlet.kind !== 'generic') return null;
    }
  }
  if (frame === 'addressee' && !mediaWord && !framedElsewhere(text, t, a, b)) return null;
  let kind: OutletKind | null = afterNoun ?? beforeNoun ?? (qualifier ? 'news-agency' : null);
  if (qualifier === 'run') kind = 'state-media';
  if (!kind && mediaWord) kind = MEDIA_KIND[mediaWord] ?? null;
  return { id: unregisteredId(name), name, domain: '', registered: false, kind, country, frame, start, end };
}

const MEDIA_KIND: Readonly<Record<string, OutletKind>> = {
  radio: 'broadcaster',
  tv: 'broadcaster',
  television: 'broadcaster',
  channel: 'broadcaster',
  kanal: 'broadcaster',
  fm: 'broadcaster',
  tele: 'broadcaster',
  times: 'newspaper',
  gazette: 'newspaper',
  herald: 'newspaper',
  tribune: 'newspaper',
  post: 'newspaper',
  journal: 'newspaper',
  daily: 'newspaper',
  telegraph: 'newspaper',
  courier: 'newspaper',
  chronicle: 'newspaper',
  observer: 'newspaper',
  ledger: 'newspaper',
  zeitung: 'newspaper',
  gazeta: 'newspaper',
  gazzetta: 'newspaper',
  diario: 'newspaper',
};

/** Whether the same name stands in a noun frame elsewhere in the text ("Hamshahri newspaper" two lines down). */
function framedElsewhere(text: string, t: Tokens, a: number, b: number): boolean {
  const name = t.text.slice(a, b).join(' ');
  if (name.length < 3 || text.length > 200_000) return false;
  const esc = t.text
    .slice(a, b)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join("[\\s\\-’']+");
  const after = new RegExp(
    `${esc}\\s+(?:newspaper|daily|weekly|tabloid|magazine|broadcaster|news agency|press agency)\\b`,
    'u',
  );
  const before = new RegExp(
    `\\b(?:broadcaster|newspaper|daily|weekly|tabloid|magazine|news agency|channel)\\s+(?:the\\s+)?${esc}\\b`,
    'u',
  );
  return after.test(text) || before.test(text);
}

/** The claim's outlet for an unregistered outlet: no domain, no relays, marked `registered: false`. */
export function unregisteredClaimOutlet(f: UnregisteredOutlet, stated: boolean): ClaimOutlet {
  return { id: f.id, name: f.name, domain: '', stated, via: [], registered: false };
}
