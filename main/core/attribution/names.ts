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
  // "a memo circulated by the Republican Study Committee": the agent of a participle is who speaks.
  for (let k = 1; k + 1 < b; k++) {
    if (
      T[k]?.l === 'by' &&
      T.slice(Math.max(0, k - 4), k).some((t) => !t.cap && /^[a-z]{3,}ed$/.test(t.l)) &&
      T.slice(k + 1, b).some((t) => t.cap)
    ) {
      let e = k + 1;
      while (
        e < b &&
        !(
          T[e]?.k === 'w' &&
          !T[e]?.cap &&
          (T[e]?.l === 'on' || T[e]?.l === 'in' || T[e]?.l === 'last' || T[e]?.l === 'this')
        )
      )
        e++;
      const agent = nameCore(T.slice(k + 1, e));
      if (agent) return shift(agent, k + 1);
    }
  }
  // What identifies but does not name: a relative clause ("aides who spoke on condition of anonymity"), a
  // participle ("two Senate aides briefed on the calls"), a party label "(D-Minn.)", a reflexive ("Clinton herself").
  for (let k = 1; k < b; k++) {
    const t = T[k] as Tok;
    const next = T[k + 1];
    if (
      t.t === '(' ||
      (t.k === 'w' && !t.cap && (t.l === 'who' || t.l === 'which' || t.l === 'whose' || t.l === 'that')) ||
      (t.k === 'w' &&
        !t.cap &&
        /^[a-z]{3,}ed$/.test(t.l) &&
        next !== undefined &&
        (next.l === 'on' ||
          next.l === 'in' ||
          next.l === 'to' ||
          next.l === 'by' ||
          next.l === 'last' ||
          next.l === 'this' ||
          next.cap)) ||
      (t.k === 'w' && /^(?:himself|herself|itself|themselves)$/.test(t.l))
    ) {
      b = k;
      break;
    }
  }
  while (b > a && (T[b - 1]?.t === ',' || T[b - 1]?.t === '.')) b--;
  if (b <= a) return null;
  // "A Monmouth University survey", "Border Patrol data", "an earlier CBO analysis": the artefact's named owner.
  const tail = T[b - 1];
  if (tail && !tail.cap && ARTEFACTS.has(tail.l) && b - a >= 2) {
    let r = b - 1;
    while (r > a && T[r - 1]?.cap && !DETERMINERS.has(T[r - 1]?.l ?? '')) r--;
    if (r < b - 1 && T[r - 1]?.k !== 'ps') return { a: r, b: b - 1, kind: 'org' };
  }
  if (b - a === 1 && PRONOUNS.has(T[a]?.l ?? '')) return { a, b, kind: 'pronoun' };
  // Possessive owner of an artefact or a trailing possessive (noun-cue convention): "Kim's letter", "The president's".
  for (let k = a + 1; k < b; k++) {
    if (T[k]?.k !== 'ps') continue;
    const rest = T.slice(k + 1, b);
    if (
      rest.length === 0 ||
      rest.every(
        (t) =>
          !t.cap &&
          (ARTEFACTS.has(t.l) ||
            /^(?:latest|new|recent|official|own|written|public|annual|first|second|final|previous)$/.test(t.l)),
      )
    ) {
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
    if (!(
      t.cap ||
      dotted ||
      (t.k === 'w' && /^\p{N}/u.test(t.t) === false && t.l === 'of' && T[r - 2]?.cap && T[r]?.cap)
    ))
      break;
    r--;
  }
  const lastTok = T[b - 1];
  if (r < b && lastTok && lastTok.cap) {
    const before = T[r - 1];
    const runStartsPhrase = r === a;
    const appositive =
      before &&
      before.k === 'w' &&
      !before.cap &&
      (TITLES.has(bare(before.l)) ||
        ORG_WORDS.has(before.l) ||
        /^(?:agency|outlet|newspaper|broadcaster|channel|site|daily|tabloid|magazine|group|company|firm|militia|party|leader|official|figure|commander|chief|expert|analyst|activist|lawmaker)$/.test(
          before.l,
        ));
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
      // "Sen. Martin Ochs of Ohio": a person's name ends before "of" and the place.
      const of = T.findIndex((t, i) => i > s + 1 && i < b && t.l === 'of');
      if (of > 0) {
        const head = T.slice(s, of).filter((t) => t.k === 'w');
        if (head.length >= 2 && !head.some(isOrgWord)) return { a: s, b: of, kind: 'person' };
      }
      return core;
    }
  }
  const head = T.slice(a, b).find((t) => t.k === 'w' && !t.cap && GROUP_WORDS.has(t.l));
  // A descriptive source keeps its determiner: "the minister", "authorities in Seoul and Washington".
  return { a: a0, b, kind: head ? 'group' : 'org' };
}

// Head nouns of definite descriptions that stand for an organisation named before ("the group", "the agency").
const DESCRIPTION_NOUNS = new Set([
  'group',
  'agency',
  'ministry',
  'committee',
  'department',
  'company',
  'organization',
  'organisation',
  'watchdog',
  'panel',
  'court',
  'campaign',
  'union',
  'association',
  'federation',
  'office',
  'administration',
  'board',
  'commission',
  'council',
  'firm',
  'coalition',
  'institute',
  'bureau',
  'party',
  'foundation',
  'center',
  'centre',
]);
/** Description nouns for outlets: "the newspaper quoted ..." is the outlet speaking. */
export const MEDIA_NOUNS = new Set([
  'newspaper',
  'paper',
  'network',
  'broadcaster',
  'station',
  'outlet',
  'magazine',
  'tabloid',
  'daily',
  'channel',
  'wire',
  'newsletter',
]);

/** The head noun of "the group", "The congressional watchdog", "the newspaper"; null for anything else. */
export function definiteDescription(T: readonly Tok[]): string | null {
  const words = T.filter((t) => t.k === 'w');
  if (words.length < 2 || words.length > 3 || words[0]?.l !== 'the') return null;
  const head = words[words.length - 1] as Tok;
  if (head.cap || words.slice(1).some((t) => t.cap)) return null;
  return DESCRIPTION_NOUNS.has(head.l) || MEDIA_NOUNS.has(head.l) ? head.l : null;
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
      const before = T[k - 1];
      const placeSlot =
        before !== undefined &&
        before.k === 'w' &&
        !before.cap &&
        /^(?:of|in|from|at|to|near|across|into|for)$/.test(before.l);
      if (e - k >= 2 && !placeSlot) {
        const run = T.slice(k, e);
        let s = 0;
        for (let m = 0; m < run.length - 1; m++) {
          const t = run[m];
          if (
            t &&
            (TITLES.has(bare(t.l)) || (NATIONALITY.test(t.t) && m === s) || DETERMINERS.has(t.l) || t.l === 'according')
          )
            s = m + 1;
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
    // "a report", "The": descriptions without a name are no antecedents.
    if (!/\p{Lu}/u.test(name.replace(/^(?:the|a|an)\s+/i, '')) && kind !== 'group') return;
    this.entities.push(outletId ? { name, kind, pos, outletId } : { name, kind, pos });
  }

  /** "the group" -> the nearest earlier organisation (one whose name has the noun, if any does). */
  resolveDescription(noun: string, pos: number): Entity | null {
    const generic =
      noun === 'group' ||
      noun === 'organization' ||
      noun === 'organisation' ||
      noun === 'watchdog' ||
      noun === 'panel' ||
      noun === 'coalition' ||
      noun === 'firm' ||
      noun === 'company';
    const media = MEDIA_NOUNS.has(noun);
    for (let i = this.entities.length - 1, seen = 0; i >= 0 && seen < 60; i--, seen++) {
      const e = this.entities[i];
      if (!e || e.pos >= pos || e.kind !== 'org') continue;
      if (
        media ? e.outletId !== undefined : e.outletId === undefined && (generic || e.name.toLowerCase().includes(noun))
      )
        return e;
    }
    return null;
  }

  resolvePronoun(pronoun: string, pos: number): Entity | null {
    const p = pronoun.toLowerCase();
    const fits = (e: Entity) =>
      p === 'he' || p === 'she' || p === 'him' || p === 'her' || p === 'his'
        ? e.kind === 'person'
        : p === 'it' || p === 'its'
          ? e.kind === 'org' || (e.kind === 'group' && !/s$/i.test(e.name))
          : p === 'they' || p === 'them' || p === 'their'
            ? e.kind === 'group' || e.kind === 'org'
            : false;
    for (let i = this.entities.length - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
      const e = this.entities[i];
      if (e && e.pos < pos && fits(e)) return e;
    }
    return null;
  }
}
