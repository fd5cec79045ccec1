// Sentence splitting over the normalised text of one paragraph. A hand-written scanner rather than
// Intl.Segmenter: it is linear on any input, and it knows the abbreviations that end in a period without ending
// the sentence ("Mr.", "Gen.", "U.S.", initials such as "J."). A sentence longer than MAX_SENTENCE is cut at a
// space so that no later step ever sees an unbounded sentence.
import { MONTH_ABBREVIATIONS } from './calendar-words';

export interface Range {
  start: number;
  end: number;
}

const MAX_SENTENCE = 4000;

// Words that end in a period but almost never end a sentence.
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'cpt',
  'sgt',
  'maj',
  'adm',
  'cmdr',
  'brig',
  'pres',
  'supt',
  'insp',
  'det',
  'rev',
  'fr',
  'hon',
  'amb',
  'atty',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'vs',
  'v',
  'cf',
  'approx',
  'dept',
  'est',
  'fig',
  'vol',
  'pp',
  'ca',
  'ave',
  'blvd',
  'rd',
  'jr',
  'sr',
  // plurals of titles: "Govs. Sam Whitley of Arizona and ...", "Sens. Park and Vance"
  'govs',
  'sens',
  'reps',
  'drs',
  'profs',
  'gens',
  'lts',
  'cols',
  'messrs',
]);
// Words that often end in a period and can end a sentence: break only when a sentence clearly starts next.
const SOFT = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'bros',
  'etc',
  'al',
  ...MONTH_ABBREVIATIONS,
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
]);
const STARTERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'for',
  'as',
  'if',
  'when',
  'while',
  'after',
  'before',
  'however',
  'meanwhile',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'according',
  'since',
  'although',
  'though',
  'some',
  'many',
  'most',
  'officials',
  'both',
  'one',
  'two',
  'last',
  'earlier',
  'later',
  'still',
  'also',
  'what',
  'why',
  'how',
  'who',
  'where',
  'no',
  'not',
  'yes',
  'then',
  'now',
  'today',
  'yesterday',
]);

const CLOSERS = '"\')]}';
const OPENERS = '"\'([{';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n';
}
function isUpperOrDigit(c: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(c);
}

function wordBefore(n: string, i: number, floor: number): string {
  let j = i;
  while (j > floor && /[\p{L}.]/u.test(n[j - 1] ?? '')) j--;
  return n.slice(j, i);
}

function wordAfter(n: string, k: number, end: number): string {
  let j = k;
  while (j < end && OPENERS.includes(n[j] ?? '')) j++;
  let e = j;
  while (e < end && e - j < 30 && /[\p{L}]/u.test(n[e] ?? '')) e++;
  return n.slice(j, e);
}

/** Sentence ranges (trimmed) inside [start, end) of the normalised text. */
export function splitSentences(n: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(n[a])) a++;
    while (b > a && isSpace(n[b - 1])) b--;
    if (b <= a) return;
    // Cut over-long sentences at a space so later steps stay bounded.
    while (b - a > MAX_SENTENCE) {
      let cut = a + MAX_SENTENCE;
      const floor = a + MAX_SENTENCE / 2;
      while (cut > floor && !isSpace(n[cut])) cut--;
      if (cut <= floor) cut = a + MAX_SENTENCE;
      // Never cut between the two halves of a surrogate pair.
      const code = n.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut++;
      let e2 = cut;
      while (e2 > a && isSpace(n[e2 - 1])) e2--;
      out.push({ start: a, end: e2 });
      a = cut;
      while (a < b && isSpace(n[a])) a++;
    }
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    const c = n[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < end && (n[j] === '.' || n[j] === '!' || n[j] === '?')) j++;
    while (j < end && CLOSERS.includes(n[j] ?? '')) j++;
    if (j < end && !isSpace(n[j])) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < end && isSpace(n[k])) k++;
    if (k >= end) break;
    const next = n[k] ?? '';
    let nextOk =
      isUpperOrDigit(next) ||
      (OPENERS.includes(next) && isUpperOrDigit(n[k + 1] ?? '')) ||
      next === '-' ||
      next === '*' ||
      next === '•';
    if (nextOk && c === '.' && j === i + 1) {
      const w = wordBefore(n, i, s);
      const lw = w.toLowerCase();
      const nw = wordAfter(n, k, end).toLowerCase();
      if (TITLES.has(lw)) nextOk = false;
      else if (/^\p{Lu}$/u.test(w))
        nextOk = false; // an initial: "J. Smith", "Kim Jong U."
      else if (w.includes('.'))
        nextOk = STARTERS.has(nw); // "U.S. officials" vs "in the U.S. The"
      else if (SOFT.has(lw))
        nextOk = STARTERS.has(nw) || (/\p{Lu}/u.test(next) && !/^\p{N}/u.test(next) && lw !== 'jan' && lw.length > 3);
    }
    if (!nextOk) {
      i = j - 1;
      continue;
    }
    push(s, j);
    s = k;
    i = k - 1;
  }
  push(s, end);
  return out;
}
