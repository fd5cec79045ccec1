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

const TOKEN_RE =
  /[\p{L}\p{M}\p{N}]+(?:(?:[-.&/]|'(?![sS](?![\p{L}\p{N}]))|,(?=\p{N}{3}(?!\p{N})))[\p{L}\p{M}\p{N}]+)*|'[sS](?![\p{L}\p{N}])|\S/gu;
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
    out.push({
      s,
      e: s + t.length,
      t,
      l: t.toLowerCase(),
      k,
      cap: k === 'w' && UPPER.test(t),
      inQ: inQuote ? inQuote(s) : false,
    });
  }
  pairSingleQuotes(norm, out);
  return out;
}

const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Single quotation marks ("'We are ready,' Kim said", British and headline style) share their character with the
 * apostrophe, so a "'" counts as a quote only when it opens before a word and a matching one closes after a
 * word in the same stretch; "the nations' leaders" and "'90s" stay punctuation. Paired marks become quote
 * tokens and the words between them are inside a quote.
 */
function pairSingleQuotes(norm: string, out: Tok[]): void {
  let open = -1;
  for (let i = 0; i < out.length; i++) {
    const tok = out[i] as Tok;
    if (tok.t !== "'" || tok.k !== 'p') continue;
    const before = norm[tok.s - 1] ?? ' ';
    const after = norm[tok.e] ?? ' ';
    const opens = !WORDISH.test(before) && !/[.,!?;:]/.test(before) && WORDISH.test(after);
    const closes = (WORDISH.test(before) || /[.,!?]/.test(before)) && !WORDISH.test(after);
    if (open < 0) {
      if (opens) open = i;
    } else if (closes) {
      (out[open] as Tok).k = 'q';
      tok.k = 'q';
      for (let j = open + 1; j < i; j++) (out[j] as Tok).inQ = true;
      open = -1;
    } else if (opens) open = i;
  }
}
