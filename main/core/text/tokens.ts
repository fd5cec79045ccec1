// A small tokenizer over the normalised text: words (with inner hyphens, dots, apostrophes and digit groups),
// the possessive "'s" as its own token, and single punctuation characters. Linear: one global regex, no nesting
// that can backtrack.

export type TokKind = 'w' | 'p' | 'q' | 'ps';

export interface Tok {
  s: number;
  e: number;
  /** Token text from the normalised string. */
  t: string;
  l: string;
  k: TokKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Inside a double-quoted stretch (the quote characters themselves are not). */
  inQ: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:(?:[-.&/]|'(?![sS](?![\p{L}\p{N}]))|,(?=\p{N}{3}(?!\p{N})))[\p{L}\p{M}\p{N}]+)*|'[sS](?![\p{L}\p{N}])|\S/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(norm: string, start: number, end: number, inQuote?: (pos: number) => boolean): Tok[] {
  const out: Tok[] = [];
  // Matching on the slice keeps a token from running past `end` (a text without spaces is one long word).
  const src = norm.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (;;) {
    const m = TOKEN_RE.exec(src);
    if (!m) break;
    const s = m.index + start;
    const t = m[0];
    const c = t.charCodeAt(0);
    let k: TokKind = 'w';
    if (t.length === 1 && !/[\p{L}\p{N}]/u.test(t)) k = t === '"' ? 'q' : 'p';
    else if (c === 39 /* ' */ && t.length === 2) k = 'ps';
    out.push({ s, e: s + t.length, t, l: t.toLowerCase(), k, cap: k === 'w' && UPPER.test(t), inQ: inQuote ? inQuote(s) : false });
  }
  return out;
}
