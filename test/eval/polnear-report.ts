// The PolNeAR part of `npm run eval`: the whole pipeline on the dev split, scored with the port of the reference
// scorer (citron_exact: linked; cofenet_exact: per role), beside the rules alone, and the misses broken down by
// cue kind and by boundary error. Returns the linked F1 per role, for the floor that .ci/run checks.
import { loadSplit, polnearDir, WHERE_TO_GET, type PolnearArticle } from '../model/polnear-data';
import { predictArticle } from './polnear';
import { prf, scoreCorpus, PN_ROLES, type Counts, type PnArticle, type PnRole } from './polnear-score';
import type { ExtractOptions } from '../../main/core/extract';

const f3 = (x: number) => x.toFixed(3);

function rows(label: string, C: Counts): string[] {
  const cell = (k: string) => {
    const { p, r, f1 } = prf(C[k] as [number, number, number]);
    return `${f3(p)} ${f3(r)} ${f3(f1)}`;
  };
  return [
    `${(label + ', linked').padEnd(30)} ${PN_ROLES.map((r) => cell(r)).join(' | ')}`,
    `${(label + ', per role').padEnd(30)} ${PN_ROLES.map((r) => cell('cf_' + r)).join(' | ')}`,
  ];
}

/** A cue's kind, for the breakdown of misses. */
export function cueKind(cue: string): string {
  const c = cue.toLowerCase().trim();
  if (/^[:\-\u2013\u2014\u2015]+$/.test(c) || /:$/.test(c)) return 'colon or dash';
  if (/^(according to|as per|per|citing)\b/.test(c)) return 'according to / per / citing';
  const words = c.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (/^(said|says|say|saying|told|tells|tell|telling|added|adding|wrote|asked|stated|noted)$/.test(words[0] ?? ''))
    return words.length > 1 ? 'said-verb with extension' : 'said-verb';
  if (/(ed|s|ing|e)$/.test(head) && words.length <= 4) return 'other verb';
  return 'noun or phrase';
}

type Pair = [number, number];
const spans = (xs: { start: number; end: number }[], text: string): Pair[] =>
  xs
    .map((x): Pair => {
      const seg = text.slice(x.start, x.end);
      return [x.start + (seg.length - seg.trimStart().length), x.end - (seg.length - seg.trimEnd().length)];
    })
    .sort((a, b) => a[0] - b[0]);

/** How a predicted role differs from the gold one of the same cue. */
export function boundaryError(gold: Pair[], pred: Pair[]): string {
  if (gold.length === 0 && pred.length === 0) return 'ok';
  if (gold.length === 0) return 'spurious';
  if (pred.length === 0) return 'missing';
  if (gold.length !== pred.length) return `fragments ${gold.length} -> ${pred.length}`;
  const gs = (gold[0] as Pair)[0];
  const ge = (gold[gold.length - 1] as Pair)[1];
  const ps = (pred[0] as Pair)[0];
  const pe = (pred[pred.length - 1] as Pair)[1];
  if (gs === ps && ge === pe) return JSON.stringify(gold) === JSON.stringify(pred) ? 'ok' : 'inner fragment edges';
  if (pe <= gs || ps >= ge) return 'elsewhere';
  const start = ps < gs ? 'starts early' : ps > gs ? 'starts late' : '';
  const end = pe < ge ? 'ends early' : pe > ge ? 'ends late' : '';
  return [start, end].filter(Boolean).join(', ');
}

function breakdown(gold: PolnearArticle[], pred: Map<string, PnArticle>): void {
  const cueMiss = new Map<string, [number, number]>(); // kind -> [missed, total]
  const roleErr = new Map<string, Map<string, number>>();
  for (const g of gold) {
    const p = pred.get(g.id);
    const P = (p?.attributions ?? []).filter((a) => a.cue.length > 0);
    for (const a of g.attributions) {
      const c0 = a.cue[0];
      const c1 = a.cue[a.cue.length - 1];
      if (!c0 || !c1) continue;
      const kind = cueKind(g.text.slice(c0.start, c1.end));
      const m = P.find((x) => x.cue[0]!.start === c0.start && x.cue[x.cue.length - 1]!.end === c1.end);
      const cell = cueMiss.get(kind) ?? [0, 0];
      cell[1]++;
      if (!m) {
        const near = P.some((x) => x.cue[0]!.start < c1.end && c0.start < x.cue[x.cue.length - 1]!.end);
        cell[0]++;
        const k = near ? 'cue found with other edges' : 'cue not found';
        const r = roleErr.get('cue') ?? new Map<string, number>();
        r.set(k, (r.get(k) ?? 0) + 1);
        roleErr.set('cue', r);
      }
      cueMiss.set(kind, cell);
      if (!m) continue;
      for (const role of ['source', 'content'] as PnRole[]) {
        const e = boundaryError(spans(a[role], g.text), spans(m[role], g.text));
        if (e === 'ok') continue;
        const r = roleErr.get(role) ?? new Map<string, number>();
        r.set(e, (r.get(e) ?? 0) + 1);
        roleErr.set(role, r);
      }
    }
  }
  console.log('\nMissed gold cues by kind (missed / gold):');
  for (const [k, [m, t]] of [...cueMiss].sort((a, b) => b[1][0] - a[1][0]))
    console.log(`  ${k.padEnd(30)} ${String(m).padStart(4)} / ${String(t).padStart(4)}  (recall ${f3(1 - m / t)})`);
  console.log('Errors by kind (cue: gold cues missed; source and content: on cues found exactly):');
  for (const [role, m] of roleErr)
    console.log(
      `  ${role.padEnd(8)} ` +
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([k, n]) => `${k} ${n}`)
          .join('; '),
    );
}

/** Prints the PolNeAR section; null when the data is not here. */
export function polnearSection(): Record<PnRole, number> | null {
  const dir = polnearDir();
  const dev = dir ? loadSplit(dir, 'dev') : [];
  if (dev.length === 0) {
    console.log(`PolNeAR dev: not found. ${WHERE_TO_GET}\n`);
    return null;
  }
  console.log(
    `PolNeAR dev: ${dev.length} articles, ${dev.reduce((n, g) => n + g.attributions.length, 0)} gold attributions.`,
  );
  console.log(
    'Exact-span P R F1 per role as ../shared/polnear/score.py computes them (citron_exact: a source or content',
  );
  console.log(
    'counts only with an overlapping cue; cofenet_exact: per-role spans, no linking). Top-level attributions.\n',
  );
  console.log(`${'system'.padEnd(30)} ${'cue P R F1'.padEnd(17)} | ${'source P R F1'.padEnd(17)} | content P R F1`);
  const run = (o: ExtractOptions) => new Map(dev.map((g) => [g.id, predictArticle(g, o)]));
  const learned = run({});
  const C = scoreCorpus(dev, learned);
  for (const line of rows('ClaimDesk (learned + rules)', C)) console.log(line);
  for (const line of rows('rules alone', scoreCorpus(dev, run({ engine: 'rules' })))) console.log(line);
  breakdown(dev, learned);
  console.log('');
  return {
    cue: prf(C.cue as [number, number, number]).f1,
    source: prf(C.source as [number, number, number]).f1,
    content: prf(C.content as [number, number, number]).f1,
  };
}
