// Normalising for matching only: the result has exactly the same length as the input (every UTF-16 unit maps to
// one unit), so an offset found in the normalised text indexes the original text unchanged. Rules then match one
// spelling of spaces, quotes, dashes and line breaks instead of a dozen.

const MAP: Record<string, string> = {
  '\u00a0': ' ',
  '\u1680': ' ',
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u205f': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\v': ' ',
  '\f': '\n',
  '\u0085': '\n',
  '\u200b': ' ',
  '\u200c': ' ',
  '\u200d': ' ',
  '\u2060': ' ',
  '\ufeff': ' ',
  '\u00ad': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u0060': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '.',
  '\uff0c': ',',
  '\uff1a': ':',
  '\u3002': '.',
  '\uff01': '!',
  '\uff1f': '?',
};

const CHARS =
  /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\t\v\f\u0085\u2060\ufeff\u00ad\u2028\u2029\u2018-\u201f\u2032\u2033\u02bc\u0060\u00b4\u00ab\u00bb\u2010-\u2015\u2212\u2026\uff0c\uff1a\u3002\uff01\uff1f]|\r\n?/g;

/** Same length as `text`; CRLF becomes " \n", a lone CR a line break; NBSP and friends become spaces. */
export function normalizeForMatching(text: string): string {
  return text.replace(CHARS, (m) => (m.length === 2 ? ' \n' : m === '\r' ? '\n' : (MAP[m] ?? ' ')));
}

/** Which quotation marks open by their own shape (typographic quotes), used to pair straight and curly quotes. */
export function quoteDirection(original: string, i: number): 'open' | 'close' | 'either' {
  const c = original.charCodeAt(i);
  if (c === 0x201c || c === 0x201e || c === 0x00ab) return 'open';
  if (c === 0x201d || c === 0x00bb) return 'close';
  return 'either';
}
