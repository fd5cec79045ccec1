// Moving a claim's span by one sentence within its paragraph (pure, tested without a DOM).

/**
 * The claim's span moved to the next sentence boundary within its paragraph. The renderer finds boundaries with
 * a light rule (a sentence ends at . ! ? followed by a space); the main side re-checks overlaps.
 */
export function sentenceStep(
  text: string,
  claim: { start: number; end: number },
  edge: 'start' | 'end',
  direction: 'extend' | 'shrink',
): { start: number; end: number } | null {
  const paraStart = text.lastIndexOf('\n', claim.start - 1) + 1;
  let paraEnd = text.indexOf('\n', claim.end);
  if (paraEnd < 0) paraEnd = text.length;
  const ends: number[] = [];
  const re = /[.!?]["”’)]?(?=\s|$)/g;
  re.lastIndex = paraStart;
  for (let m = re.exec(text); m && m.index < paraEnd; m = re.exec(text)) ends.push(m.index + m[0].length);
  const starts = ends
    .map((e) => {
      let s = e;
      while (s < paraEnd && /\s/.test(text[s] ?? '')) s++;
      return s;
    })
    .filter((s) => s < paraEnd);
  starts.unshift(paraStart);
  if (edge === 'end') {
    if (direction === 'extend') {
      const e = ends.find((x) => x > claim.end);
      return e ? { start: claim.start, end: e } : null;
    }
    const e = ends.filter((x) => x < claim.end && x > claim.start).pop();
    return e ? { start: claim.start, end: e } : null;
  }
  if (direction === 'extend') {
    const s = starts.filter((x) => x < claim.start).pop();
    return s !== undefined ? { start: s, end: claim.end } : null;
  }
  const s = starts.find((x) => x > claim.start && x < claim.end);
  return s !== undefined ? { start: s, end: claim.end } : null;
}
