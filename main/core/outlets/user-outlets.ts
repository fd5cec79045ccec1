// Outlets a person adds or corrects. They live in the workspace (data.userOutlets), never in the shipped JSON, so
// they survive an app update; an entry with a shipped outlet's id is a correction of it and wins over it. Pure.
import { isHostname } from '../urls';
import { USER_OUTLET_KINDS } from './kinds';
import type { OutletEntry, OutletKind } from './types';

/** What the add / correct dialog sends. Without an id a new outlet is added; with one, that outlet is replaced. */
export interface UserOutletInput {
  id?: string;
  name: string;
  aliases?: string[];
  domains?: string[];
  /** ISO 3166-1 alpha-2 ("GB"), or "INT". */
  country: string;
  /** BCP 47 ("en", "pt-BR"). */
  language: string;
  kind: OutletKind;
  wikidata?: string;
  relays?: boolean;
}

export class UserOutletError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserOutletError';
  }
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const COUNTRY = /^(?:[A-Z]{2}|INT)$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const WIKIDATA = /^Q[1-9]\d{0,11}$/;
export const MAX_ALIASES = 30;
export const MAX_DOMAINS = 10;

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "https://www.Reuters.com/world" -> "reuters.com"; null when it is not a plain host name. */
export function domainOf(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      const u = new URL(s);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
      s = u.hostname;
    } catch {
      return null;
    }
  } else s = s.replace(/[/?#].*$/, '');
  s = s.replace(/^www\./, '').replace(/\.$/, '');
  return isHostname(s) ? s : null;
}

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Checks a person's outlet and turns it into a registry entry. taken(id): whether an id is in use (shipped or
 * user), so that a new outlet gets a fresh id ("user-kyiv-bugle", "user-kyiv-bugle-2").
 */
export function userOutletEntry(input: UserOutletInput, taken: (id: string) => boolean): OutletEntry {
  const name = clean(input.name ?? '');
  if (name.length < 2) throw new UserOutletError('An outlet needs a name of at least two characters.');
  if (name.length > 200) throw new UserOutletError('An outlet’s name is at most 200 characters.');
  const kind = input.kind;
  if (!USER_OUTLET_KINDS.includes(kind)) throw new UserOutletError('Choose what kind of outlet it is.');
  const country = clean(input.country ?? '').toUpperCase();
  if (!COUNTRY.test(country))
    throw new UserOutletError('The country is a two-letter code such as GB, US or UA (INT for international).');
  const language = clean(input.language ?? '');
  if (!LANGUAGE.test(language)) throw new UserOutletError('The language is a code such as en, fr or pt-BR.');

  const domains: string[] = [];
  for (const raw of input.domains ?? []) {
    if (!raw.trim()) continue;
    const d = domainOf(raw);
    if (!d) throw new UserOutletError(`“${raw.trim().slice(0, 80)}” is not a web domain (for example bbc.co.uk).`);
    if (!domains.includes(d)) domains.push(d);
  }
  if (domains.length > MAX_DOMAINS) throw new UserOutletError(`An outlet has at most ${MAX_DOMAINS} domains.`);

  const aliases: string[] = [];
  for (const raw of input.aliases ?? []) {
    const a = clean(raw);
    if (!a || a === name || aliases.includes(a)) continue;
    if (a.length > 200) throw new UserOutletError('An alias is at most 200 characters.');
    aliases.push(a);
  }
  if (aliases.length > MAX_ALIASES) throw new UserOutletError(`An outlet has at most ${MAX_ALIASES} aliases.`);

  let id = input.id?.trim();
  if (id !== undefined && id !== '') {
    if (!ID.test(id)) throw new UserOutletError('That outlet id is not valid.');
  } else {
    const base = `user-${slug(name) || 'outlet'}`;
    id = base;
    for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  }
  const entry: OutletEntry = { id, name, aliases, domains, country, language, kind, user: true };
  const wikidata = input.wikidata?.trim();
  if (wikidata) {
    if (!WIKIDATA.test(wikidata)) throw new UserOutletError('A Wikidata id looks like Q12345.');
    entry.wikidata = wikidata;
  }
  if (input.relays || kind === 'aggregator') entry.relays = true;
  return entry;
}

/** The user entries with one added or replaced (same id), in the order they were first added. */
export function withUserOutlet(list: readonly OutletEntry[], entry: OutletEntry): OutletEntry[] {
  const i = list.findIndex((e) => e.id === entry.id);
  return i < 0 ? [...list, entry] : list.map((e, j) => (j === i ? entry : e));
}

/** The forms under which an outlet may appear in a text (for finding the articles a new outlet concerns). */
export function mentionForms(e: OutletEntry): string[] {
  const out = new Set<string>();
  for (const n of [e.name, ...e.aliases]) {
    const bare = n.replace(/^the\s+/i, '').trim();
    if (bare.length >= 2) out.add(bare.toLowerCase());
  }
  return [...out];
}
