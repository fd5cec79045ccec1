// Loads the hand-annotated attribution corpus in test/fixtures/attribution/ and turns its span strings into
// exact UTF-16 offsets. See test/fixtures/attribution/CONVENTIONS.md for what the spans mean.
//
// One article = `NN-slug.txt` (the text exactly as an extractor receives it) + `NN-slug.gold.json`:
//   { "id": "NN-slug", "split": "dev" | "heldout", "text": "NN-slug.txt" (path relative to the gold file),
//     "attributions": [ { "source": [Frag], "cue": [Frag], "content": [Frag], "near"?: "anchor",
//                         "speaker": "Name" | null, "outlet": "outlet-id" | null, "nested"?: true,
//                         "tags"?: ["outlet-source", ...], "note"?: "..." } ],
//     "traps"?: [ { "text": "74 Reported Deaths", "near"?: "...", "kind": "not-a-cue", "why": "..." } ] }
//   Frag = "exact substring" | { "text": "exact substring", "near"?: "anchor", "occurrence"?: n }
//
// How a fragment string becomes offsets (deterministic; anything else is an error naming article and fragment):
// 1. Occurrences are searched case-sensitively and only at word boundaries: a fragment that begins (ends) with a
//    letter or digit must not be preceded (followed) by a letter or digit, so "he" never matches inside "the".
// 2. `occurrence: n` (1-based, over the whole text) picks the n-th occurrence.
// 3. Otherwise, if the fragment occurs exactly once in the text, that occurrence is used; when the fragment
//    itself carries `near`, that occurrence must overlap the anchor (a guard against a wrong anchor).
// 4. Otherwise the anchor (the fragment's `near`, else the attribution's `near`) must occur exactly once in the
//    text, and exactly one occurrence of the fragment must overlap the anchor's occurrence.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../main/core/types';

export type Split = 'dev' | 'heldout';
export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

export type RawFragment = string | { text: string; near?: string; occurrence?: number };

export interface RawGoldAttribution {
  source: RawFragment[];
  cue: RawFragment[];
  content: RawFragment[];
  near?: string;
  speaker: string | null;
  outlet: string | null;
  nested?: boolean;
  tags?: string[];
  note?: string;
}

export interface RawTrap {
  text: string;
  near?: string;
  kind: string;
  why: string;
}

export interface RawGoldArticle {
  id: string;
  split: Split;
  text: string;
  attributions: RawGoldAttribution[];
  traps?: RawTrap[];
}

export interface GoldAttribution {
  /** Position in the gold file's list (0-based), for error messages and reports. */
  index: number;
  source: Span[];
  cue: Span[];
  content: Span[];
  speaker: string | null;
  outlet: string | null;
  /** Inside another attribution's content: not scored as a span, still checked for speaker and outlet. */
  nested: boolean;
  tags: string[];
}

export interface GoldTrap {
  span: Span;
  kind: string;
  why: string;
}

export interface GoldArticle {
  id: string;
  split: Split;
  /** Absolute path of the article text. */
  file: string;
  text: string;
  attributions: GoldAttribution[];
  traps: GoldTrap[];
}

export const FIXTURE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/attribution');

export class GoldError extends Error {
  constructor(article: string, message: string) {
    super(`gold ${article}: ${message}`);
    this.name = 'GoldError';
  }
}

const WORD = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/** Every start offset where `needle` occurs in `text` at word boundaries (rule 1 above). */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  const checkStart = isWordChar(needle[0]);
  const checkEnd = isWordChar(needle[needle.length - 1]);
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    from = at + 1;
    if (checkStart && isWordChar(text[at - 1])) continue;
    if (checkEnd && isWordChar(text[at + needle.length])) continue;
    out.push(at);
  }
  return out;
}

function show(s: string): string {
  return JSON.stringify(s.length > 70 ? `${s.slice(0, 67)}...` : s);
}

function resolveAnchor(article: string, text: string, anchor: string, what: string): [number, number] {
  const hits = occurrences(text, anchor);
  if (hits.length !== 1) {
    throw new GoldError(article, `${what}: anchor ${show(anchor)} occurs ${hits.length} times (must be exactly once)`);
  }
  const at = hits[0] as number;
  return [at, at + anchor.length];
}

/** Resolves one fragment to a span (rules 2-4 above). `what` names the fragment for error messages. */
export function resolveFragment(
  article: string,
  text: string,
  frag: RawFragment,
  attrNear: string | undefined,
  what: string,
): Span {
  const needle = typeof frag === 'string' ? frag : frag.text;
  if (typeof needle !== 'string' || needle.length === 0) throw new GoldError(article, `${what}: empty fragment`);
  const hits = occurrences(text, needle);
  if (hits.length === 0) throw new GoldError(article, `${what}: fragment ${show(needle)} not found in the text`);
  const mk = (at: number): Span => ({ start: at, end: at + needle.length, text: needle });
  if (typeof frag !== 'string' && frag.occurrence !== undefined) {
    const at = hits[frag.occurrence - 1];
    if (at === undefined) {
      throw new GoldError(
        article,
        `${what}: fragment ${show(needle)} has ${hits.length} occurrences, not ${frag.occurrence}`,
      );
    }
    return mk(at);
  }
  const ownNear = typeof frag === 'string' ? undefined : frag.near;
  const overlaps = (at: number, [a, b]: [number, number]): boolean => at < b && at + needle.length > a;
  if (hits.length === 1) {
    const at = hits[0] as number;
    if (ownNear !== undefined && !overlaps(at, resolveAnchor(article, text, ownNear, what))) {
      throw new GoldError(article, `${what}: fragment ${show(needle)} does not overlap its anchor ${show(ownNear)}`);
    }
    return mk(at);
  }
  const near = ownNear ?? attrNear;
  if (near === undefined) {
    throw new GoldError(
      article,
      `${what}: fragment ${show(needle)} is ambiguous (${hits.length} occurrences); give "near" or "occurrence"`,
    );
  }
  const range = resolveAnchor(article, text, near, what);
  const inside = hits.filter((at) => overlaps(at, range));
  if (inside.length !== 1) {
    throw new GoldError(
      article,
      `${what}: fragment ${show(needle)} overlaps anchor ${show(near)} ${inside.length} times (must be exactly once)`,
    );
  }
  return mk(inside[0] as number);
}

function asList(article: string, value: unknown, what: string): RawFragment[] {
  if (!Array.isArray(value)) throw new GoldError(article, `${what} must be a list of fragments`);
  return value as RawFragment[];
}

/** Parses and resolves one article from its gold JSON (already parsed) and text. */
export function resolveArticle(raw: RawGoldArticle, text: string, file: string): GoldArticle {
  const id = raw.id;
  if (raw.split !== 'dev' && raw.split !== 'heldout') throw new GoldError(id, `split must be "dev" or "heldout"`);
  if (!Array.isArray(raw.attributions)) throw new GoldError(id, 'attributions must be a list');
  const attributions = raw.attributions.map((a, index): GoldAttribution => {
    const roles = {} as Record<Role, Span[]>;
    for (const role of ROLES) {
      const frags = asList(id, a[role], `attribution #${index} ${role}`);
      roles[role] = frags
        .map((f, k) => resolveFragment(id, text, f, a.near, `attribution #${index} ${role}[${k}]`))
        .sort((x, y) => x.start - y.start);
    }
    if (a.speaker !== null && typeof a.speaker !== 'string')
      throw new GoldError(id, `attribution #${index}: speaker must be a string or null`);
    if (a.outlet !== null && typeof a.outlet !== 'string')
      throw new GoldError(id, `attribution #${index}: outlet must be an id or null`);
    return {
      index,
      source: roles.source,
      cue: roles.cue,
      content: roles.content,
      speaker: a.speaker,
      outlet: a.outlet,
      nested: a.nested === true,
      tags: a.tags ?? [],
    };
  });
  const traps = (raw.traps ?? []).map((t, k): GoldTrap => ({
    span: resolveFragment(
      id,
      text,
      t.near === undefined ? t.text : { text: t.text, near: t.near },
      undefined,
      `trap #${k}`,
    ),
    kind: t.kind,
    why: t.why,
  }));
  return { id, split: raw.split, file, text, attributions, traps };
}

/** Loads every `*.gold.json` in `dir` (default: the fixture folder), sorted by file name. */
export function loadGold(dir: string = FIXTURE_DIR): GoldArticle[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.gold.json'))
    .sort();
  return names.map((name) => {
    const goldPath = join(dir, name);
    let raw: RawGoldArticle;
    try {
      raw = JSON.parse(readFileSync(goldPath, 'utf8')) as RawGoldArticle;
    } catch (err) {
      throw new GoldError(name, `cannot parse JSON: ${(err as Error).message}`);
    }
    if (typeof raw.id !== 'string' || typeof raw.text !== 'string')
      throw new GoldError(name, '"id" and "text" are required');
    if (`${raw.id}.gold.json` !== name) throw new GoldError(name, `id ${show(raw.id)} does not match the file name`);
    const file = resolve(dir, raw.text);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new GoldError(raw.id, `cannot read text ${file}: ${(err as Error).message}`);
    }
    return resolveArticle(raw, text, file);
  });
}
