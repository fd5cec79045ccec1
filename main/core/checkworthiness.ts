// Check-worthiness: how much a fact-checker should care about a claim, in [0, 1]. A transparent sum of
// features, not a model, so a reviewer can see why a claim ranks high:
//   + numbers (0.2), percentages / money / quantities with units (0.15 each), years and dates (0.1),
//   + comparisons ("more than", "-er than", "increased", "doubled") (0.1), superlatives and records
//     ("largest", "most") (0.15), records ("record number", "first time since") (another 0.15), causal links
//     ("because", "as a result of", "led to") (0.1), named entities (0.05 each, at most 0.15), an attribution (0.05),
//   - opinion and hedging words ("I think", "perhaps", "beautiful") (-0.1), pleasantries and questions (-0.2),
//     very short claims (-0.1). Headings are capped at 0.3: they repeat what the body says.
// The base is 0.15, and the sum is clamped to [0, 1].
import type { ClaimKind } from './types';

const NUMBER = /\p{N}/u;
const PERCENT = /\d\s*(?:%|percent\b|per cent\b|percentage points?\b)/i;
const MONEY =
  /(?:[$€£¥₹₩]\s?\d|\d\s?(?:dollars?|euros?|pounds?|yuan|rubles?|roubles?|won|rupees?)\b|\b(?:USD|EUR|GBP)\s?\d)/i;
const QUANTITY =
  /\d(?:[\d,.]*)\s*(?:million|billion|trillion|thousand|hundred|km|kilometres?|kilometers?|miles?|tons?|tonnes?|barrels?|kg|people|troops|soldiers|deaths?|casualties|cases|votes|times|fold)\b|\b(?:dozens|hundreds|thousands|millions|billions|tenfold|twofold|doubled|tripled|halved)\b/i;
const DATE =
  /\b(?:1[89]\d\d|20\d\d)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const COMPARISON =
  /\b(?:more|less|fewer|higher|lower|greater|smaller|bigger|larger|cheaper|faster|slower)\s+than\b|\b\w+er\s+than\b|\b(?:increas|decreas|ris|fell|fall|drop|grew|grow|doubl|tripl|declin|surg|plung|expand|shrank|shrink)\w*\b/i;
const SUPERLATIVE =
  /\b(?:record|most|least|largest|biggest|smallest|highest|lowest|worst|best|first|last|only|unprecedented|never before|all-time|\w+est)\b/i;
const CAUSAL =
  /\b(?:because|due to|as a result|result(?:ed|s)? in|led to|leads to|caused?|causing|thanks to|owing to|since|therefore|consequently|in response to|blamed? for)\b/i;
const OPINION =
  /\b(?:i think|i believe|i feel|in my (?:view|opinion)|perhaps|maybe|beautiful|wonderful|terrible|amazing|awful|great|nice|hope|wish|should|ought)\b/i;
const PLEASANTRY = /^(?:thank you|thanks|hello|hi|good (?:morning|afternoon|evening)|congratulations|welcome|happy)\b/i;
const ENTITY = /(?<=[^.!?\s]\s)\p{Lu}[\p{L}'-]+/gu;
const RECORD = /\b(?:record|first time|unprecedented|all-time|never before|most ever|highest ever|lowest ever)\b/i;

export interface CheckworthinessInput {
  text: string;
  kind: ClaimKind;
  attributed: boolean;
}

export function checkworthiness({ text, kind, attributed }: CheckworthinessInput): number {
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  let score = 0.15;
  if (NUMBER.test(t)) score += 0.2;
  if (PERCENT.test(t)) score += 0.15;
  if (MONEY.test(t)) score += 0.15;
  if (QUANTITY.test(t)) score += 0.15;
  if (DATE.test(t)) score += 0.1;
  if (COMPARISON.test(t)) score += 0.1;
  if (SUPERLATIVE.test(t)) score += 0.15;
  if (RECORD.test(t)) score += 0.15;
  if (CAUSAL.test(t)) score += 0.1;
  let entities = 0;
  ENTITY.lastIndex = 0;
  while (ENTITY.exec(t) && entities < 3) entities++;
  score += 0.05 * entities;
  if (attributed) score += 0.05;
  if (OPINION.test(t)) score -= 0.1;
  if (PLEASANTRY.test(t) || /\?["')]?$/.test(t.trim())) score -= 0.2;
  if (t.split(/\s+/).length < 5) score -= 0.1;
  if (kind === 'heading') score = Math.min(score, 0.3);
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
