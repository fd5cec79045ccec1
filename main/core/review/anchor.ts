// A review is anchored to its claim by the quote and 32 characters of context on each side (ARCHITECTURE.md §3), so
// that it can re-attach when an edited version of the article is imported.
export interface Anchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export const ANCHOR_CONTEXT = 32;

export function anchorFor(text: string, start: number, end: number): Anchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
    start,
    end,
  };
}
