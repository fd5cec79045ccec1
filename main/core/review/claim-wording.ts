// The claim as checked: the words a ClaimReview publishes as claimReviewed. It starts as the content of the
// claim's innermost attribution ("Russian-Iranian commerce reached $40 billion"), without the verdict and without
// the reporting clause, and the reviewer may edit it. A content too short to stand alone is a parser fragment
// ("The criticism", "it"), not a claim anyone could check: then the whole sentence is the wording.
import type { Claim } from '../types';

export const MAX_WORDING = 280;
/** Fewer words than this cannot say what was claimed on their own. */
const MIN_STANDALONE_WORDS = 4;

export function defaultWording(claim: Claim): string {
  const content = innermostContent(claim);
  const sentence = tidy(claim.text);
  const text = content && standsAlone(content) ? content : sentence || content;
  return cut(text.charAt(0).toUpperCase() + text.slice(1));
}

/** A wording the reviewer typed, tidied and held to the published length. */
export function cleanWording(text: string): string {
  return cut(tidy(text));
}

function innermostContent(claim: Claim): string {
  const depth = (i: number): number => {
    let d = 0;
    for (let a = claim.attributions[i]; a?.within !== undefined && d < 10; a = claim.attributions[a.within]) d += 1;
    return d;
  };
  let best = -1;
  claim.attributions.forEach((a, i) => {
    if (a.content.length && (best < 0 || depth(i) > depth(best))) best = i;
  });
  if (best < 0) return '';
  // The complementiser belongs to the reporting clause, not to the claim: "said that X" reviews X.
  return tidy(claim.attributions[best]!.content.map((c) => c.text).join(' … ')).replace(/^that\s+/i, '');
}

function standsAlone(text: string): boolean {
  const words = text.replace(/^["“‘']+|["”’']+$/g, '').match(/[\p{L}\p{N}][\p{L}\p{N}'’.,$%-]*/gu) ?? [];
  return words.length >= MIN_STANDALONE_WORDS;
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=[\p{Ll}\p{N}"”’)])\.$/u, '');
}

function cut(text: string): string {
  if (text.length <= MAX_WORDING) return text;
  const head = text.slice(0, MAX_WORDING - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > 200 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, '')}…`;
}
