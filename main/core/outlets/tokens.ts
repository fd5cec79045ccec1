// Word tokens with offsets, the unit the outlet index matches on. Punctuation is not a token, so "Reuters'",
// "KCNA's", "Al-Ahram" / "Al Ahram" and "People's Daily" / "People’s Daily" all reduce to the same token runs.

export interface Tokens {
  /** The token as written. */
  text: string[];
  /** Lower case, diacritics folded ("Clarín" -> "clarin"), for index keys. */
  key: string[];
  start: number[];
  end: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;

/** The index key of one word: lower case with diacritics folded. */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

export function tokenize(text: string, maxTokens = Infinity): Tokens {
  const out: Tokens = { text: [], key: [], start: [], end: [] };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && out.text.length < maxTokens; m = WORD.exec(text)) {
    const word = m[0];
    out.text.push(word);
    out.key.push(foldKey(word));
    out.start.push(m.index);
    out.end.push(m.index + word.length);
  }
  return out;
}

/** True when the word starts with a capital letter (digits count as neither). */
export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** True for all-capital words of two or more letters: acronyms ("AP", "KCNA") that must match exactly. */
export function isAcronymWord(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase() && !/\d/.test(word);
}

/** Only white space lies between the end of one token and the start of the next. */
export function spaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}
