// Speaker and outlet on the forms of issue 13, measured on our own sentences (test/fixtures/speaker-outlet/).
// Each item is a sentence or a short passage; each expectation names the claim it is about (claimText, a piece
// of that claim's text; without it the first claim that is not a heading) and what a careful reader gives it.
//
// SCORING, per expectation:
//   - speaker: names compared with namesMatch (score.ts). A null speaker expects null, or the outlet's own name
//     (the outlet speaking for itself: "Semafor reported").
//   - outlet: a registry id compares ids (after OUTLET_ALIASES); a name that is not a registry id is an outlet
//     the registry lacks, compared by name (case, a leading "the" and a trailing "newspaper"/"news agency"
//     ignored). `stated` must agree (an inherited outlet is not a stated one), and so must the via chain
//     (absent means none). A null outlet expects no outlet at all.
//   - stated-where-none: the extractor gives a stated outlet although the expectation has none stated.
//   - context: a claim expected as context only ("The official spoke on condition of anonymity.") must carry
//     `context: true`; any other must not.
//   - dateline: the claim's text must begin with claimText (the dateline is not part of it).
//   When two expectations of one item land in the same claim (the extractor made one claim of a continued
//   quote), the later one is judged with the earlier one's `stated`, since one claim has one outlet.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { extractClaims } from '../../main/core/extract';
import { defaultOutletResolver } from '../../main/core/outlets/resolver';
import type { Claim, ClaimOutlet } from '../../main/core/types';
import { canonicalOutlet, namesMatch, normaliseName, type Accuracy } from './score';

export interface SpeakerOutletExpect {
  claimText?: string;
  speaker: string | null;
  /** A registry id, or the name of an outlet the registry does not hold. */
  outlet: string | null;
  via?: string[];
  stated: boolean;
  context?: boolean;
}

export interface SpeakerOutletItem {
  id: string;
  form: string;
  text: string;
  expect: SpeakerOutletExpect[];
}

export interface FormScore {
  form: string;
  items: number;
  speaker: Accuracy;
  outlet: Accuracy;
  /** Expectations with no stated outlet, and how many of them got one. */
  statedWhereNone: Accuracy;
  context: Accuracy;
  dateline: Accuracy;
}

export interface SpeakerOutletScore {
  forms: FormScore[];
  total: FormScore;
  /** Speaker accuracy over expectations that have a speaker (the issue's "attributed claims"). */
  attributedSpeaker: Accuracy;
  /** Expectations that went wrong, for --details. */
  misses: { id: string; form: string; what: string }[];
}

type Extract = (text: string) => Pick<ReturnType<typeof extractClaims>, 'claims'>;

const FIXTURE = fileURLToPath(new URL('../fixtures/speaker-outlet/sentences.jsonl', import.meta.url));

export function loadSpeakerOutletSet(path = FIXTURE): SpeakerOutletItem[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: SpeakerOutletItem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line) as SpeakerOutletItem);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not a JSON line (${(err as Error).message})`, { cause: err });
    }
  });
  return out;
}

const MEDIA_TAIL = new Set(['newspaper', 'daily', 'agency', 'news', 'broadcaster', 'television', 'tv', 'radio']);

function outletWords(name: string): string[] {
  const w = normaliseName(name);
  while (w.length > 1 && MEDIA_TAIL.has(w[w.length - 1] ?? '')) w.pop();
  return w;
}

/** True when `name` is a registry id (else it names an outlet the registry lacks). */
export function isRegistryId(name: string): boolean {
  return defaultOutletResolver().get(canonicalOutlet(name) ?? '') !== undefined;
}

function sameOutlet(expected: string, got: ClaimOutlet): boolean {
  if (isRegistryId(expected)) return canonicalOutlet(got.id) === canonicalOutlet(expected);
  return outletWords(got.name).join(' ') === outletWords(expected).join(' ');
}

function outletNames(id: string): string[] {
  const e = defaultOutletResolver().get(canonicalOutlet(id) ?? '');
  return e ? [e.name, ...e.aliases] : [id];
}

export function speakerOk(exp: SpeakerOutletExpect, claim: Claim): boolean {
  const name = claim.speaker?.name ?? null;
  if (exp.speaker === null) {
    if (name === null) return true;
    return exp.outlet !== null && outletNames(exp.outlet).some((n) => namesMatch(name, n));
  }
  return name !== null && namesMatch(name, exp.speaker);
}

export function outletOk(exp: SpeakerOutletExpect, claim: Claim, stated = exp.stated): boolean {
  const got = claim.outlet;
  if (exp.outlet === null) return got === null;
  if (!got || got.stated !== stated || !sameOutlet(exp.outlet, got)) return false;
  const via = (exp.via ?? []).map((v) => canonicalOutlet(v));
  const gotVia = got.via.map((v) => canonicalOutlet(v.id));
  return via.length === gotVia.length && via.every((v, i) => v === gotVia[i]);
}

function locate(claims: readonly Claim[], exp: SpeakerOutletExpect): Claim | undefined {
  const body = claims.filter((c) => c.kind !== 'heading');
  if (exp.claimText === undefined) return body[0];
  const want = exp.claimText;
  return body.find((c) => c.text.includes(want));
}

const acc = (): Accuracy => ({ right: 0, total: 0 });
const tally = (a: Accuracy, ok: boolean): void => {
  a.total++;
  if (ok) a.right++;
};

function emptyForm(form: string): FormScore {
  return {
    form,
    items: 0,
    speaker: acc(),
    outlet: acc(),
    statedWhereNone: acc(),
    context: acc(),
    dateline: acc(),
  };
}

export function scoreSpeakerOutlet(
  extract: Extract,
  items: readonly SpeakerOutletItem[] = loadSpeakerOutletSet(),
): SpeakerOutletScore {
  const byForm = new Map<string, FormScore>();
  const total = emptyForm('all');
  const attributedSpeaker = acc();
  const misses: SpeakerOutletScore['misses'] = [];
  for (const item of items) {
    let f = byForm.get(item.form);
    if (!f) {
      f = emptyForm(item.form);
      byForm.set(item.form, f);
    }
    f.items++;
    total.items++;
    let claims: readonly Claim[] = [];
    try {
      claims = extract(item.text).claims;
    } catch (err) {
      misses.push({ id: item.id, form: item.form, what: `extraction threw: ${(err as Error).message}` });
    }
    const seen = new Map<Claim, boolean>();
    for (const exp of item.expect) {
      const claim = locate(claims, exp);
      const stated = claim && seen.has(claim) ? (seen.get(claim) as boolean) : exp.stated;
      if (claim && !seen.has(claim)) seen.set(claim, exp.stated);
      const sp = claim !== undefined && speakerOk(exp, claim);
      const ol = claim !== undefined && outletOk(exp, claim, stated);
      const noneStated = exp.outlet === null || !stated;
      const wrongStated = noneStated && claim?.outlet?.stated === true;
      const ctx = claim !== undefined && ((claim as { context?: boolean }).context === true) === (exp.context === true);
      for (const s of [f, total]) {
        tally(s.speaker, sp);
        tally(s.outlet, ol);
        if (noneStated) tally(s.statedWhereNone, !wrongStated);
        tally(s.context, ctx);
      }
      if (exp.speaker !== null) tally(attributedSpeaker, sp);
      if (item.form === 'dateline' && exp.claimText !== undefined) {
        const ok = claim !== undefined && claim.text.trimStart().startsWith(exp.claimText);
        tally(f.dateline, ok);
        tally(total.dateline, ok);
        if (!ok) misses.push({ id: item.id, form: item.form, what: `claim text: ${JSON.stringify(claim?.text)}` });
      }
      if (!claim) {
        misses.push({ id: item.id, form: item.form, what: `no claim contains ${JSON.stringify(exp.claimText)}` });
        continue;
      }
      const o = claim.outlet;
      const shown = o
        ? `${o.id}${o.stated ? '' : ' (inherited)'}${o.via.length ? ` via ${o.via.map((v) => v.id)}` : ''}`
        : 'none';
      if (!sp)
        misses.push({
          id: item.id,
          form: item.form,
          what: `speaker ${claim.speaker?.name ?? 'none'}, expected ${exp.speaker ?? 'none'}`,
        });
      if (!ol)
        misses.push({
          id: item.id,
          form: item.form,
          what: `outlet ${shown}, expected ${describe(exp, stated)}`,
        });
      if (!ctx)
        misses.push({
          id: item.id,
          form: item.form,
          what: `context ${exp.context === true ? 'not marked' : 'marked wrongly'}`,
        });
    }
  }
  return { forms: [...byForm.values()], total, attributedSpeaker, misses };
}

function describe(exp: SpeakerOutletExpect, stated: boolean): string {
  const how = exp.outlet && !stated ? ' (inherited)' : '';
  return `${exp.outlet ?? 'none'}${how}${exp.via ? ` via ${exp.via.join(', ')}` : ''}`;
}

const ratio = (a: Accuracy): string =>
  a.total === 0 ? '    -    ' : `${(a.right / a.total).toFixed(3)} ${`${a.right}/${a.total}`.padStart(7)}`;

/** The table `npm run eval` prints. */
export function formatSpeakerOutlet(s: SpeakerOutletScore, details = false): string {
  const wrong = (a: Accuracy): string => (a.total === 0 ? '   -   ' : `${a.total - a.right}/${a.total}`.padStart(7));
  const cells = (first: string, ...rest: string[]): string =>
    [first, ...rest.map((c, i) => (i < rest.length - 1 ? c.padEnd(i === 2 ? 17 : 13) : c))].join('  ');
  const line = (f: FormScore): string =>
    cells(
      `${f.form.padEnd(18)} ${String(f.items).padStart(4)}`,
      ratio(f.speaker),
      ratio(f.outlet),
      wrong(f.statedWhereNone),
      ratio(f.context),
    );
  const out = [
    cells(`${'form'.padEnd(18)} ${'n'.padStart(4)}`, 'speaker', 'outlet', 'stated-where-none', 'context'),
    ...s.forms.map(line),
    line(s.total),
    'stated-where-none: expectations with no stated outlet that got one (wrong / all such expectations)',
    `speaker on attributed claims: ${ratio(s.attributedSpeaker)}; ` +
      `datelines kept out of the claim: ${ratio(s.total.dateline)}`,
  ];
  if (details) out.push('', ...s.misses.map((m) => `  ${m.id} [${m.form}] ${m.what}`));
  return out.join('\n');
}
