// The learned attributions are the ones a reader (and PolNeAR) counts. The rules still add two kinds the tagger
// leaves out by design or by miss: an attribution nested inside a learned content ("Putin stated ... , according
// to KCNA": PolNeAR's univocal annotation keeps only the outer one, yet the inner one names the speaker), and
// one that shares no character with any learned attribution (the model missed it; measured on PolNeAR dev this
// costs no precision).
import type { CharAttribution, Pair } from './tagger';

const NEAR = 24;

function roles(a: CharAttribution): Pair[] {
  return [a.cue, ...a.source, ...a.content];
}

function firstCueAtOrAfter(xs: readonly CharAttribution[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as CharAttribution).cue[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `learned` sorted by cue start; the result is sorted by cue start too. */
export function combineWithRules(learned: CharAttribution[], rules: readonly CharAttribution[]): CharAttribution[] {
  const out = [...learned];
  for (const r of rules) {
    if (r.content.length === 0) continue;
    const k = firstCueAtOrAfter(learned, r.cue[0]);
    let inside = false;
    let touches = false;
    // Contents lie near their cues: the neighbours in cue order are the only candidates.
    for (let j = Math.max(0, k - NEAR); j < Math.min(learned.length, k + NEAR) && !inside; j++) {
      const l = learned[j] as CharAttribution;
      if (l.cue[0] === r.cue[0] && l.cue[1] === r.cue[1]) {
        touches = true;
        break;
      }
      if (l.content.some(([a, b]) => a <= r.cue[0] && r.cue[1] <= b)) inside = true;
      else if (roles(l).some(([a, b]) => roles(r).some(([c, d]) => a < d && c < b))) touches = true;
    }
    if (inside || !touches) out.push(r);
  }
  return out.sort((a, b) => a.cue[0] - b.cue[0]);
}
