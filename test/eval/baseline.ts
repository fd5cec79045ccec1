// The naive "said-verb" baseline, for scale only (issue 3 quotes its figures on the hidden corpus):
//   - sentences: each line is cut after . ! or ? (optionally followed by a closing quote) when whitespace and
//     an upper-case letter or opening quote follow;
//   - cue: every "say", "says", "said" or "saying" (any case);
//   - source: the words right before the cue inside the sentence, at most 4, stopping at any punctuation
//     (so `"...," said Smith` gets no source);
//   - content: the rest of the sentence after the cue, without the final period.
// Each sentence with a cue becomes one claim; the speaker is the source text; no outlet.
import type { Attribution, Claim, Extraction, Span } from '../../main/core/types';
import { span } from '../../main/core/types';

function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const base = m.index;
    const line = m[0];
    let start = 0;
    const cut = /[.!?]["”’]?(?=\s+["“A-Z])/g;
    for (let c = cut.exec(line); c; c = cut.exec(line)) {
      const end = c.index + c[0].length;
      out.push([base + start, base + end]);
      start = end;
      while (start < line.length && /\s/.test(line[start] ?? '')) start++;
    }
    if (start < line.length) out.push([base + start, base + line.length]);
  }
  return out;
}

const CUE = /\b(?:say|says|said|saying)\b/gi;
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)\s*$/u;

export function saidBaseline(text: string): Extraction {
  const claims: Claim[] = [];
  for (const [s, e] of sentences(text)) {
    const sentence = text.slice(s, e);
    const attributions: Attribution[] = [];
    CUE.lastIndex = 0;
    for (let m = CUE.exec(sentence); m; m = CUE.exec(sentence)) {
      const cs = s + m.index;
      const ce = cs + m[0].length;
      // Source: up to 4 words immediately before the cue, stopping at punctuation.
      let srcStart = cs;
      let words = 0;
      let before = text.slice(s, cs);
      while (words < 4) {
        const w = WORD_BEFORE.exec(before);
        if (!w) break;
        srcStart = s + w.index;
        before = before.slice(0, w.index);
        words++;
        if (!/^\s*$/.test(before.slice(-1)) && before.length > 0) break;
      }
      let srcEnd = cs;
      while (srcEnd > srcStart && /\s/.test(text[srcEnd - 1] ?? '')) srcEnd--;
      const source: Span[] = words > 0 && srcEnd > srcStart ? [span(text, srcStart, srcEnd)] : [];
      // Content: the rest of the sentence, without the final period.
      let cStart = ce;
      while (cStart < e && /\s/.test(text[cStart] ?? '')) cStart++;
      let cEnd = e;
      while (cEnd > cStart && /[\s.]/.test(text[cEnd - 1] ?? '')) cEnd--;
      const content: Span[] = cEnd > cStart ? [span(text, cStart, cEnd)] : [];
      attributions.push({ cue: [span(text, cs, ce)], source, content });
    }
    if (attributions.length === 0) continue;
    const first = attributions[0] as Attribution;
    const src = first.source[0];
    claims.push({
      id: `b${s}`,
      start: s,
      end: e,
      text: sentence,
      kind: 'attributed',
      speaker: src ? { name: src.text, start: src.start, end: src.end } : null,
      outlet: null,
      attributions,
      checkworthiness: 0,
    });
  }
  return { text, claims, skipped: [] };
}
