// How close two wordings and two speakers are, for "claims already checked". Plain word sets: a claim repeated
// in another article keeps its words even when the sentence around it changes.

// Words that carry no claim of their own; kept out of wording similarity and the search index.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or our she so ' +
    'that the their them they this to was we were which who will with would you said says say told according'
  ).split(' '),
);

export function words(text: string): string[] {
  return (text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .match(/[\p{L}\p{N}]+(?:[.,'’][\p{N}]+)*/gu) ?? []) as string[];
}

export function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => !STOP_WORDS.has(w)));
}

/** Dice coefficient of two word sets, 0..1. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

const TITLES = new Set(
  (
    'mr mrs ms dr prof president prime minister secretary senator sen rep representative governor gov mayor ' +
    'general gen chancellor king queen the former deputy spokesman spokeswoman spokesperson chief foreign ' +
    'oil finance defence defense interior state minister'
  ).split(' '),
);

/** The name's own words (titles and roles dropped): "Iranian Oil Minister Javad Owji" -> iranian, javad, owji. */
export function nameWords(name: string): string[] {
  return words(name).filter((w) => !TITLES.has(w));
}

/** Same person or body: the same surname and every word of the shorter name in the longer one. */
export function sameSpeaker(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length || x[x.length - 1] !== y[y.length - 1]) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}
