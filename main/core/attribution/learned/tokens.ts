// The learned taggers' view of one paragraph: word and punctuation tokens cut the way PolNeAR's reference scorer
// cuts them (a word with inner apostrophes is one token, every other non-space character is one), so a span
// the taggers produce is already snapped to the scorer's tokens. Each token knows its sentence and whether it
// sits inside a double-quoted stretch.
import { quoteDirection } from '../../text/normalize';

export interface LTok {
  s: number;
  e: number;
  /** Text from the normalised string (one spelling of quotes and dashes). */
  t: string;
  l: string;
  /** Sentence index within the paragraph. */
  sent: number;
  /** Inside a double-quoted stretch (quote characters: the side they open or close). */
  inQ: boolean;
  /** For a double quote: 1 opens, -1 closes, 0 otherwise. */
  q: 0 | 1 | -1;
}

const TOK = /[\p{L}\p{N}_]+(?:'[\p{L}\p{N}_]+)*|[^\p{L}\p{N}_\s]/gu;

/** Tokens of `n.slice(start, end)`; `sentences` are the paragraph's sentence ranges in order. */
export function paragraphTokens(
  n: string,
  original: string,
  start: number,
  end: number,
  sentences: readonly { start: number; end: number }[],
): LTok[] {
  const out: LTok[] = [];
  const src = n.slice(start, end);
  TOK.lastIndex = 0;
  let sent = 0;
  let open = false;
  for (let m = TOK.exec(src); m; m = TOK.exec(src)) {
    const s = m.index + start;
    const t = m[0];
    while (sent < sentences.length - 1 && s >= (sentences[sent] as { end: number }).end) sent++;
    let q: LTok['q'] = 0;
    if (t === '"') {
      const d = quoteDirection(original, s);
      q = d === 'open' ? 1 : d === 'close' ? -1 : open ? -1 : 1;
    } else if (t === "'" && (n[s + 1] === "'" || n[s - 1] === "'")) {
      // A doubled apostrophe ('') is a double quotation mark in some newsrooms' copy: both halves count.
      q = n[s - 1] === "'" ? (open ? -1 : 1) : open ? -1 : 1;
      if (n[s - 1] === "'") q = out[out.length - 1]?.q ?? q;
    }
    if (q === 1) open = true;
    out.push({ s, e: s + t.length, t, l: t.toLowerCase(), sent, inQ: q === 0 ? open : true, q });
    // The second half of a doubled mark closes only after the first half has.
    if (q === -1 && !(t === "'" && n[s + 1] === "'")) open = false;
  }
  return out;
}

/** A word's rough shape: "Xx", "x", "X", "d", "X.", "p" (punctuation), with the length class of lower words. */
export function shape(t: string): string {
  const c = t.charCodeAt(0);
  if (t.length === 1 && !/[\p{L}\p{N}]/u.test(t)) return t === '"' ? 'q' : 'p';
  if (c >= 48 && c <= 57) return 'd';
  if (/^\p{Lu}+$/u.test(t)) return t.length === 1 ? 'X1' : 'XX';
  if (/^\p{Lu}/u.test(t)) return 'Xx';
  return 'x';
}

/** A crude suffix-stripping lemma ("claimed", "claims", "claiming" -> "claim"), good enough as a feature. */
export function stem(l: string): string {
  if (l.length > 5 && l.endsWith('ing')) return l.slice(0, -3);
  if (l.length > 4 && l.endsWith('ied')) return l.slice(0, -3) + 'y';
  if (l.length > 4 && l.endsWith('ies')) return l.slice(0, -3) + 'y';
  if (l.length > 4 && l.endsWith('ed')) return l.slice(0, -2);
  if (l.length > 4 && l.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(l)) return l.slice(0, -2);
  if (l.length > 3 && l.endsWith('s') && !l.endsWith('ss')) return l.slice(0, -1);
  return l;
}
