// An index of multi-word names keyed by their first word, built once: matching a phrase costs one map lookup
// per token instead of one regular expression per registry entry.
import { isAcronymWord, isCapitalized, tokenize, type Tokens } from './tokens';

/** How a name's word must be written in the text: any case, capitalized, or exactly (acronyms: "AP" is not "Ap"). */
export const CaseRule = { Any: 0, Capital: 1, Exact: 2 } as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

export interface Pattern<T> {
  keys: string[];
  words: string[];
  rules: CaseRule[];
  value: T;
}

function ruleFor(word: string): CaseRule {
  if (isAcronymWord(word)) return CaseRule.Exact;
  return isCapitalized(word) ? CaseRule.Capital : CaseRule.Any;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Pattern<T>[]>();

  /**
   * Adds a name. A leading "the" is dropped (the text's own "the" is optional), and names of fewer than two
   * letters ("The i") are skipped: they would match ordinary words. Returns false when skipped.
   */
  add(name: string, value: T): boolean {
    const t = tokenize(name);
    let from = 0;
    if (t.key[0] === 'the' && t.key.length > 1) from = 1;
    const words = t.text.slice(from);
    if (words.join('').length < 2) return false;
    const keys = t.key.slice(from);
    const first = keys[0];
    if (first === undefined) return false;
    const pattern: Pattern<T> = { keys, words, rules: words.map(ruleFor), value };
    const bucket = this.byFirst.get(first);
    if (bucket) bucket.push(pattern);
    else this.byFirst.set(first, [pattern]);
    return true;
  }

  /** True when some name starts with this word key. */
  hasFirst(key: string): boolean {
    return this.byFirst.has(key);
  }

  /** Orders each bucket longest first so the first match found at a position is the longest. */
  seal(): void {
    for (const bucket of this.byFirst.values()) bucket.sort((a, b) => b.keys.length - a.keys.length);
  }

  /**
   * The patterns of the longest length that match at token i (several when entries share a name), within
   * tokens [i, limit).
   */
  matchAt(tokens: Tokens, i: number, limit: number): Pattern<T>[] {
    const bucket = this.byFirst.get(tokens.key[i] ?? '');
    if (!bucket) return [];
    const found: Pattern<T>[] = [];
    let foundLength = 0;
    for (const p of bucket) {
      const n = p.keys.length;
      if (n < foundLength) break;
      if (i + n > limit) continue;
      if (matches(p, tokens, i)) {
        foundLength = n;
        found.push(p);
      }
    }
    return found;
  }
}

function matches<T>(p: Pattern<T>, tokens: Tokens, i: number): boolean {
  for (let k = 0; k < p.keys.length; k++) {
    const key = tokens.key[i + k];
    if (key !== p.keys[k]) return false;
    const rule = p.rules[k];
    if (rule === CaseRule.Any) continue;
    const word = tokens.text[i + k] ?? '';
    if (rule === CaseRule.Exact ? word !== p.words[k] : !isCapitalized(word)) return false;
  }
  return true;
}

/** Builds an index from name lists. */
export function buildIndex<T>(names: Iterable<[string, T]>): PhraseIndex<T> {
  const index = new PhraseIndex<T>();
  for (const [name, value] of names) index.add(name, value);
  index.seal();
  return index;
}
