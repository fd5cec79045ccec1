// Attributions in headlines ("Envoy Says Door Open to Talks", "Treasury Chief Defends Tariff Plan on Sunday Shows
// as Critics Warn of Price Spikes", "Trade Talks Stall Over Farm Rules, Officials Say"). Headline grammar differs
// from prose: Title Case hides names, articles are dropped and the verb is in the present tense, so only present
// forms of a short list of reporting verbs count, and the source is the whole noun phrase before the verb in its
// clause. PolNeAR annotates headline attributions like any other.
import type { Tok } from '../text/tokens';
import type { RawAttribution } from './find';
import { NP_CONTENT, PARTICLES, TIME_WORDS, VERBS } from './lexicon';

const HEADLINE_LEMMAS = new Set([
  'say',
  'tell',
  'warn',
  'urge',
  'call',
  'defend',
  'vow',
  'pledge',
  'claim',
  'deny',
  'insist',
  'predict',
  'slam',
  'blast',
  'condemn',
  'reject',
  'question',
  'signal',
  'argue',
  'promise',
  'threaten',
  'praise',
  'welcome',
  'criticize',
  'criticise',
  'dismiss',
  'admit',
  'concede',
  'confirm',
  'find',
  'fear',
  'expect',
  'believe',
  'accuse',
  'demand',
  'hail',
  'decry',
]);
// Headline verbs whose object noun phrase is the content ("Vows Court Fight", "Signals Patience on Rate Cuts").
const HEADLINE_NP = new Set(['vow', 'pledge', 'signal', 'promise', 'threaten', 'demand', 'predict', 'expect', 'fear']);
// Words that open a new clause in a headline ("... as Critics Warn", "... After UN Calls for ...").
const CLAUSE_OPENERS = new Set([
  'as',
  'after',
  'while',
  'amid',
  'when',
  'before',
  'despite',
  'but',
  'and',
  'since',
  'because',
  'until',
]);
const HEADLINE_PREPS = new Set(['on', 'in', 'at', 'to', 'for', 'over', 'with', 'from', 'by', 'into', 'against']);
const VENUE_WORDS = new Set([
  'show',
  'shows',
  'interview',
  'tv',
  'visit',
  'trip',
  'hearing',
  'speech',
  'rally',
  'debate',
  'podcast',
]);

function isBoundary(t: Tok): boolean {
  return t.t === ',' || t.t === ';' || t.t === ':' || t.t === '-' || (t.k === 'w' && CLAUSE_OPENERS.has(t.l));
}

function headlineCue(T: Tok[], i: number): string | null {
  const t = T[i];
  if (!t || t.k !== 'w' || t.inQ) return null;
  const v = VERBS.get(t.l);
  if (!v || (v.form !== 's' && v.form !== 'base') || !HEADLINE_LEMMAS.has(v.lemma)) return null;
  const next = T[i + 1];
  if (next && next.k === 'ps') return null;
  return v.lemma;
}

/** The subject of the headline's first clause: the words before its first present-tense verb ("Governor Vetoes"). */
function firstSubject(T: Tok[], end: number): [number, number] | null {
  for (let k = 1; k < end && k < 6; k++) {
    const t = T[k];
    if (!t || t.k !== 'w') return null;
    if (/^[a-z]{3,}(?:es|s)$/.test(t.l) && !/(?:ss|us|is)$/.test(t.l)) return [0, k];
  }
  return null;
}

/** Attributions of one headline, as token ranges over T (the headline's tokens). */
export function findHeadlineAttributions(T: Tok[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  const end = T.length;
  for (let i = 1; i < end && out.length < 4; i++) {
    const lemma = headlineCue(T, i);
    if (!lemma) continue;
    let cs = i;
    while (cs > 0 && !isBoundary(T[cs - 1] as Tok)) cs--;
    let source: [number, number] | null = cs < i ? [cs, i] : null;
    if (source && i - cs > 7) continue;
    // "Allies Press U.S. on Defense Spending Pledge": a source never holds a lower-case preposition in a headline.
    if (source && T.slice(source[0], source[1]).some((t) => t.k === 'w' && !t.cap && HEADLINE_PREPS.has(t.l))) continue;
    if (!source && cs > 0 && T[cs - 1]?.t === ',') source = firstSubject(T, cs - 1);
    if (!source) continue;
    let c = i + 1;
    let cueEnd = i + 1;
    // "Trade Talks Stall Over Farm Rules, Officials Say": the verb ends the headline, the content is before it.
    if (c >= end) {
      if (cs > 1 && T[cs - 1]?.t === ',') out.push({ cue: [i, i + 1], source, content: [[0, cs - 1]] });
      continue;
    }
    const particle = T[c];
    const hasParticle = particle !== undefined && PARTICLES.get(lemma)?.includes(particle.l) === true;
    if (hasParticle) {
      c++;
      cueEnd = c;
    } else if (lemma === 'call') continue;
    if (lemma === 'tell') {
      // "Putin Tells Kim Jong Un To Expand Relations": the addressee is in no span.
      let m = c;
      while (m < end && m < c + 7 && T[m]?.l !== 'to' && T[m]?.l !== 'that') m++;
      if (m >= end || m >= c + 7) continue;
      c = m;
    }
    if (c >= end) continue;
    const np = hasParticle || NP_CONTENT.has(lemma) || HEADLINE_NP.has(lemma);
    let e = c + 1;
    for (; e < end; e++) {
      const t = T[e] as Tok;
      if (t.t === ';' || t.t === ':' || (t.t === ',' && np)) break;
      if (t.k === 'w' && CLAUSE_OPENERS.has(t.l)) {
        if (np) break;
        // A clause with a cue of its own ends the content ("... After UN Calls for ...").
        let k = e + 1;
        while (k < end && !isBoundary(T[k] as Tok) && !headlineCue(T, k)) k++;
        if (k < end && headlineCue(T, k)) break;
      }
      if (np && t.k === 'w' && ['on', 'in', 'at', 'during', 'over'].includes(t.l)) {
        // "Defends Tariff Plan on Sunday Shows": a time or venue phrase is not part of the content.
        let k = e + 1;
        let venue = false;
        while (k < end && k < e + 4 && !isBoundary(T[k] as Tok)) {
          const u = T[k] as Tok;
          if (TIME_WORDS.has(u.l) || VENUE_WORDS.has(u.l)) venue = true;
          k++;
        }
        if (venue) break;
      }
    }
    out.push({ cue: [i, cueEnd], source, content: [[c, e]] });
  }
  return out;
}
