// From a source phrase to a speaker's name: titles and nationality words are stripped from a proper name
// ("Russian President Vladimir Putin" -> "Vladimir Putin"), a possessive artefact gives its owner ("Kim's letter"
// -> "Kim"), descriptive sources stay whole ("authorities in Seoul and Washington", "North Korea's foreign
// ministry"). Short names and pronouns are resolved against what the article said before (see EntityMemory).
import type { Tok } from '../text/tokens';
import { ARTEFACTS, DETERMINERS, GROUP_WORDS, ORG_WORDS, TITLES } from './lexicon';

export type EntityKind = 'person' | 'org' | 'group' | 'pronoun';

export interface NameCore {
  /** Token indices into the phrase's tokens, end exclusive. */
  a: number;
  b: number;
  kind: EntityKind;
}

const NATIONALITY = /^(?:\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an|i|ic))$/u;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'its', 'their']);

function bare(l: string): string {
  return l.endsWith('.') ? l.slice(0, -1) : l;
}

/** Organisation words; short ones ("UN", "EU", "WHO") only in capitals, so "Kim Jong Un" stays a person. */
export function isOrgWord(t: Tok): boolean {
  return ORG_WORDS.has(t.l) && (t.l.length > 3 || t.t === t.t.toUpperCase());
}

function isTitle(t: Tok): boolean {
  return TITLES.has(bare(t.l));
}

/** The name core of a source phrase given as tokens. */
export function nameCore(T: Tok[]): NameCore | null {
  let a = 0;
  let b = T.length;
  while (b > a && (T[b - 1]?.t === ',' || T[b - 1]?.t === '.')) b--;
  if (b <= a) return null;
  if (b - a === 1 && PRONOUNS.has(T[a]?.l ?? '')) return { a, b, kind: 'pronoun' };
  // Possessive owner of an artefact or a trailing possessive (noun-cue convention): "Kim's letter", "The president's".
  for (let k = a + 1; k < b; k++) {
    if (T[k]?.k !== 'ps') continue;
    const rest = T.slice(k + 1, b);
    if (rest.length === 0 || rest.every((t) => !t.cap && (ARTEFACTS.has(t.l) || /^(?:latest|new|recent|official|own|written|public|annual|first|second|final|previous)$/.test(t.l)))) {
      return nameCore(T.slice(0, k));
    }
  }
  // Apposition: "Dmitry Peskov, the Kremlin's spokesman" or "the Kremlin spokesman, Dmitry Peskov".
  const comma = T.findIndex((t, i) => i >= a && i < b && t.t === ',');
  if (comma > a) {
    const left = nameCore(T.slice(a, comma));
    const right = nameCore(T.slice(comma + 1, b));
    if (left && left.kind === 'person') return shift(left, a);
    if (right && right.kind === 'person') return shift(right, comma + 1);
    if (left) return shift(left, a);
  }
  const a0 = a;
  while (a < b && DETERMINERS.has(T[a]?.l ?? '') && !(T[a]?.k === 'w' && PRONOUNS.has(T[a]?.l ?? ''))) a++;
  if (a >= b) return null;
  // The last capitalised run of the phrase.
  let r = b;
  while (r > a) {
    const t = T[r - 1];
    if (!t) break;
    const dotted = (t.t === '.' || t.t === "'") && r - 2 >= a && T[r - 2]?.e === t.s;
    if (!(t.cap || dotted || (t.k === 'w' && /^\p{N}/u.test(t.t) === false && t.l === 'of' && T[r - 2]?.cap && T[r]?.cap))) break;
    r--;
  }
  const lastTok = T[b - 1];
  if (r < b && lastTok && lastTok.cap) {
    const before = T[r - 1];
    const runStartsPhrase = r === a;
    const appositive = before && before.k === 'w' && !before.cap && (TITLES.has(bare(before.l)) || ORG_WORDS.has(before.l) || /^(?:agency|outlet|newspaper|broadcaster|channel|site|daily|tabloid|magazine|group|company|firm|militia|party|leader|official|figure|commander|chief|expert|analyst|activist|lawmaker)$/.test(before.l));
    if (runStartsPhrase || appositive) {
      let s = r;
      let lastTitle = -1;
      for (let k = r; k < b; k++) {
        const t = T[k];
        if (!t) continue;
        const isLast = k === b - 1;
        if (isLast) break;
        if (isTitle(t) && !(bare(t.l) === 'general' && k === r && b - r === 2)) lastTitle = k;
        else if (NATIONALITY.test(t.t) && k === s) lastTitle = Math.max(lastTitle, k);
      }
      const orgTail = isOrgWord(lastTok);
      if (lastTitle >= 0 && !orgTail) s = lastTitle + 1;
      while (s < b && T[s]?.t === '.') s++;
      const core = { a: s, b, kind: 'org' as EntityKind };
      const words = T.slice(s, b).filter((t) => t.k === 'w');
      const hasOrg = words.some(isOrgWord);
      if (!hasOrg && (words.length >= 2 || lastTitle >= 0)) core.kind = 'person';
      return core;
    }
  }
  const head = T.slice(a, b).find((t) => t.k === 'w' && !t.cap && GROUP_WORDS.has(t.l));
  // A descriptive source keeps its determiner: "the minister", "authorities in Seoul and Washington".
  return { a: a0, b, kind: head ? 'group' : 'org' };
}

function shift(c: NameCore | null, by: number): NameCore | null {
  return c ? { a: c.a + by, b: c.b + by, kind: c.kind } : null;
}

interface Entity {
  name: string;
  kind: EntityKind;
  pos: number;
  outletId?: string;
}

/**
 * What the article has named so far, in order: full person names (for "Kim" -> "Kim Jong Un") and sources (for
 * pronouns). Pronouns take the nearest earlier entity of a fitting kind: he/she a person, it an organisation,
 * they a group or organisation.
 */
export class EntityMemory {
  private readonly fullNames = new Map<string, { name: string; len: number; pos: number }>();
  private readonly entities: Entity[] = [];

  /** Registers the proper-name runs of a sentence (tokens of prose, not headings). */
  noteNames(T: Tok[]): void {
    let k = 0;
    while (k < T.length) {
      if (!T[k]?.cap) {
        k++;
        continue;
      }
      let e = k;
      while (e < T.length && T[e]?.cap) e++;
      if (e - k >= 2) {
        const run = T.slice(k, e);
        let s = 0;
        for (let m = 0; m < run.length - 1; m++) {
          const t = run[m];
          if (t && (TITLES.has(bare(t.l)) || (NATIONALITY.test(t.t) && m === s) || DETERMINERS.has(t.l) || t.l === 'according')) s = m + 1;
        }
        const core = run.slice(s);
        const last = core[core.length - 1];
        if (core.length >= 2 && core.length <= 4 && last && !NATIONALITY.test(last.t) && !core.some(isOrgWord)) {
          const name = core.map((t) => t.t).join(' ');
          const pos = core[0]?.s ?? 0;
          for (const t of [core[0], last]) {
            if (!t) continue;
            const prev = this.fullNames.get(t.t);
            if (!prev || core.length >= prev.len) this.fullNames.set(t.t, { name, len: core.length, pos });
          }
          this.entities.push({ name, kind: 'person', pos });
        }
      }
      k = e;
    }
  }

  /** "Kim" -> "Kim Jong Un" when an earlier, fuller mention exists. */
  expand(name: string): { name: string; person: boolean } {
    if (name.includes(' ')) return { name, person: false };
    const full = this.fullNames.get(name);
    return full ? { name: full.name, person: true } : { name, person: false };
  }

  addSource(name: string, kind: EntityKind, pos: number, outletId?: string): void {
    if (kind === 'pronoun') return;
    this.entities.push(outletId ? { name, kind, pos, outletId } : { name, kind, pos });
  }

  resolvePronoun(pronoun: string, pos: number): Entity | null {
    const p = pronoun.toLowerCase();
    const fits = (e: Entity) =>
      p === 'he' || p === 'she' || p === 'him' || p === 'her' || p === 'his' ? e.kind === 'person'
        : p === 'it' || p === 'its' ? e.kind === 'org'
          : p === 'they' || p === 'them' || p === 'their' ? e.kind === 'group' || e.kind === 'org'
            : false;
    for (let i = this.entities.length - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
      const e = this.entities[i];
      if (e && e.pos < pos && fits(e)) return e;
    }
    return null;
  }
}
