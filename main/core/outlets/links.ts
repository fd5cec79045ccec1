// Links from a claim to its outlet (ARCHITECTURE.md §4): the outlet's home page, a web search restricted to the
// outlet's domain with the claim's key terms, and an archived copy of a URL. Only http(s) URLs come out;
// anything else yields null, so the caller never opens another scheme.
import { httpUrl, isHostname } from '../urls';
import type { OutletEntry } from './types';

export { httpUrl, isHostname };

function firstDomain(entry: OutletEntry): string | null {
  const d = entry.domains[0]?.trim().toLowerCase();
  return d && isHostname(d) ? d : null;
}

/** The outlet's home page, or null when it has no usable domain (generic entries). */
export function homeUrl(entry: OutletEntry): string | null {
  const d = firstDomain(entry);
  return d ? httpUrl(`https://${d}/`) : null;
}

const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her him his how i if ' +
    'in into is it its just me more most my no not of on or our out over she should so some such than that the ' +
    'their them then there these they this those to too under up us was we were what when where which while who ' +
    'whom why will with would you your said says say told tells according also about after again against all am ' +
    'any because before below between both during each few further here once only other own same very s t don ' +
    'now new one two reported report reports claimed claims stated statement added announced news agency ' +
    'yesterday today tomorrow week month year last next mr mrs ms dr'
  ).split(' '),
);

/**
 * Up to max key terms of a claim, in the claim's order: numbers and capitalized words (names) first, then the
 * longest other words; stop words dropped, duplicates once.
 */
export function keyTerms(claimText: string, max = 8): string[] {
  const words = claimText.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu) ?? [];
  const seen = new Set<string>();
  const candidates: { word: string; pos: number; weight: number }[] = [];
  words.forEach((raw, pos) => {
    const word = raw.replace(/['’]s$/u, '').replace(/,$/, '');
    const key = word.toLowerCase();
    if (STOP_WORDS.has(key) || seen.has(key)) return;
    if (word.length < 2 && !/\d/.test(word)) return;
    seen.add(key);
    const isNumber = /\d/.test(word);
    const isName = word.charAt(0) !== word.charAt(0).toLowerCase();
    const weight = (isNumber ? 3000 : 0) + (isName ? 2000 : 0) + Math.min(word.length, 20) * 10 - pos / 1000;
    candidates.push({ word, pos, weight });
  });
  return candidates
    .sort((a, b) => b.weight - a.weight)
    .slice(0, max)
    .sort((a, b) => a.pos - b.pos)
    .map((c) => c.word);
}

/** A wire dateline opening a claim ("KYIV (Reuters) - "): a place and a credit, not what the claim says. */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M}.'’/ ,-]{1,40}\s*(?:\([^()\n]{1,60}\)\s*)?[-–—]{1,3}\s+/u;

/**
 * A DuckDuckGo search restricted to the outlet's first domain for the claim's key terms, or null. The outlet's
 * own name and a leading dateline are left out: on reuters.com, "Reuters" and "KYIV" narrow nothing.
 */
export function siteSearchUrl(entry: OutletEntry, claimText: string): string | null {
  const d = firstDomain(entry);
  if (!d) return null;
  const own = new Set(
    [entry.name, ...entry.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1),
  );
  const terms = keyTerms(claimText.replace(DATELINE, ''), 12)
    .filter((t) => !own.has(t.toLowerCase()))
    .slice(0, 8);
  const q = [`site:${d}`, ...terms].join(' ');
  return httpUrl(`https://duckduckgo.com/?q=${encodeURIComponent(q)}`);
}

/** The Wayback Machine's list of captures of an http(s) URL, or null for any other input. */
export function archiveUrl(url: string): string | null {
  const u = httpUrl(url);
  return u ? httpUrl(`https://web.archive.org/web/*/${u}`) : null;
}
