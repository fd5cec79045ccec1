// Finds where an anchored stretch of text (quote + 32 characters of context each side) lies in a possibly edited
// version of the article. Pure. Tried in order: the same place, the exact quote (the occurrence whose context
// matches best, then the nearest), the quote with its whitespace changed, and finally the stretch between the
// old context's two sides when what lies between still reads like the quote.
import type { Anchor } from './anchor';

export type Confidence = 'exact' | 'moved' | 'whitespace' | 'context';

export interface Located {
  start: number;
  end: number;
  confidence: Confidence;
}

const MAX_OCCURRENCES = 2000;
/** Share of the quote's words that must survive for a context match to count as the same claim. */
export const FUZZY_THRESHOLD = 0.6;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, at: number, end: number, anchor: Anchor): number {
  const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
  const after = text.slice(end, end + anchor.suffix.length);
  return commonSuffix(before, anchor.prefix) + commonPrefix(after, anchor.suffix);
}

function best(
  text: string,
  starts: { start: number; end: number }[],
  anchor: Anchor,
): { start: number; end: number } | null {
  let chosen: { start: number; end: number } | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (const c of starts) {
    const score = contextScore(text, c.start, c.end, anchor);
    const distance = Math.abs(c.start - anchor.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      chosen = c;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return chosen;
}

function occurrences(text: string, quote: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!quote) return out;
  let i = text.indexOf(quote);
  while (i >= 0 && out.length < MAX_OCCURRENCES) {
    out.push({ start: i, end: i + quote.length });
    i = text.indexOf(quote, i + 1);
  }
  return out;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the quote's words (as a multiset) found in the candidate: 1 for the same words in any order. */
export function wordOverlap(quote: string, candidate: string): number {
  const want = words(quote);
  if (want.length === 0) return 0;
  const have = new Map<string, number>();
  for (const w of words(candidate)) have.set(w, (have.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      hit++;
      have.set(w, n - 1);
    }
  }
  const extra = [...have.values()].reduce((a, b) => a + b, 0);
  // Words added in the new version count against it too, half as much as words lost.
  return hit / (want.length + extra / 2);
}

export function locateAnchor(text: string, anchor: Anchor): Located | null {
  const { quote } = anchor;
  if (!quote) return null;
  if (
    text.slice(anchor.start, anchor.end) === quote &&
    contextScore(text, anchor.start, anchor.end, anchor) === anchor.prefix.length + anchor.suffix.length
  ) {
    return { start: anchor.start, end: anchor.end, confidence: 'exact' };
  }
  const exact = best(text, occurrences(text, quote), anchor);
  if (exact) return { ...exact, confidence: exact.start === anchor.start ? 'exact' : 'moved' };

  const parts = quote.split(/\s+/).filter(Boolean);
  if (parts.length > 0 && parts.length <= 400) {
    const re = new RegExp(parts.map(escapeRe).join('\\s+'), 'g');
    const found: { start: number; end: number }[] = [];
    for (let m = re.exec(text); m && found.length < MAX_OCCURRENCES; m = re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length });
    }
    const ws = best(text, found, anchor);
    if (ws) return { ...ws, confidence: 'whitespace' };
  }

  // The words changed: trust the context on both sides, when both sides are still there and close together.
  const minContext = 12;
  if (anchor.prefix.length < minContext && anchor.suffix.length < minContext) return null;
  const candidates: { start: number; end: number }[] = [];
  const prefixHits = anchor.prefix.length >= minContext ? occurrences(text, anchor.prefix).map((o) => o.end) : [];
  const suffixHits = anchor.suffix.length >= minContext ? occurrences(text, anchor.suffix).map((o) => o.start) : [];
  const maxLen = quote.length * 2 + 40;
  if (prefixHits.length && suffixHits.length) {
    for (const s of prefixHits)
      for (const e of suffixHits) if (e > s && e - s <= maxLen) candidates.push({ start: s, end: e });
  }
  let chosen: Located | null = null;
  let bestSim = FUZZY_THRESHOLD;
  for (const c of candidates) {
    const trimmed = trim(text, c.start, c.end);
    const sim = wordOverlap(quote, text.slice(trimmed.start, trimmed.end));
    if (sim >= bestSim) {
      bestSim = sim;
      chosen = { ...trimmed, confidence: 'context' };
    }
  }
  return chosen;
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
