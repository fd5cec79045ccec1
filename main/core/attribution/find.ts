// Finds the attributions of one sentence in the PARC 3.0 / PolNeAR style (ARCHITECTURE.md §3): cue (one contiguous
// stretch with its whole verb group), source, content (one or more fragments). Works on the tokens of the
// normalised text; every step looks at a bounded window around a cue, so a sentence costs time linear in its
// length. Capitalisation and part of speech are never trusted alone: a cue word counts only when the words
// around it make it a verb ("Ukraine claims that" yes, "the claims that" no, "74 Reported Deaths" no).
import type { Tok } from '../text/tokens';
import {
  AUX,
  BE,
  CHAIN_TO,
  CLAUSE_ONLY,
  CLAUSE_WORDS,
  COMMON_VERBS,
  DETERMINERS,
  NEG,
  NOUN_CUES,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  TAKES_ADDRESSEE,
  TAKES_TO,
  TIME_WORDS,
  VERBS,
  isAdverb,
  ARTEFACTS,
  NP_CONTENT,
  TO_ONLY,
  TITLES,
  GROUP_WORDS,
  ORG_WORDS,
  VENUE_NOUNS,
  VENUE_PREPS,
  PARTICLES,
  NEEDS_PARTICLE,
} from './lexicon';

export type Range = [number, number];

/** An attribution in token indices (inclusive start, exclusive end). */
export interface RawAttribution {
  cue: Range;
  source: Range | null;
  content: Range[];
  /** The object of "told Reuters", "assured Kim": may name the outlet that carried the words. */
  addressee?: Range;
  /** The source was taken from the main clause ("..., saying ..."), not written next to the cue. */
  implicitSource?: boolean;
  /** "according to", "as per", "citing": the source follows the cue. */
  marker?: boolean;
  /** Nested in the attribution with the same content ("Reuters reported, citing officials"; "quoted Kim as saying"). */
  inner?: boolean;
}

const MAX_SOURCE = 16;
// Determiners that stand alone as subjects ("some warned that", "many believe").
const PRONOUN_DETERMINERS = new Set([
  'some',
  'many',
  'several',
  'few',
  'both',
  'all',
  'each',
  'most',
  'others',
  'neither',
  'either',
]);
const SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'while',
  'since',
  'because',
  'until',
  'once',
  'although',
  'though',
  'whereas',
  'as',
]);
const MAX_OBJECT = 8;
const THAT_WINDOW = 28;
// A real sentence has a handful of attributions; the cap keeps pathological input ("said said said ...") linear.
const MAX_PER_SENTENCE = 24;

const END: Tok = { s: 0, e: 0, t: '', l: '', k: 'p', cap: false, inQ: false };

class Sentence {
  readonly hardStops: number[] = [];
  /** First token after a leading label ("Driving the news:", "What they're saying:"), else 0. */
  lead = 0;
  constructor(
    readonly T: Tok[],
    readonly end: number,
  ) {}

  at(i: number): Tok {
    return i >= 0 && i < this.end ? (this.T[i] ?? END) : END;
  }
  isPunct(i: number, chars: string): boolean {
    const t = this.at(i);
    return (t.k === 'p' || t.k === 'q') && chars.includes(t.t);
  }
  isQuote(i: number): boolean {
    return this.at(i).k === 'q';
  }
  /** The first hard stop (a comma that starts a trailing attribution, a semicolon) after token i. */
  stopAfter(i: number): number {
    let best = this.end;
    for (const h of this.hardStops) if (h > i && h < best) best = h;
    return best;
  }
}

function isWord(t: Tok): boolean {
  return t.k === 'w';
}
function isNumber(t: Tok): boolean {
  return /^\p{N}/u.test(t.t);
}

/** A token that can end a subject noun phrase when read left to right (a verb or auxiliary). */
function isVerbish(t: Tok): boolean {
  if (t.k !== 'w' || t.cap) return false;
  if (AUX.has(t.l) || COMMON_VERBS.has(t.l)) return true;
  const v = VERBS.get(t.l);
  if (v && (v.form === 'ed' || v.form === 's')) return true;
  return (
    /^[a-z]{3,}ed$/.test(t.l) &&
    !/(?:need|seed|feed|speed|breed|creed|bleed|greed|reed|weed|bed|shed|red|hundred|med)$/.test(t.l)
  );
}

/** "expect the shutdown to last", "believe him to be": a subject and an infinitive make a clause. */
function infinitiveClause(S: Sentence, a: number, b: number): boolean {
  const first = S.at(a);
  if (
    first.k !== 'w' ||
    (!first.cap && (VERBS.has(first.l) || /^[a-z]{3,}ing$/.test(first.l) || PREPOSITIONS.has(first.l)))
  )
    return false;
  for (let i = a + 1; i < b && i < a + 8; i++) {
    const t = S.at(i);
    if (t.k !== 'w' && t.k !== 'ps') return false;
    if (t.l === 'to') {
      const v = S.at(i + 1);
      return v.k === 'w' && !v.cap && !DETERMINERS.has(v.l) && !isNumber(v) && !PREPOSITIONS.has(v.l);
    }
    if (PREPOSITIONS.has(t.l) || AUX.has(t.l)) return false;
  }
  return false;
}

function hasFiniteVerb(S: Sentence, a: number, b: number): boolean {
  for (let i = a; i < b && i < a + 24; i++) {
    const t = S.at(i);
    if (t.k !== 'w' || t.cap) continue;
    if (AUX.has(t.l) || (NEG.has(t.l) && t.l !== 'no') || COMMON_VERBS.has(t.l) || /n't$/.test(t.l)) return true;
    if (/^[a-z]{3,}(?:ed)$/.test(t.l) && i > a && !DETERMINERS.has(S.at(i - 1).l)) return true;
    const v = VERBS.get(t.l);
    if (v && (v.form === 'ed' || v.form === 's') && i > a && !isNumber(S.at(i - 1)) && !DETERMINERS.has(S.at(i - 1).l))
      return true;
    if (
      t.l.endsWith('s') &&
      i > a &&
      i < a + 4 &&
      !DETERMINERS.has(t.l) &&
      !PREPOSITIONS.has(t.l) &&
      /[a-z]{3,}s$/.test(t.l) &&
      S.at(i - 1).k === 'w' &&
      !DETERMINERS.has(S.at(i - 1).l) &&
      (S.at(i - 1).cap || SUBJECT_PRONOUNS.has(S.at(i - 1).l))
    )
      return true;
  }
  return false;
}

/** A past participle that modifies the noun before it ("a report released Tuesday by the GAO"). */
function reducedRelative(S: Sentence, k: number): boolean {
  const t = S.at(k);
  if (
    !/^[a-z]{3,}ed$/.test(t.l) &&
    ![
      'written',
      'drawn',
      'shown',
      'known',
      'given',
      'taken',
      'sent',
      'led',
      'held',
      'made',
      'put',
      'run',
      'done',
    ].includes(t.l)
  )
    return false;
  const prev = S.at(k - 1);
  if (
    prev.k !== 'w' ||
    AUX.has(prev.l) ||
    SUBJECT_PRONOUNS.has(prev.l) ||
    DETERMINERS.has(prev.l) ||
    (isAdverb(prev.l) && !prev.cap)
  )
    return false;
  const next = S.at(k + 1);
  return (
    next.l === 'by' ||
    isTimeWord(next) ||
    ((next.l === 'last' || next.l === 'this' || next.l === 'earlier') && isTimeWord(S.at(k + 2))) ||
    (['to', 'in', 'on', 'at', 'from', 'for', 'with', 'during', 'after'].includes(next.l) && !next.cap)
  );
}

/** Walks left from a verb group's first token to the start of its subject. Null when there is none. */
function sourceLeft(S: Sentence, g: number): Range | null {
  // "Irina Zorina, who said": the antecedent and the relative pronoun (PolNeAR).
  if ((S.at(g - 1).l === 'who' || S.at(g - 1).l === 'which') && !S.at(g - 1).cap && S.isPunct(g - 2, ',')) {
    const h = nameLeft(S, g - 2);
    return h ? [h, g] : null;
  }
  const base = sourceLeftBasic(S, g);
  if (base) return withList(S, base);
  if (S.isPunct(g - 1, ',')) return apposed(S, g - 1);
  return null;
}

/**
 * The start of a name or titled noun phrase that ends just before the comma at c ("Foreign Ministry spokeswoman
 * Irina Zorina").
 */
function nameLeft(S: Sentence, c: number): number | null {
  let k = c - 1;
  let start = -1;
  for (let n = 0; k >= 0 && n < 12; n++, k--) {
    const t = S.at(k);
    if (t.k === 'ps' || ((t.t === '.' || t.t === "'") && S.at(k - 1).e === t.s)) continue;
    if (t.k !== 'w') break;
    if (t.cap && !(k === 0 && (CLAUSE_WORDS.has(t.l) || PREPOSITIONS.has(t.l)))) {
      start = k;
      continue;
    }
    if (DETERMINERS.has(t.l)) {
      start = k;
      break;
    }
    if (
      !t.cap &&
      (TITLES.has(t.l) || GROUP_WORDS.has(t.l) || ORG_WORDS.has(t.l) || (t.l === 'of' && S.at(k - 1).cap))
    ) {
      start = k;
      continue;
    }
    break;
  }
  return start >= 0 && S.at(start).l !== 'of' ? start : null;
}

/** Sentence-initial connectives are not part of a source ("But he said", "Still, officials said"). */
function dropConnectives(S: Sentence, r: Range): Range | null {
  let a = r[0];
  while (
    a < r[1] &&
    S.at(a).k === 'w' &&
    (CLAUSE_WORDS.has(S.at(a).l) ||
      (isAdverb(S.at(a).l) && !S.at(a).cap) ||
      ['still', 'yet', 'so', 'now', 'instead', 'separately', 'meanwhile', 'however', 'also'].includes(S.at(a).l))
  )
    a++;
  return a < r[1] ? [a, r[1]] : null;
}

/**
 * A subject set off by commas: "Two U.S. officials, speaking on condition of anonymity, said", "Sen. Gloria Park,
 * D-Hawaii, who co-wrote the bill, said", "Her Republican opponent, state Attorney General Dale Brooks, has". The
 * appositions belong to the source (PolNeAR); a prepositional aside does not ("Brooks, for his part, said").
 * `comma` is the comma just before the verb group.
 */
function apposed(S: Sentence, comma: number): Range | null {
  let right = comma; // the source ends here (exclusive) when the asides are kept
  const cur = comma;
  for (let step = 0; step < 3; step++) {
    let c = cur - 1;
    while (c > 0 && c > cur - 25) {
      const u = S.at(c);
      if (u.t === ';' || u.t === ':' || u.t === '(' || u.t === ')') return null;
      if (u.k === 'q') {
        // 'speaking on CBS News' "Face the Nation" last month': a programme title inside the aside.
        let o = c - 1;
        while (o > c - 8 && o > 0 && !S.isQuote(o)) o--;
        if (S.isQuote(o) && quotedTitle(S, o) === c + 1) {
          c = o - 1;
          continue;
        }
        return null;
      }
      if (u.t === ',') break;
      c--;
    }
    if (c <= 0 || !S.isPunct(c, ',')) return null;
    const first = S.at(c + 1);
    if (c + 1 >= cur) return null;
    const aside =
      first.k === 'w' &&
      !first.cap &&
      (PREPOSITIONS.has(first.l) ||
        isAdverb(first.l) ||
        (CLAUSE_WORDS.has(first.l) && first.l !== 'who' && first.l !== 'whose' && first.l !== 'which'));
    if (aside && step === 0) right = c;
    else if (!aside && !['who', 'whose', 'which'].includes(first.l) && !/^[a-z]{3,}ing$/.test(first.l)) {
      let verbs = 0;
      for (let m = c + 1; m < cur; m++) {
        const u = S.at(m);
        const v = VERBS.get(u.l);
        if (
          u.k === 'w' &&
          !u.cap &&
          v &&
          (v.form === 'ed' || v.form === 's') &&
          !reducedRelative(S, m) &&
          !DETERMINERS.has(S.at(m - 1).l)
        )
          verbs++;
      }
      if (verbs > 0) return null;
    }
    const head = sourceLeftBasic(S, c);
    if (head && head[1] === c) {
      const h0 = S.at(head[0]);
      if (h0.k === 'w' && !h0.cap && PREPOSITIONS.has(h0.l)) return null;
      if (h0.cap && PREPOSITIONS.has(h0.l)) return null;
      if (
        S.isPunct(head[0] - 1, ',') &&
        head[0] - 1 > 0 &&
        step < 2 &&
        (h0.cap || isNumber(h0) || /^[A-Z]-[A-Z]/.test(h0.t))
      ) {
        // Another aside before this one ("Rep. Wade Kessler, R-Okla., chairman of ..., said").
        const more = apposed(S, head[0] - 1);
        if (more && more[1] === head[0] - 1) return [more[0], right];
        const prevHead = sourceLeftBasic(S, head[0] - 1);
        if (
          prevHead &&
          S.at(prevHead[0]).cap &&
          !PREPOSITIONS.has(S.at(prevHead[0]).l) &&
          (/^[A-Z]-[A-Z]/.test(h0.t) || isNumber(h0))
        )
          return [prevHead[0], right];
      }
      if (!(h0.cap || DETERMINERS.has(h0.l) || isNumber(h0) || TITLES.has(h0.l) || GROUP_WORDS.has(h0.l))) return null;
      return [head[0], right];
    }
    return null;
  }
  return null;
}

/** "Govs. Sam Whitley of Arizona, Gail Brennan of Texas and Colin Ward of New Mexico": a list of names. */
function withList(S: Sentence, r: Range): Range {
  let hasAnd = false;
  for (let k = r[0]; k < r[1]; k++)
    if ((S.at(k).l === 'and' || S.at(k).l === 'or') && S.at(k - 1).cap && S.at(k + 1).cap) hasAnd = true;
  if (!hasAnd || !S.at(r[0]).cap) return r;
  let a = r[0];
  for (let step = 0; step < 6 && S.isPunct(a - 1, ',') && a - 1 > 0; step++) {
    const prev = sourceLeftBasic(S, a - 1);
    if (!prev || prev[1] !== a - 1 || !S.at(prev[0]).cap || PREPOSITIONS.has(S.at(prev[0]).l) || prev[1] - prev[0] > 6)
      break;
    a = prev[0];
  }
  return [a, r[1]];
}

function sourceLeftBasic(S: Sentence, g: number): Range | null {
  // "told Fox News on Monday he hoped ...": a subject pronoun is the whole subject.
  const pr = S.at(g - 1);
  if (pr.k === 'w' && SUBJECT_PRONOUNS.has(pr.l) && pr.l !== 'who' && pr.l !== 'which') return [g - 1, g];
  let k = g - 1;
  let n = 0;
  while (k >= 0) {
    const t = S.at(k);
    if (t.k === 'ps') {
      k--;
      n++;
      continue;
    }
    if (t.k === 'q') break;
    if (t.k === 'p') {
      // "U.S." keeps its dots; an apostrophe after a plural ("the nations'") belongs to the phrase.
      const prev = S.at(k - 1);
      if ((t.t === '.' || t.t === "'") && prev.e === t.s && isWord(prev)) {
        k--;
        n++;
        continue;
      }
      // "Debra Holt (D-Minn.)": a party and state label rides along.
      if (t.t === ')' && n === 0) {
        let o = k - 1;
        while (o > 0 && o > k - 8 && S.at(o).t !== '(' && S.at(o).k !== 'q') o--;
        if (S.at(o).t === '(' && S.at(o - 1).cap) {
          k = o - 1;
          n += 2;
          continue;
        }
      }
      break;
    }
    if (!t.cap) {
      if (t.l === 'and' || t.l === 'or' || t.l === '&') {
        if (S.at(k - 1).cap && (S.at(k + 1).cap || (S.at(k + 1).l === 'the' && S.at(k + 2).cap))) {
          k--;
          n++;
          continue;
        }
        break;
      }
      if (CLAUSE_WORDS.has(t.l)) {
        const nx = S.at(k + 1);
        const subjectRelative =
          nx.k === 'w' &&
          !nx.cap &&
          (isVerbish(nx) || AUX.has(nx.l) || isAdverb(nx.l) || /^[a-z]{3,}(?:ed|s)$/.test(nx.l));
        if ((t.l === 'who' || t.l === 'which' || t.l === 'that') && n > 0 && isWord(S.at(k - 1)) && subjectRelative) {
          // "officials who spoke on condition of anonymity said": the relative clause rides along.
          const head = sourceLeftBasic(S, k);
          if (head) return [head[0], g];
        }
        break;
      }
      if (isVerbish(t) && !reducedRelative(S, k)) break;
    }
    k--;
    n++;
    if (n > MAX_SOURCE) return null;
  }
  let a = k + 1;
  // Leading adverbs and time phrases are not part of the source ("Later, officials said" is cut at the comma).
  while (a < g && !S.at(a).cap && isAdverb(S.at(a).l)) a++;
  if (a < g && PREPOSITIONS.has(S.at(a).l)) {
    let b = a + 1;
    if (DETERMINERS.has(S.at(b).l)) b++;
    if (TIME_WORDS.has(S.at(b).l) || isNumber(S.at(b))) a = b + 1;
  }
  // "Three Republican governors on Monday condemned": a trailing time phrase is not part of the source.
  let e = g;
  for (let m = a + 1; m < g - 1; m++) {
    const u = S.at(m);
    if (
      !u.cap &&
      (u.l === 'on' || u.l === 'in' || u.l === 'last' || u.l === 'this' || u.l === 'earlier') &&
      isTimeWord(S.at(m + 1)) &&
      !S.at(m - 1).k.startsWith('p') &&
      m + 2 >= g &&
      !reducedRelative(S, m - 1)
    ) {
      e = m;
      break;
    }
  }
  if (a >= e) return null;
  return dropConnectives(S, [a, e]);
}

/** Walks right over a noun phrase starting at i (a subject or an object). Returns its end (exclusive). */
function nounPhraseRight(S: Sentence, i: number, max: number): number {
  let k = i;
  const limit = Math.min(S.end, i + max);
  while (k < limit) {
    const t = S.at(k);
    if (t.k === 'ps') {
      k++;
      continue;
    }
    if (t.k !== 'w') {
      if ((t.t === '.' || t.t === "'") && t.s === S.at(k - 1).e && k > i) {
        k++;
        continue;
      }
      break;
    }
    if (!t.cap) {
      if (
        t.l === 'that' ||
        t.l === 'to' ||
        (CLAUSE_WORDS.has(t.l) && !((t.l === 'and' || t.l === 'or') && S.at(k - 1).cap && S.at(k + 1).cap))
      )
        break;
      if (k > i && SUBJECT_PRONOUNS.has(t.l) && t.l !== 'it' && t.l !== 'you') break; // "told Axios he would ...
      // "told reporters the president was ...": a new determiner after a plain noun opens the next phrase.
      if (
        k > i &&
        DETERMINERS.has(t.l) &&
        S.at(k - 1).k === 'w' &&
        !S.at(k - 1).cap &&
        !DETERMINERS.has(S.at(k - 1).l) &&
        S.at(k - 1).l !== 'of'
      )
        break;
      const afterDet = k > i && (DETERMINERS.has(S.at(k - 1).l) || S.at(k - 1).k === 'ps');
      if (AUX.has(t.l) || NEG.has(t.l) || isAdverb(t.l) || ((isVerbish(t) || VERBS.has(t.l)) && !afterDet)) break;
      if (PREPOSITIONS.has(t.l) && t.l !== 'of' && !(t.l === 'in' && S.at(k + 1).cap && k > i)) break;
    }
    k++;
  }
  return k;
}

/** Tokens of a verb group that precede the cue verb at i: auxiliaries, modals, negation, adverbs, "expected to". */
function verbGroupStart(S: Sentence, i: number): number {
  let g = i;
  let j = i - 1;
  while (j >= 0) {
    const t = S.at(j);
    if (t.k !== 'w' || t.cap) break;
    if (AUX.has(t.l) || NEG.has(t.l) || /n't$/.test(t.l)) {
      g = j--;
      continue;
    }
    // "have both said", "have all agreed": a floating quantifier inside the verb group.
    if ((t.l === 'both' || t.l === 'all' || t.l === 'each') && AUX.has(S.at(j - 1).l)) {
      g = j--;
      continue;
    }
    if (t.l === 'to' && CHAIN_TO.has(S.at(j - 1).l) && !S.at(j - 1).cap) {
      g = j - 1;
      j -= 2;
      continue;
    }
    // "went on to say": a particle verb that chains onto the cue.
    if (t.l === 'to' && S.at(j - 1).l === 'on' && ['went', 'goes', 'go', 'going', 'gone'].includes(S.at(j - 2).l)) {
      g = j - 2;
      j -= 3;
      continue;
    }
    if (t.l === 'as' && VERBS.get(S.at(i).l)?.form === 'ing') {
      g = j--;
      continue;
    }
    if (isAdverb(t.l) && !DETERMINERS.has(S.at(j - 1).l) && S.at(j - 1).k !== 'ps') {
      g = j--;
      continue;
    }
    break;
  }
  return g;
}

function isSubjectLike(t: Tok): boolean {
  if (t.k === 'ps') return false;
  if (t.k === 'q') return true;
  if (t.k !== 'w') return t.t === ')' || t.t === '.';
  if (t.cap) return true;
  if (SUBJECT_PRONOUNS.has(t.l)) return true;
  if (DETERMINERS.has(t.l) || PREPOSITIONS.has(t.l) || CLAUSE_WORDS.has(t.l) || isNumber(t)) return false;
  return true;
}

type CueKind = 'forward' | 'inverted' | 'participle';

/** Whether the reporting-verb token at i is used as a verb here, and how. */
function verbUse(S: Sentence, i: number): CueKind | null {
  const t = S.at(i);
  const v = VERBS.get(t.l);
  if (!v || t.k !== 'w' || t.inQ) return null;
  if (t.cap) return null; // mid-sentence capitals are names or headline words ("74 Reported Deaths")
  const prev = S.at(i - 1);
  if (
    prev.k === 'ps' ||
    (DETERMINERS.has(prev.l) && !PRONOUN_DETERMINERS.has(prev.l)) ||
    (isNumber(prev) && prev.k === 'w')
  )
    return null;
  // A verb that a later cue's group swallows ("is expected to announce"): only the last one is the cue.
  if (S.at(i + 1).l === 'to' && VERBS.get(S.at(i + 2).l)?.form === 'base') return null;
  let p = i - 1;
  while (p >= 0 && !S.at(p).cap && (isAdverb(S.at(p).l) || NEG.has(S.at(p).l) || /n't$/.test(S.at(p).l))) p--;
  const before = S.at(p);
  const afterComma = before.t === ',' || (before.k === 'q' && S.at(p - 1).t === ',');
  switch (v.form) {
    case 'ing':
      if (afterComma && before.k !== 'q') return 'participle';
      if (['after', 'before', 'while', 'when', 'by', 'without', 'in'].includes(before.l)) return 'participle';
      if (BE.has(before.l) || before.l === 'as') return 'forward';
      return null;
    case 'ed':
      if (PREPOSITIONS.has(prev.l) && prev.l !== 'to') return null;
      if (p < 0) return null;
      if (
        prev.t === ',' &&
        (isTimeWord(S.at(i + 1)) || S.at(i + 1).l === 'by' || S.at(i + 1).l === 'last' || S.at(i + 1).l === 'earlier')
      )
        return null;
      return 'forward';
    case 's':
      if (p < 0) return null;
      if (!isSubjectLike(before) && !afterComma) return null;
      if (AUX.has(before.l)) return null; // "There are fears that": a noun after an auxiliary
      if (AUX.has(S.at(i + 1).l) || VERBS.get(S.at(i + 1).l)?.form === 'base') return null;
      return 'forward';
    case 'base': {
      if (p < 0) return null;
      const b = before.l;
      // "did not dispute the figures", "will defend the plan": speech acts with a noun-phrase object need an auxiliary.
      if (NP_CONTENT.has(v.lemma) && !AUX.has(b) && b !== 'to') return null;
      // After a noun subject ("authorities in Seoul and Washington believe it is ready") the next word must open
      // a clause or a quote; "Russian state media" is a noun phrase, not "Russians state ...".
      const nx = S.at(i + 1);
      const opens =
        nx.l === 'that' ||
        nx.k === 'q' ||
        nx.t === ':' ||
        nx.t === ',' ||
        SUBJECT_PRONOUNS.has(nx.l) ||
        DETERMINERS.has(nx.l) ||
        nx.l === 'there';
      if (
        b === 'to' &&
        !CHAIN_TO.has(S.at(p - 1).l) &&
        !TAKES_TO.has(VERBS.get(S.at(p - 1).l)?.lemma ?? '') &&
        !(S.at(p - 1).l === 'on' && ['went', 'goes', 'go'].includes(S.at(p - 2).l))
      )
        return null;
      if (AUX.has(b) || b === 'to' || b === 'i' || b === 'we' || b === 'you' || b === 'they') return 'forward';
      // "Her opponent, state Attorney General Dale Brooks,": after a comma only a clause-opening word makes a verb.
      if (afterComma) return opens && !nx.cap ? 'forward' : null;
      // "Analysts believe Beijing will ...", "Aid agencies say at least 500 trucks ...": a plural subject.
      const plural = /[a-z]{2,}s$/.test(b) && before.k === 'w' && !NEG.has(b);
      // "Prices rose, federal data show.": an inverted cue at the end of its clause.
      let inverted = false;
      if (i + 1 >= S.end || S.isPunct(i + 1, ',;'))
        for (let k = p - 1; k >= 0 && k > p - 8; k--) if (S.isPunct(k, ',')) inverted = true;
      if (
        !opens &&
        !inverted &&
        !(nx.cap && plural) &&
        !(plural && hasFiniteVerb(S, i + 1, Math.min(S.end, i + 12)) && !S.at(i + 1).cap)
      )
        return null;
      if (before.k === 'w' && (isSubjectLike(before) || (before.cap && p === 0)) && !AUX.has(b)) return 'forward';
      return null;
    }
  }
}

/** A time word: a weekday, a month, "morning", "week" (not venue nouns such as "statement"). */
function isTimeWord(t: Tok): boolean {
  return TIME_WORDS.has(t.l) && !VENUE_NOUNS.has(t.l);
}

/**
 * A quoted programme title after a venue preposition ('on "State of the Union"', 'NBC\'s "Meet the Press"'):
 * a short quote whose words are all capitalised. Returns the index after the closing quote, or -1.
 */
function quotedTitle(S: Sentence, q: number): number {
  if (!S.isQuote(q) || !S.at(q + 1).inQ) return -1;
  for (let m = q + 1; m < S.end && m < q + 8; m++) {
    const u = S.at(m);
    if (u.k === 'q') return m > q + 1 ? m + 1 : -1;
    if (u.k === 'w' && !u.cap && !['of', 'the', 'and', 'a', 'in', 'on', 'for', 'to'].includes(u.l)) return -1;
    if (u.k === 'p' && u.t !== '.' && u.t !== "'" && u.t !== '!' && u.t !== '?' && u.t !== '-') return -1;
  }
  return -1;
}

/**
 * Time and venue phrases right after a cue verb: "Tuesday", "on Monday", "last week", "in a statement",
 * "on the Senate floor", "in a post on X", 'on "State of the Union."', "only". They belong to the cue
 * (PolNeAR: "said Thursday morning"; CONVENTIONS.md) when the content follows them. Returns the index after them.
 */
function cueTail(S: Sentence, c: number): number {
  let k = c;
  for (let round = 0; round < 6 && k < S.end; round++) {
    const t = S.at(k);
    if (t.k !== 'w' || t.inQ) break;
    // "ruling 6-3 that": a vote count.
    if (/^\d+-\d+$/.test(t.t) && S.at(k + 1).l === 'that') {
      k++;
      continue;
    }
    if (isTimeWord(t) || t.l === 'today' || t.l === 'yesterday' || t.l === 'tonight') {
      k++;
      while (k < S.end && (isTimeWord(S.at(k)) || isNumber(S.at(k))) && S.at(k).k === 'w') k++;
      continue;
    }
    if (
      !t.cap &&
      (t.l === 'last' || t.l === 'this' || t.l === 'next' || t.l === 'earlier' || t.l === 'later') &&
      (isTimeWord(S.at(k + 1)) || S.at(k + 1).l === 'this')
    ) {
      k += 2;
      while (k < S.end && isTimeWord(S.at(k))) k++;
      continue;
    }
    if (
      !t.cap &&
      (t.l === 'only' ||
        t.l === 'again' ||
        t.l === 'separately' ||
        t.l === 'publicly' ||
        t.l === 'privately' ||
        t.l === 'also' ||
        t.l === 'later' ||
        t.l === 'earlier' ||
        t.l === 'repeatedly' ||
        (isAdverb(t.l) && t.l.endsWith('ly')))
    ) {
      k++;
      continue;
    }
    if (!t.cap && VENUE_PREPS.has(t.l)) {
      const nx = S.at(k + 1);
      // "promised to sign it"
      if (t.l === 'to' && nx.k === 'w' && !nx.cap && !DETERMINERS.has(nx.l) && !isNumber(nx)) break;
      const e = venueObject(S, k + 1);
      if (e > k + 1) {
        k = e;
        continue;
      }
    }
    break;
  }
  return k;
}

/** The object of a venue preposition ("a statement", "the Senate floor", "a post on X"); its end, or i when none. */
function venueObject(S: Sentence, i: number): number {
  const title = quotedTitle(S, i);
  if (title > 0) return title;
  // "say at least 500 trucks ...", "said about half ...": a quantity, not a venue.
  if (
    ['least', 'most', 'about', 'around', 'nearly', 'roughly', 'some', 'half', 'more', 'less', 'fewer'].includes(
      S.at(i).l,
    )
  )
    return i;
  let m = i;
  let head = false;
  let n = 0;
  while (m < S.end && n < 9) {
    const u = S.at(m);
    if (u.inQ) break;
    if (u.k === 'ps') {
      m++;
      n++;
      continue;
    }
    if (u.k !== 'w') {
      if ((u.t === '.' || u.t === "'") && u.s === S.at(m - 1).e && isWord(S.at(m + 1)) && S.at(m + 1).s === u.e) {
        m++;
        continue;
      }
      // 'NBC's "Meet the Press"'
      const tt = S.isQuote(m) && S.at(m - 1).k === 'ps' ? quotedTitle(S, m) : -1;
      if (tt > 0) {
        m = tt;
        head = true;
      }
      break;
    }
    if (!u.cap) {
      if (u.l === 'that' || CLAUSE_WORDS.has(u.l) || AUX.has(u.l) || NEG.has(u.l) || SUBJECT_PRONOUNS.has(u.l)) break;
      const v = VERBS.get(u.l);
      const afterDet = DETERMINERS.has(S.at(m - 1).l) || S.at(m - 1).k === 'ps';
      if (v && !afterDet && v.form !== 'base') {
        // "in a statement posted on its website": a participle that modifies the venue noun rides along.
        if (head && v.form === 'ed' && VENUE_PREPS.has(S.at(m + 1).l)) {
          const e = venueObject(S, m + 2);
          if (e > m + 2) {
            m = e;
            break;
          }
        }
        break;
      }
      if (u.l === 'to' && VERBS.get(S.at(m + 1).l)?.form === 'base') break;
      if (PREPOSITIONS.has(u.l)) {
        // A nested venue: "a post on X", "a speech in Manchester", "a meeting with ... on Friday".
        if (!head || !VENUE_PREPS.has(u.l)) break;
        const e = venueObject(S, m + 1);
        if (e <= m + 1) break;
        m = e;
        break;
      }
      if (COMMON_VERBS.has(u.l) && !afterDet) break;
    }
    if (
      u.cap ||
      VENUE_NOUNS.has(u.l) ||
      isTimeWord(u) ||
      isNumber(u) ||
      (!u.cap && !DETERMINERS.has(u.l) && S.at(m + 1).k !== 'w')
    )
      head = true;
    if (!u.cap && !DETERMINERS.has(u.l)) head = true;
    m++;
    n++;
  }
  return head ? m : i;
}

interface Forward {
  start: number;
  end: number;
  addressee?: Range;
  viaThat: boolean;
  /** End of the cue: the verb plus the time and venue phrases between it and the content (not the addressee). */
  cueEnd: number;
}

/** The content after a cue verb ending at token i (exclusive start index c = i + 1). */
function contentRight(S: Sentence, i: number, lemma: string, npOk = false, particle = false): Forward | null {
  let c = i + 1;
  let cueEnd = i + 1;
  let addressee: Range | undefined;
  // The addressee: "told reporters that", "assured Kim Jong Un that", "told NBC's "Meet the Press" that".
  const a0 = S.at(c);
  if (particle) npOk = true;
  else if (
    TAKES_ADDRESSEE.has(lemma) &&
    a0.k === 'w' &&
    a0.l !== 'that' &&
    !PREPOSITIONS.has(a0.l) &&
    !(isAdverb(a0.l) && !a0.cap) &&
    !isTimeWord(a0)
  ) {
    let e = nounPhraseRight(S, c, MAX_OBJECT);
    if (e > c && S.at(e - 1).k === 'ps') {
      const tt = quotedTitle(S, e);
      if (tt > 0) e = tt;
    }
    if (e > c) {
      addressee = [c, e];
      c = e;
      // "asked the court to overturn ...", "urged Congress to act": the object is part of what was asked.
      if (
        S.at(e).l === 'to' &&
        lemma !== 'tell' &&
        lemma !== 'write' &&
        S.at(e + 1).k === 'w' &&
        !S.at(e + 1).cap &&
        !DETERMINERS.has(S.at(e + 1).l)
      ) {
        const stop = S.stopAfter(a0 === S.at(i + 1) ? i : i);
        const end = clauseEnd(S, i + 1, stop, false);
        return { start: i + 1, end, viaThat: false, cueEnd: i + 1 };
      }
    }
  }
  // "He warned, however, that ...": a parenthetical adverb between commas is in no span.
  let paren = false;
  if (
    S.isPunct(c, ',') &&
    S.at(c + 1).k === 'w' &&
    (isAdverb(S.at(c + 1).l) || CLAUSE_WORDS.has(S.at(c + 1).l)) &&
    S.isPunct(c + 2, ',')
  ) {
    c += 3;
    paren = true;
    if (S.at(c).l !== 'that') return null;
  }
  const c0 = c;
  c = cueTail(S, c);
  if (!addressee && !paren) cueEnd = c;
  // The phrases did not end where a content starts: look for "that" further on instead.
  if (c > c0 && S.at(c).l !== 'that' && !S.isQuote(c) && !S.isPunct(c, ':') && !S.isPunct(c, ',') && c < S.end) {
    for (let m = c; m < S.end && m < c0 + THAT_WINDOW; m++) {
      const u = S.at(m);
      if (u.k === 'q' || (u.k === 'p' && u.t !== '-' && u.t !== '.' && u.t !== "'")) break;
      if (u.l === 'that' && !u.cap) {
        c = c0;
        break;
      }
      if ((VERBS.has(u.l) || AUX.has(u.l)) && !u.cap && !DETERMINERS.has(S.at(m - 1).l)) break;
    }
    if (c === c0) cueEnd = i + 1;
  }
  if (S.isPunct(c, ':')) c++;
  else if (S.isPunct(c, ',') && S.isQuote(c + 1)) c++;
  else if (S.isPunct(c, ',') && !addressee) {
    // "reported Thursday, citing two officials, that ...": an aside between commas before the "that"-clause.
    let m = c + 1;
    while (m < S.end && m < c + 14 && !S.isPunct(m, ',;') && !S.isQuote(m)) m++;
    if (S.isPunct(m, ',') && S.at(m + 1).l === 'that' && m > c + 1) c = m + 1;
  }
  let viaThat = false;
  if (S.at(c).l === 'that' && !S.at(c).cap) {
    viaThat = true;
  } else if (!S.isQuote(c)) {
    // "stated in a letter to Kim Jong Un on Korea's liberation day that ...": prepositional phrases before "that".
    const first = S.at(c);
    if (first.k === 'w' && (PREPOSITIONS.has(first.l) || TIME_WORDS.has(first.l))) {
      for (let m = c; m < S.end && m < c + THAT_WINDOW; m++) {
        const u = S.at(m);
        if (u.k === 'q' || (u.k === 'p' && u.t !== '-' && u.t !== '.' && u.t !== "'")) break;
        if (u.l === 'that' && !u.cap) {
          if (!addressee) cueEnd = m;
          c = m;
          viaThat = true;
          break;
        }
        // "warned agencies in a memo last week to prepare": an infinitive content after the phrases.
        if (
          u.l === 'to' &&
          m > c &&
          TAKES_TO.has(lemma) &&
          VERBS.get(S.at(m + 1).l)?.form !== 'ing' &&
          S.at(m + 1).k === 'w' &&
          !S.at(m + 1).cap &&
          !DETERMINERS.has(S.at(m + 1).l)
        ) {
          if (addressee) {
            c = m;
            break;
          }
        }
        if (
          u.l === 'to' &&
          m >= c &&
          S.at(m + 1).k === 'w' &&
          !S.at(m + 1).cap &&
          !DETERMINERS.has(S.at(m + 1).l) &&
          !isNumber(S.at(m + 1))
        )
          break;
        if (VERBS.has(u.l) && !u.cap && m > c) break;
        if (AUX.has(u.l)) break;
      }
    }
  }
  const stop = S.stopAfter(c - 1);
  if (c >= stop) return null;
  if (S.isPunct(c, ',;)')) return null; // "a statement posted on Telegram, Hamas said": no content here
  const first = S.at(c);
  if (!viaThat && first.k === 'w' && PREPOSITIONS.has(first.l) && !first.cap) {
    const quantity =
      ['least', 'most', 'about', 'around', 'nearly', 'roughly', 'half'].includes(S.at(c + 1).l) ||
      isNumber(S.at(c + 1));
    if (!(first.l === 'to' && TAKES_TO.has(lemma)) && !(quantity && first.l !== 'to')) return null;
  }
  if (TO_ONLY.has(lemma) && first.l !== 'to') return null;
  if (!viaThat && first.k === 'w' && !first.cap && (first.l === 'but' || first.l === 'and' || first.l === 'or'))
    return null;
  if (
    !viaThat &&
    !S.isQuote(c) &&
    !S.isPunct(c - 1, ':') &&
    CLAUSE_ONLY.has(lemma) &&
    !npOk &&
    !hasFiniteVerb(S, c, stop) &&
    !infinitiveClause(S, c, stop)
  )
    return null;
  let end = stop;
  if (S.isQuote(c)) {
    for (let m = c + 1; m < stop; m++)
      if (S.isQuote(m)) {
        end = m + 1;
        break;
      }
  } else end = clauseEnd(S, c, stop, (NP_CONTENT.has(lemma) || npOk) && !viaThat);
  if (first.l === 'to' && !viaThat) {
    // "vowed to take measures after the United States doubled tariffs": the intention ends before the clause.
    for (let m = c + 2; m < end; m++) {
      const u = S.at(m);
      if (
        !u.inQ &&
        u.k === 'w' &&
        !u.cap &&
        ['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'unless'].includes(u.l) &&
        hasFiniteVerb(S, m + 1, Math.min(end, m + 8))
      ) {
        end = m;
        break;
      }
    }
  }
  return addressee ? { start: c, end, addressee, viaThat, cueEnd } : { start: c, end, viaThat, cueEnd };
}

/**
 * Where a forward content ends before `stop`: before a coordinated clause with a subject of its own (", and her
 * office did not respond"), a concessive or circumstantial clause (", though ...", ", even after ...", ", as
 * Republicans pressed ..."), or a participle clause (", setting up ..."). Noun-phrase contents ("condemned the
 * plan") end at the first comma or before a coordinated verb ("welcomed the decision but said ...").
 */
function clauseEnd(S: Sentence, c: number, stop: number, np: boolean): number {
  for (let k = c + 1; k < stop; k++) {
    const t = S.at(k);
    if (t.inQ) continue;
    let n = -1;
    let cut = k;
    if (t.t === ',' && t.k === 'p') n = k + 1;
    else if (t.k === 'q' && S.at(k - 1).t === ',' && S.at(k - 1).inQ) {
      n = k + 1;
      cut = k + 1;
    }
    if (np && n < 0 && t.k === 'w' && !t.cap && (t.l === 'and' || t.l === 'but') && k > c + 1) {
      const v = S.at(k + 1);
      if (
        v.k === 'w' &&
        !v.cap &&
        (isVerbish(v) || VERBS.has(v.l) || AUX.has(v.l) || isAdverb(v.l) || /^[a-z]{3,}ing$/.test(v.l))
      )
        return k;
    }
    if (n < 0) continue;
    const w = S.at(n);
    if (w.k === 'q' || w.inQ) continue;
    if (
      np &&
      w.k === 'w' &&
      !w.cap &&
      (PREPOSITIONS.has(w.l) || (DETERMINERS.has(w.l) && !/^[a-z]+-/.test(S.at(n + 1).l)))
    )
      return cut;
    if (w.k !== 'w' || (w.cap && !SUBJECT_PRONOUNS.has(w.l))) continue;
    if ((w.l === 'and' || w.l === 'but' || w.l === 'or' || w.l === 'yet') && S.at(n + 1).l !== 'that') {
      if (w.l === 'but' || hasFiniteVerb(S, n + 1, Math.min(stop, n + 7))) return cut;
      continue;
    }
    if (
      w.l === 'though' ||
      w.l === 'although' ||
      w.l === 'even' ||
      w.l === 'whereas' ||
      w.l === 'despite' ||
      w.l === 'amid' ||
      w.l === 'within'
    )
      return cut;
    // ", a move that drew protests", ", a bet that has not been tested": the writer's comment on the clause.
    if ((w.l === 'a' || w.l === 'an') && !S.at(n + 1).cap) {
      for (let m = n + 1; m < n + 5 && m < stop; m++) {
        const u = S.at(m);
        if (u.k !== 'w') break;
        // ", a charge Tehran denies": an object relative without "that".
        if (u.cap) {
          const v = S.at(m + 1);
          if (m > n + 1 && v.k === 'w' && !v.cap && (VERBS.has(v.l) || isVerbish(v))) return cut;
          break;
        }
        if ((u.l === 'that' || u.l === 'which') && m > n + 1) return cut;
      }
    }
    // ", as Republicans pressed for ..." (circumstance) ends it; ", as it did after ..." (comparison) does not.
    if (w.l === 'as' && !AUX.has(S.at(n + 2).l) && !AUX.has(S.at(n + 3).l)) return cut;
    if (
      VERBS.get(w.l)?.form === 'ing' ||
      (/^[a-z]{3,}ing$/.test(w.l) &&
        ![
          'during',
          'including',
          'according',
          'following',
          'regarding',
          'concerning',
          'nothing',
          'something',
          'anything',
          'everything',
        ].includes(w.l))
    )
      return cut;
  }
  return stop;
}

/** 'called the sale "a reckless provocation"': the end of the object and its predicate, or -1 when "call" is no cue. */
function callContent(S: Sentence, i: number): number {
  const e = nounPhraseRight(S, i + 1, MAX_OBJECT);
  if (e <= i + 1 || !(S.isQuote(e) || S.at(e).l === 'a' || S.at(e).l === 'an')) return -1;
  const stop = S.stopAfter(e);
  if (S.isQuote(e)) {
    for (let m = e + 1; m < stop; m++) if (S.isQuote(m)) return m + 1;
    return stop;
  }
  return clauseEnd(S, e, stop, true);
}

/** The subject of the clause a participle (", saying ...") hangs on. */
function mainSubject(S: Sentence, comma: number, found: RawAttribution[]): Range | null {
  // "..., a remark that Mr. Caldwell's aides circulated, saying ...": the nearest clause before the comma that is
  // no part of another attribution's content gives the subject.
  const inContent = (k: number) => found.some((a) => !a.marker && a.content.some(([x, y]) => x <= k && k < y));
  for (let k = comma - 1; k >= 0 && k > comma - 30; k--) {
    const t = S.at(k);
    if (t.t === ';') break;
    if (t.k !== 'w' || t.cap || t.inQ || inContent(k)) continue;
    const cue = found.find((a) => a.cue[0] <= k && k < a.cue[1] && !a.marker);
    if (cue) {
      if (cue.source && !cue.implicitSource) return cue.source;
      continue;
    }
    if (!isVerbish(t) || AUX.has(t.l) || DETERMINERS.has(S.at(k - 1).l) || S.at(k - 1).k === 'ps') continue;
    if (hasBe(S, verbGroupStart(S, k), k) || reducedRelative(S, k)) continue; // "the race being called"
    const src = sourceLeft(S, verbGroupStart(S, k));
    if ((src && !SUBJECT_PRONOUNS.has(S.at(src[0]).l)) || (src && src[1] - src[0] === 1)) return src;
    break;
  }
  for (let f = found.length - 1; f >= 0; f--) {
    const a = found[f];
    if (a && a.source && a.cue[0] < comma && !a.implicitSource && !a.marker) return a.source;
  }
  // The clause start: after a leading "According to X," or after ", and" / ";" before the comma.
  let start = 0;
  for (let k = comma - 1; k >= 0; k--) {
    const t = S.at(k);
    if (t.t === ';') {
      start = k + 1;
      break;
    }
    if ((t.l === 'and' || t.l === 'but') && S.isPunct(k - 1, ',')) {
      start = k + 1;
      break;
    }
  }
  if (start === 0 && S.at(0).l === 'according') {
    let k = 0;
    while (k < comma && !S.isPunct(k, ',')) k++;
    start = k + 1;
  }
  while (start < comma && S.at(start).k === 'w' && !S.at(start).cap && isAdverb(S.at(start).l)) start++;
  const first = S.at(start);
  if (first.l === 'there' || first.l === 'it') return null;
  const e = nounPhraseRight(S, start, 12);
  if (e <= start) return null;
  return [start, e];
}

function trimTrailingTime(S: Sentence, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const t = S.at(k);
    if (t.cap) continue;
    if (
      t.l === 'on' ||
      t.l === 'in' ||
      t.l === 'at' ||
      t.l === 'during' ||
      t.l === 'last' ||
      t.l === 'this' ||
      t.l === 'earlier' ||
      t.l === 'late' ||
      t.l === 'from' ||
      (t.l === 'via' && false)
    ) {
      let m = k + 1;
      if (t.l === 'last' || t.l === 'this' || t.l === 'earlier' || t.l === 'late') m = k;
      if (DETERMINERS.has(S.at(m).l) && m > k) m++;
      const u = S.at(m === k ? k + 1 : m);
      if (TIME_WORDS.has(u.l) || isNumber(u) || t.l === 'earlier') return k;
    }
  }
  return b;
}

/** End of a source phrase that follows a marker ("according to", "citing"). */
function sourceRight(S: Sentence, a: number): number {
  let k = a;
  while (k < S.end && k < a + 14) {
    const t = S.at(k);
    if (t.k === 'q' || (t.k === 'p' && !((t.t === '.' || t.t === "'" || t.t === '&') && S.at(k - 1).e === t.s))) break;
    if (
      !t.cap &&
      k > a &&
      (t.l === 'that' ||
        t.l === 'which' ||
        t.l === 'who' ||
        t.l === 'when' ||
        t.l === 'while' ||
        t.l === 'because' ||
        t.l === 'as' ||
        t.l === 'but' ||
        t.l === 'if' ||
        t.l === 'though' ||
        t.l === 'although' ||
        t.l === 'after' ||
        t.l === 'before' ||
        t.l === 'since')
    )
      break;
    if (!t.cap && k > a && AUX.has(t.l)) break;
    k++;
  }
  return trimTrailingTime(S, a, k);
}

/**
 * A sentence-initial label ended by a colon ("Driving the news:", "What they're saying:", "The big picture:"),
 * as some outlets put before a paragraph: at most five words, none a finite reporting verb ("Kim said:" is a cue).
 */
function leadingLabel(S: Sentence): number {
  for (let k = 1; k <= 6 && k < S.end; k++) {
    const t = S.at(k);
    if (t.k === 'p' && t.t === ':') {
      const next = S.at(k + 1);
      if (!(next.cap || next.k === 'q') || !S.at(0).cap) return 0;
      for (let m = 0; m < k; m++) {
        const u = S.at(m);
        const v = VERBS.get(u.l);
        if (u.k === 'q' || (v && v.form !== 'ing' && v.form !== 'base')) return 0;
      }
      return k + 1;
    }
    if (t.k !== 'w' && t.k !== 'ps') return 0;
  }
  return 0;
}

function onlyLeadIn(S: Sentence, i: number): boolean {
  for (let k = S.lead; k < i; k++) {
    const t = S.at(k);
    if (t.k === 'w' && (CLAUSE_WORDS.has(t.l) || isAdverb(t.l) || t.l === 'but' || t.l === 'and')) continue;
    if (t.t === ',') continue;
    return false;
  }
  return true;
}

/** All attributions of one sentence, as token ranges. `end` is the token count before the final period. */
export function findAttributions(T: Tok[], end: number): RawAttribution[] {
  const S = new Sentence(T, end);
  S.lead = leadingLabel(S);
  const out: RawAttribution[] = [];
  for (let i = 0; i < end && S.hardStops.length < MAX_PER_SENTENCE; i++) if (S.at(i).t === ';') S.hardStops.push(i);

  // 1. Markers with the source after them: "according to X", "as per X", "citing X".
  const markers: { cue: Range; src: Range; i: number }[] = [];
  for (let i = 0; i < end; i++) {
    const t = S.at(i);
    if (t.k !== 'w' || t.inQ) continue;
    let cue: Range | null = null;
    if (t.l === 'according' && S.at(i + 1).l === 'to') cue = [i, i + 2];
    else if (t.l === 'as' && S.at(i + 1).l === 'per') cue = [i, i + 2];
    else if (t.l === 'per' && (i === 0 || S.isPunct(i - 1, ',')) && S.at(i - 1).l !== 'as') cue = [i, i + 1];
    else if ((t.l === 'citing' || t.l === 'quoting') && !t.cap && (S.isPunct(i - 1, ',') || i === 0)) cue = [i, i + 1];
    if (!cue) continue;
    const a = cue[1];
    let b = sourceRight(S, a);
    if (b <= a) continue;
    if (!onlyLeadIn(S, i)) {
      // At the end of its clause the marker's source runs on to the clause end: relative clauses and participles
      // that identify it ("two aides who spoke on condition of anonymity", "a memo circulated on Monday", "two
      // people familiar with the talks, who requested anonymity").
      let m = b;
      while (m < end && !S.isQuote(m) && S.at(m).t !== ';' && m < b + 30) {
        if (S.at(m).t === ',' && !['who', 'which', 'whose'].includes(S.at(m + 1).l)) break;
        m++;
      }
      if (m >= end || S.at(m).t === ';') b = m;
      else if (S.at(m).t === ',' && m > b && !VERBS.get(S.at(m + 1).l)) {
        const rest = S.at(b);
        if (
          rest.k === 'w' &&
          !rest.cap &&
          (CLAUSE_WORDS.has(rest.l) || reducedRelative(S, b) || /ed$/.test(rest.l) || PREPOSITIONS.has(rest.l))
        )
          b = m;
      }
    }
    if (markers.length >= MAX_PER_SENTENCE) break;
    markers.push({ cue, src: [a, b], i });
    if (S.isPunct(i - 1, ',')) S.hardStops.push(i - 1);
    i = b - 1;
  }
  for (const m of markers) {
    const { cue, src, i } = m;
    let after = src[1];
    while (after < end && !S.isPunct(after, ',;') && after < src[1] + 6) after++; // a trimmed "on Monday"
    if (onlyLeadIn(S, i) && S.isPunct(after, ',')) {
      const cs = after + 1;
      const ce = S.stopAfter(cs - 1);
      if (ce > cs) out.push({ cue, source: src, content: [[cs, ce]], marker: true });
      continue;
    }
    const leftEnd = S.isPunct(i - 1, ',') ? i - 1 : i;
    const content: Range[] = [];
    if (leftEnd > S.lead) content.push([S.lead, leftEnd]);
    // "The plant, according to Reuters, is safe" continues; "X raised $4 million, according to filings, a fraction
    // of ..." adds the writer's apposition, which is no content.
    if (S.isPunct(after, ',') && after + 1 < end && (!hasFiniteVerb(S, 0, leftEnd) || S.isQuote(after + 1))) {
      const ce = S.stopAfter(after);
      if (ce > after + 1) content.push([after + 1, ce]);
    }
    if (content.length) out.push({ cue, source: src, content, marker: true });
  }

  // 2. Reporting verbs. Participles and inverted cues first: their commas bound the other cues' contents.
  const uses: (CueKind | null)[] = [];
  const participles: number[] = [];
  let candidates = 0;
  for (let i = 0; i < end; i++) {
    const use = candidates < MAX_PER_SENTENCE * 2 ? verbUse(S, i) : null;
    if (use) candidates++;
    uses.push(use);
    if (use === 'participle') {
      participles.push(i);
      const c = verbGroupStart(S, i) - 1;
      if (S.isPunct(c, ',')) S.hardStops.push(c);
    }
  }
  const handled = new Set<number>();
  for (const m of markers) for (let k = m.src[0]; k < m.src[1]; k++) handled.add(k);
  for (let i = 0; i < end; i++) {
    if (uses[i] !== 'forward' || handled.has(i)) continue;
    const inv = inverted(S, i, verbGroupStart(S, i));
    if (inv) {
      out.push(inv);
      handled.add(i);
    }
  }
  for (let i = 0; i < end; i++) {
    if (uses[i] !== 'forward' || handled.has(i)) continue;
    const t = S.at(i);
    const lemma = VERBS.get(t.l)?.lemma ?? t.l;
    const g = verbGroupStart(S, i);
    const isPassive = VERBS.get(t.l)?.form === 'ed' ? hasBe(S, g, i) : false;
    let source: Range | null = sourceLeft(S, g);
    // "A spokeswoman, who asked not to be named, said ...": a verb inside a relative clause set off by commas is
    // part of the subject, not a cue.
    if (source && S.at(source[1] - 1).l === 'who' && S.isPunct(source[1] - 2, ',')) {
      let m = i + 1;
      while (m < end && m < i + 15 && !S.isPunct(m, ',;') && !S.isQuote(m)) m++;
      const v = S.at(m + 1);
      if (
        S.isPunct(m, ',') &&
        v.k === 'w' &&
        !v.cap &&
        (isVerbish(v) || AUX.has(v.l) || VERBS.has(v.l) || isAdverb(v.l))
      )
        continue;
    }
    // "X welcomed the decision but said it came too late": the second verb shares the first one's subject.
    if (!source && (S.at(g - 1).l === 'and' || S.at(g - 1).l === 'but') && !S.at(g - 1).cap)
      source = coordinatedSubject(S, g - 1);
    let cueStart = g;
    // "The president's report indicated": the artefact noun belongs to the cue, the owner is the source.
    if (source && source[1] - source[0] >= 2 && ARTEFACTS.has(S.at(source[1] - 1).l)) {
      // "The governor's veto message said", "The department's legal analysis argues": the whole artefact noun
      // phrase after the possessive joins the cue.
      let ps = source[1] - 2;
      while (ps > source[0] && ps > source[1] - 5 && S.at(ps).k === 'w' && !S.at(ps).cap) ps--;
      if (S.at(ps).k === 'ps' && ps > source[0]) {
        cueStart = ps + 1;
        source = [source[0], ps + 1];
      }
    }
    if (
      source &&
      source[1] - source[0] === 1 &&
      (S.at(source[0]).l === 'there' || (S.at(source[0]).l === 'it' && isPassive))
    )
      source = null;
    let c0 = i;
    // Particles join the cue: "called for", "pointed out", "warned of".
    const particle = S.at(i + 1);
    if (!particle.cap && particle.k === 'w' && PARTICLES.get(lemma)?.includes(particle.l)) c0 = i + 1;
    // "ruled that", "ruling 6-3 that" (a court's finding); "new rules that bar ..." is a noun.
    else if (
      NEEDS_PARTICLE.has(lemma) &&
      !(
        lemma === 'rule' &&
        VERBS.get(t.l)?.form !== 's' &&
        VERBS.get(t.l)?.form !== 'base' &&
        (S.at(i + 1).l === 'that' || S.at(i + 2).l === 'that')
      )
    )
      continue;
    let agent: Range | null = null;
    if (isPassive && S.at(i + 1).l === 'by') {
      const e = nounPhraseRight(S, i + 2, 10);
      if (e > i + 2) {
        agent = [i + 2, e];
        c0 = e - 1;
      }
    }
    // "called the tariffs "a tax on ..."": an object and its predicate make the content; without them "call"
    // is no cue ("called a meeting").
    if (lemma === 'call' && c0 === i) {
      const ce = callContent(S, i);
      if (ce > 0) out.push({ cue: [cueStart, i + 1], source, content: [[i + 1, ce]] });
      continue;
    }
    // "KCNA quoted Kim as saying ...": the outlet's cue "quoted", the speaker's cue "as saying".
    if (lemma === 'quote' && !isPassive) {
      let e = nounPhraseRight(S, i + 1, MAX_OBJECT);
      // "quoted a ministry spokesman, Lin Shuwen, as saying": an apposition to the quoted speaker.
      if (S.isPunct(e, ',') && S.at(e + 1).cap) {
        const e2 = nounPhraseRight(S, e + 1, MAX_OBJECT);
        if (S.isPunct(e2, ',') && S.at(e2 + 1).l === 'as') e = e2 + 1;
      }
      if (e > i + 1 && S.at(e).l === 'as' && VERBS.get(S.at(e + 1).l)?.form === 'ing') {
        const fwd = contentRight(S, e + 1, VERBS.get(S.at(e + 1).l)?.lemma ?? 'say');
        handled.add(e + 1);
        if (fwd) {
          out.push({ cue: [cueStart, i + 1], source, content: [[i + 1, fwd.end]] });
          out.push({
            cue: [e, fwd.cueEnd],
            source: [i + 1, S.isPunct(e - 1, ',') ? e - 1 : e],
            content: [[fwd.start, fwd.end]],
            inner: true,
          });
        }
        continue;
      }
    }
    if (isPassive && S.at(c0 + 1).l === 'as' && VERBS.get(S.at(c0 + 2).l)?.form === 'ing') {
      // "Kim was quoted as saying": one cue "was quoted as saying", the subject is the speaker.
      handled.add(c0 + 2);
      const fwd = contentRight(S, c0 + 2, VERBS.get(S.at(c0 + 2).l)?.lemma ?? 'say');
      if (fwd) {
        if (agent) {
          out.push({ cue: [cueStart, i + 2], source: agent, content: [[fwd.start, fwd.end]] });
          out.push({ cue: [c0 + 1, fwd.cueEnd], source, content: [[fwd.start, fwd.end]], inner: true });
        } else out.push({ cue: [cueStart, fwd.cueEnd], source, content: [[fwd.start, fwd.end]] });
      }
      continue;
    }
    if (isPassive && !agent) {
      // "Reporters were told that ...", "It is believed that ...": no source; "He is said to be ill": the
      // subject is part of what is attributed.
      const fwd = contentRight(S, c0, lemma);
      if (!fwd) continue;
      const content: Range[] = [];
      if (source && S.at(fwd.start).l === 'to' && !TAKES_ADDRESSEE.has(lemma)) content.push(source);
      content.push([fwd.start, fwd.end]);
      out.push({ cue: [cueStart, c0 === i ? fwd.cueEnd : c0 + 1], source: null, content });
      continue;
    }
    // "A poll released Monday showed Brooks leading": findings of a poll, survey or report may be noun phrases.
    let npOk = false;
    const src = agent ?? source;
    if (src && (lemma === 'show' || lemma === 'find' || lemma === 'indicate' || lemma === 'suggest')) {
      for (let m = src[0]; m < src[1]; m++)
        if (
          ARTEFACTS.has(S.at(m).l) ||
          /^(?:polls?|surveys?|data|study|studies|analysis|report|reports|figures|panel|audit|review|investigation|census|count)$/.test(
            S.at(m).l,
          )
        )
          npOk = true;
    }
    const fwd = contentRight(S, c0, lemma, npOk, c0 === i + 1 && !agent);
    if (!fwd) continue;
    const cueEnd = agent ? i + 2 : fwd.addressee ? c0 + 1 : fwd.cueEnd;
    const a: RawAttribution = { cue: [cueStart, cueEnd], source: agent ?? source, content: [[fwd.start, fwd.end]] };
    if (fwd.addressee) a.addressee = fwd.addressee;
    out.push(a);
  }

  // "X happened, Reuters reported, citing officials" / "Reuters reported that X, citing officials": the cited
  // source shares the report's content and is nested in it.
  for (const a of out) {
    if (!a.marker) continue;
    const citing = S.at(a.cue[0]).l === 'citing';
    if (!citing && !out.some((b) => !b.marker && b.cue[1] <= a.cue[0] && cueLemma(S, b) === 'report')) continue;
    const rep = out.find((b) => !b.marker && b.cue[1] <= a.cue[0] && S.isPunct(a.cue[0] - 1, ','));
    if (rep && rep.content.length > 0) {
      a.content = rep.content.filter(([x, y]) => !(x <= a.cue[0] && a.cue[0] < y));
      a.inner = true;
    }
  }

  // 3. Participles: ", saying ...", ", claiming that ..." take the main clause's subject.
  for (const i of participles) {
    const t = S.at(i);
    const lemma = VERBS.get(t.l)?.lemma ?? t.l;
    const g = verbGroupStart(S, i);
    if (handled.has(i)) continue;
    if (lemma === 'call' && !PARTICLES.get('call')?.includes(S.at(i + 1).l)) {
      const ce = callContent(S, i);
      if (ce > 0)
        out.push({ cue: [g, i + 1], source: mainSubject(S, g, out), content: [[i + 1, ce]], implicitSource: true });
      continue;
    }
    const fwd = contentRight(S, i, lemma);
    if (!fwd) continue;
    const src = mainSubject(S, g, out);
    const a: RawAttribution = {
      cue: [g, fwd.addressee ? i + 1 : fwd.cueEnd],
      source: src,
      content: [[fwd.start, fwd.end]],
      implicitSource: true,
    };
    if (fwd.addressee) a.addressee = fwd.addressee;
    out.push(a);
  }

  // 4. Noun cues with a "that" clause: "There are fears that ...", "Kim's claim that ...", and with a relative
  // clause between them: "reports, which officials denied, that the border was closed".
  for (let i = 0; i + 1 < end; i++) {
    const t = S.at(i);
    if (out.length >= MAX_PER_SENTENCE * 3) break;
    if (t.k !== 'w' || t.cap || t.inQ || !NOUN_CUES.has(t.l)) continue;
    let th = i + 1;
    let holder: Range | null = null;
    if (S.isPunct(i + 1, ',') && ['which', 'who', 'whose'].includes(S.at(i + 2).l)) {
      let m = i + 3;
      while (m < end && m < i + 20 && !S.isPunct(m, ',;') && !S.isQuote(m)) m++;
      if (S.isPunct(m, ',') && S.at(m + 1).l === 'that') th = m + 1;
    } else if (['among', 'from', 'by', 'in'].includes(S.at(i + 1).l)) {
      // "fears among state emergency managers that ...": the holders of the fear are the source.
      const e = nounPhraseRight(S, i + 2, 8);
      if (e > i + 2 && S.at(e).l === 'that') {
        holder = [i + 2, e];
        th = e;
      }
    }
    if (S.at(th).l !== 'that' || S.at(th).cap) continue;
    // "a warning that rattled markets": "that" followed by a verb is a relative pronoun, not a complementizer.
    const afterThat = S.at(th + 1);
    if (
      afterThat.k === 'w' &&
      !afterThat.cap &&
      (isVerbish(afterThat) || AUX.has(afterThat.l) || VERBS.get(afterThat.l)?.form === 's')
    )
      continue;
    if (out.some((a) => (a.cue[0] <= i && i < a.cue[1]) || (a.cue[1] <= i && i < (a.content[0]?.[0] ?? 0)))) continue;
    const prev = S.at(i - 1);
    const nounish =
      prev.k === 'ps' ||
      DETERMINERS.has(prev.l) ||
      BE.has(prev.l) ||
      PREPOSITIONS.has(prev.l) ||
      (prev.k === 'w' && !prev.cap && !VERBS.has(prev.l) && !SUBJECT_PRONOUNS.has(prev.l)) ||
      prev.l === 'there';
    if (!nounish) continue;
    let source: Range | null = holder;
    if (prev.k === 'ps') source = sourceLeft(S, i);
    else if (prev.l === 'his' || prev.l === 'her' || prev.l === 'their' || prev.l === 'its') source = [i - 1, i];
    const cs = th;
    const ce = S.stopAfter(cs);
    if (ce > cs + 1) out.push({ cue: [i, i + 1], source, content: [[cs, ce]] });
  }

  // 5. A colon that introduces a quote after a bare source: 'Kim\'s verdict: "..."'.
  for (let i = 1; i < end && out.length < MAX_PER_SENTENCE * 3; i++) {
    if (!S.isPunct(i, ':') || !S.isQuote(i + 1) || S.at(i).inQ) continue;
    if (out.some((a) => a.content.some(([x, y]) => x <= i + 1 && i + 1 < y))) continue;
    const src = sourceLeft(S, i);
    if (!src || src[1] - src[0] > 8) continue;
    let q = i + 2;
    while (q < end && !S.isQuote(q)) q++;
    // 'The ministry's verdict: "..."': the artefact noun joins the cue, the possessive owner is the source.
    const own = src[1] - src[0] >= 3 && S.at(src[1] - 2).k === 'ps' && !S.at(src[1] - 1).cap;
    out.push({
      cue: [own ? src[1] - 1 : i, i + 1],
      source: own ? [src[0], src[1] - 1] : src,
      content: [[i + 1, Math.min(end, q + 1)]],
    });
  }
  // "KCNA stated X after Guterres said ...": a subordinate clause with a cue of its own ends the content before it.
  for (const a of out) {
    if (a.marker || a.inner) continue;
    const frag = a.content[a.content.length - 1];
    if (!frag || frag[0] < a.cue[1]) continue;
    for (const b of out) {
      if (b === a || b.marker || b.implicitSource) continue;
      const at = b.source ? b.source[0] : b.cue[0];
      if (at <= frag[0] || at >= frag[1] || b.cue[0] >= frag[1]) continue;
      const sub = S.at(at - 1);
      if (sub.k === 'w' && !sub.cap && SUBORDINATORS.has(sub.l) && at - 1 > frag[0])
        frag[1] = Math.min(frag[1], at - 1);
    }
  }
  for (const b of out) {
    if (b.marker || b.implicitSource || b.inner) continue;
    const g = b.cue[0];
    const co = S.at(g - 1);
    if (!(co.k === 'w' && !co.cap && (co.l === 'and' || co.l === 'but'))) continue;
    // "... but did not say", "... and has questioned": an auxiliary repeats the main verb group. A bare verb
    // ("that he supported X but worried about Y") belongs to the content's own subject.
    const gt = S.at(g);
    if (
      !AUX.has(gt.l) &&
      !NEG.has(gt.l) &&
      !out.some((a) => a !== b && NP_CONTENT.has(VERBS.get(S.at(a.cue[1] - 1).l)?.lemma ?? '') && a.cue[1] <= g)
    )
      continue;
    for (const a of out) {
      if (a === b || a.marker) continue;
      const frag = a.content[a.content.length - 1];
      if (!frag || frag[0] < a.cue[1] || !(frag[0] < g && g < frag[1])) continue;
      // The coordinated verb has the first verb's subject ("... but did not say", "... and has questioned").
      frag[1] = g - 1;
      if (b.source === null || b.source[0] >= frag[0]) b.source = a.source;
    }
  }
  // One attribution per cue: the first reading found wins.
  const kept: RawAttribution[] = [];
  for (const a of out) {
    if (kept.length >= MAX_PER_SENTENCE) break;
    if (!kept.some((k) => k.cue[0] < a.cue[1] && a.cue[0] < k.cue[1])) kept.push(a);
  }
  return kept;
}

/** The lemma of the reporting verb in an attribution's cue ("has repeatedly said" -> "say"). */
function cueLemma(S: Sentence, a: RawAttribution): string {
  for (let k = a.cue[1] - 1; k >= a.cue[0]; k--) {
    const v = VERBS.get(S.at(k).l);
    if (v && !S.at(k).cap) return v.lemma;
  }
  return '';
}

/** The subject of the first verb of a coordination ("X thanked Y and [said] ..."), seen from the "and" at k. */
function coordinatedSubject(S: Sentence, k: number): Range | null {
  let best: Range | null = null;
  for (let m = k - 1; m >= 0 && m > k - 30; m--) {
    const t = S.at(m);
    if (t.t === ';') break;
    if (t.k !== 'w' || t.cap || t.inQ || !(isVerbish(t) || VERBS.has(t.l))) continue;
    if (S.at(m - 1).k === 'ps' || DETERMINERS.has(S.at(m - 1).l)) continue;
    const src = sourceLeft(S, verbGroupStart(S, m));
    if (src) best = src;
  }
  return best;
}

function hasBe(S: Sentence, g: number, i: number): boolean {
  for (let k = g; k < i; k++) if (BE.has(S.at(k).l) || S.at(k).l === 'get' || S.at(k).l === 'got') return true;
  return false;
}

/** An inverted or parenthetical cue: the content comes before it. */
function inverted(S: Sentence, i: number, g: number): RawAttribution | null {
  // The tail after the verb group: nothing, an inverted subject ("said Kim"), or a time/venue phrase.
  let after = i + 1;
  let invSource: Range | null = null;
  const chunk = sourceLeft(S, g);
  const boundary = chunk ? chunk[0] - 1 : g - 1;
  const bt = S.at(boundary);
  const afterQuote = bt.k === 'q' && S.isPunct(boundary - 1, ',!?');
  if (!(S.isPunct(boundary, ',') || afterQuote)) return null;
  if (boundary <= 0) return null;
  let cueEnd = i + 1;
  if (!chunk) {
    const e = nounPhraseRight(S, after, 10);
    if (e <= after) return null;
    invSource = [after, e];
    after = e;
    const nx = S.at(after + 1);
    const appositive =
      nx.cap ||
      DETERMINERS.has(nx.l) ||
      isNumber(nx) ||
      nx.l === 'who' ||
      nx.l === 'whose' ||
      nx.l === 'which' ||
      (nx.k === 'w' &&
        !PREPOSITIONS.has(nx.l) &&
        !isAdverb(nx.l) &&
        !VERBS.has(nx.l) &&
        !/^[a-z]{3,}(?:ing|ed)$/.test(nx.l) &&
        !CLAUSE_WORDS.has(nx.l));
    if (S.isPunct(after, ',') && !S.isQuote(after + 1) && appositive) {
      // "said Dmitry Peskov, the Kremlin's spokesman." / "said Sen. Alicia Romero, a Democrat from New Mexico who
      // sits on the Appropriations Committee." / "said Karen Lutz, 58, a retired teacher": appositions that run to
      // the end of the sentence; a participle or prepositional aside after them is in no span.
      let e2 = after + 1;
      let lastGood = -1;
      while (e2 < S.end && !S.isQuote(e2) && S.at(e2).t !== ';' && e2 < after + 40) {
        if (S.at(e2).t === ',') {
          const w = S.at(e2 + 1);
          if (w.k === 'w' && !w.cap && (PREPOSITIONS.has(w.l) || /^[a-z]{3,}ing$/.test(w.l) || isAdverb(w.l))) {
            lastGood = e2;
            break;
          }
        }
        e2++;
      }
      if (lastGood < 0 && e2 >= S.end) lastGood = e2;
      if (lastGood > after + 1) {
        invSource = [invSource[0], lastGood];
        after = lastGood >= S.end ? lastGood : S.end;
      }
    } else if (
      S.isPunct(after, ',') &&
      !S.isQuote(after + 1) &&
      nx.k === 'w' &&
      !nx.cap &&
      (PREPOSITIONS.has(nx.l) || /^[a-z]{3,}ing$/.test(nx.l))
    ) {
      // '"...," said one strategist, speaking on condition of anonymity.': the aside is in no span.
      let e2 = after + 1;
      while (e2 < S.end && !S.isQuote(e2) && S.at(e2).t !== ';') e2++;
      if (e2 >= S.end) after = e2;
    }
    // "The increases, announced Tuesday, raise ...": a time word is no speaker.
    if (invSource && invSource[1] - invSource[0] <= 2 && isTimeWord(S.at(invSource[0]))) return null;
  } else if (chunk[1] - chunk[0] > 16) return null;
  else if (
    (S.at(chunk[0]).l === 'a' || S.at(chunk[0]).l === 'an') &&
    S.at(chunk[0] + 1).k === 'w' &&
    !S.at(chunk[0] + 1).cap &&
    S.at(chunk[1] - 1).cap
  ) {
    // "..., a charge Tehran denies.": an object relative clause on an apposition, not an inverted cue.
    return null;
  } else {
    // "the Pentagon said on Wednesday", "Costa said on the Senate floor": time and venue join the cue.
    const tail = cueTail(S, after);
    if (tail > after && (tail >= S.end || S.isPunct(tail, ',;') || S.hardStops.includes(tail))) {
      after = tail;
      cueEnd = tail;
    }
  }
  after = cueTail(S, after);
  if (S.at(after).l === 'told' || S.at(after).l === 'tells') {
    const e = nounPhraseRight(S, after + 1, 6);
    after = cueTail(S, e);
  }
  const lemma = VERBS.get(S.at(i).l)?.lemma ?? '';
  if (TAKES_ADDRESSEE.has(lemma) && after < S.end && !S.isPunct(after, ',;') && chunk) {
    // '"...," Price told The Washington Post in an interview published Sunday.': the addressee and what
    // follows are in no span.
    const e = nounPhraseRight(S, after, MAX_OBJECT);
    if (e > after) {
      let m = e;
      while (m < S.end && !S.isPunct(m, ',;') && !S.isQuote(m) && m < e + 12) m++;
      if (m >= S.end) after = m;
    }
  }
  // '"...," Vickers said when asked about the letter.' / '..., Kim said, drawing laughter.': a subordinate or
  // participle clause after the cue belongs to no span.
  {
    const w = S.at(after);
    const w2 = S.at(after + 1);
    const sub = (x: Tok) => x.k === 'w' && !x.cap && (SUBORDINATORS.has(x.l) || /^[a-z]{3,}ing$/.test(x.l));
    if (after < S.end && (sub(w) || (S.isPunct(after, ',') && sub(w2) && !S.isQuote(after + 1)))) {
      let m = after;
      while (m < S.end && !S.isQuote(m) && S.at(m).t !== ';') m++;
      if (m >= S.end) after = m;
    }
  }
  const content: Range[] = [];
  const contentEnd = afterQuote ? boundary + 1 : boundary;
  // "Asked whether she would veto ..., Ms. Archer did not answer": a fronted participle clause is no content.
  if (
    !afterQuote &&
    S.at(0).cap &&
    /^[a-z]{3,}ed$/.test(S.at(0).l) &&
    ['whether', 'about', 'if', 'by', 'why', 'how', 'what', 'to'].includes(S.at(1).l)
  )
    return null;
  // Content runs from the sentence start (after a leading label such as "Driving the news:").
  const cs = S.lead;
  if (contentEnd <= cs) return null;
  content.push([cs, contentEnd]);
  if (after >= S.end || S.hardStops.includes(after)) {
    // the cue ends its clause
  } else if (S.isPunct(after, ',') && after + 1 < S.end && (chunk !== null || invSource !== null)) {
    // "The plan, he said, is dead." / '"We will win," he said, "and they will lose."'
    const stop = S.stopAfter(after);
    if (stop <= after + 1) return null;
    const next = S.at(after + 1);
    if (VERBS.get(next.l)?.form === 'ing') return null; // ", saying ..." is a participle of its own
    // "X drew protests, the Pentagon said on Wednesday, a move that ...": after a whole clause only a quote
    // continues the content; an apposition or a participle clause is the writer's.
    if (S.isQuote(after + 1) || (!afterQuote && !hasFiniteVerb(S, cs, contentEnd))) content.push([after + 1, stop]);
  } else return null;
  S.hardStops.push(boundary);
  return { cue: [g, cueEnd], source: invSource ?? chunk, content };
}
