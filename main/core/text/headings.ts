// Heading lines: headlines and sub-headings are claims of a different kind (a reviewer skims them, they rarely
// carry their own attribution). A line is a heading when it is short, has no sentence-final punctuation, and is
// in Title Case or ALL CAPS (or is very short), or is a Markdown "#" heading.

const SMALL = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'for',
  'of',
  'on',
  'in',
  'at',
  'to',
  'by',
  'as',
  'via',
  'vs',
  'with',
  'from',
  'into',
  'over',
  'after',
  'amid',
  'per',
  'than',
  'up',
  'off',
  'out',
  'is',
  'are',
  'be',
  'its',
  'de',
  'la',
  'le',
  'van',
  'von',
  'der',
  'del',
]);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'-]*/gu;
const UPPER_START = /^[\p{Lu}\p{N}]/u;

export function isHeading(line: string): boolean {
  if (line.length === 0 || line.length > 200) return false;
  if (/^#{1,6}\s+\S/.test(line)) return true;
  if (/[.,;:!]["')\]]?$/.test(line)) return false;
  if (!/^["'(]?[\p{Lu}\p{N}]/u.test(line)) return false;
  const words = line.match(WORD_RE) ?? [];
  if (words.length === 0 || words.length > 25) return false;
  const hasLower = /\p{Ll}/u.test(line);
  if (!hasLower && words.length >= 1 && /\p{Lu}{2}/u.test(line)) return true;
  let content = 0;
  let capped = 0;
  for (const w of words) {
    if (SMALL.has(w.toLowerCase())) continue;
    content++;
    if (UPPER_START.test(w)) capped++;
  }
  if (content === 0) return false;
  if (capped / content >= 0.8 && words.length >= 2) return true;
  // Very short lines with no final punctuation ("Background", "What we know") read as sub-headings.
  return words.length <= 4 && !line.endsWith('?');
}
