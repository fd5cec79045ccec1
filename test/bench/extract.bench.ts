// Extraction benchmark (issue 3): throughput on a >= 1 MB corpus built from the dev fixture articles and the
// sample, beside the raw tokenizer's throughput in the same run (the ratio is the figure that travels between
// machines); warm per-article latency; a 1,000-word article; the cost of outlet resolution; the CLI's cold start.
// Prints figures only: no timed assertions (ARCHITECTURE.md §8).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../../main/core/extract';
import { outletFrame } from '../../main/core/outlets/frames';
import { createOutletResolver, defaultOutletResolver, type OutletResolver } from '../../main/core/outlets/resolver';
import shippedOutlets from '../../main/core/outlets/data/outlets.json' with { type: 'json' };
import type { OutletEntry } from '../../main/core/outlets/types';
import type { Claim } from '../../main/core/types';
import { normalizeForMatching } from '../../main/core/text/normalize';
import { tokenize } from '../../main/core/text/tokens';
import { decodeModel } from '../../main/core/attribution/learned/model-io';
import { loadSplit, polnearDir } from '../model/polnear-data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'test/fixtures/attribution');
const SAMPLE = join(ROOT, 'seeds/putin-kim-letter.txt');
// Held-out articles are never read here: tuning on their timings would be tuning on them.
const HELD_OUT = new Set([5, 9, 13, 17, 21, 25, 29, 33, 37, 41]);
const MIN_BYTES = 1_000_000;
const RUNS = 6;

/** A resolver that recognises nothing: extraction without outlet resolution. */
const NO_OUTLETS: OutletResolver = { resolve: () => null, get: () => undefined, all: () => [] };

function devArticles(): string[] {
  const out = [readFileSync(SAMPLE, 'utf8')];
  for (const name of readdirSync(FIXTURES).sort()) {
    const m = /^(\d+)-.*\.txt$/.exec(name);
    if (!m || HELD_OUT.has(Number(m[1]))) continue;
    out.push(readFileSync(join(FIXTURES, name), 'utf8'));
  }
  return out;
}

const FRAME_RESOLVER = defaultOutletResolver();

/**
 * Unregistered outlets by their frame (issue 13), the registry's fallback as an extractor would call it: for each
 * claim the registry gave no outlet, outletFrame over its attribution sources, or over the claim itself when its
 * attributions have none (a passive "was first reported by ...").
 */
function unregisteredFrames(text: string, claims: readonly Claim[]): number {
  let found = 0;
  for (const c of claims) {
    if (c.outlet || c.attributions.length === 0) continue;
    let hit = false;
    let sources = 0;
    for (const a of c.attributions)
      for (const src of a.source) {
        sources++;
        hit ||= outletFrame(text, src.start, src.end, { resolver: FRAME_RESOLVER }) !== null;
      }
    if (sources === 0) hit = outletFrame(text, c.start, c.end, { resolver: FRAME_RESOLVER }) !== null;
    if (hit) found++;
  }
  return found;
}

/** At least 1 MB of PolNeAR train text when the data is here (the measure), else the ' +
  'project's own dev articles. */
function benchArticles(): { articles: string[]; from: string } {
  const dir = polnearDir();
  if (dir) {
    const texts: string[] = [];
    let n = 0;
    for (const a of loadSplit(dir, 'train')) {
      texts.push(a.text);
      n += Buffer.byteLength(a.text, 'utf8');
      if (n >= MIN_BYTES) break;
    }
    if (n >= MIN_BYTES) return { articles: texts, from: 'PolNeAR train' };
  }
  return { articles: devArticles(), from: 'dev fixtures + sample' };
}

function segmenterRate(corpus: string[], bytes: number): number {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const rates: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    let count = 0;
    for (const text of corpus) for (const _ of seg.segment(text)) count++;
    rates.push(bytes / 1e6 / ((performance.now() - t0) / 1000));
    if (count === 0) break;
  }
  return median(rates);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}

function thousandWords(articles: string[]): string {
  const paras: string[] = [];
  let words = 0;
  for (const a of articles) {
    for (const p of a.split(/\n\s*\n/)) {
      const w = p.split(/\s+/).filter(Boolean).length;
      if (w < 12) continue; // prose paragraphs only
      paras.push(p.trim());
      words += w;
      if (words >= 1000) return paras.join('\n\n');
    }
  }
  return paras.join('\n\n');
}

function cliColdStart(): string {
  const cli = join(ROOT, 'dist/cli.cjs');
  if (!existsSync(cli)) return 'dist/cli.cjs missing: run `npm run build:cli` first';
  const args = [cli, 'extract', 'seeds/putin-kim-letter.txt'];
  const hf = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
  if (hf.status === 0) {
    const r = spawnSync(
      'hyperfine',
      [
        '--runs',
        '10',
        '--warmup',
        '1',
        '--style',
        'none',
        '--export-json',
        '/dev/stdout',
        `${process.execPath} ${args.join(' ')}`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    try {
      const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as { results: { median: number }[] };
      const med = json.results[0]?.median;
      if (med !== undefined) return `${(med * 1000).toFixed(0)} ms median of 10 runs (hyperfine)`;
    } catch {
      // fall through to plain timing
    }
  }
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - t0;
    if (r.status !== 0) return `the CLI failed: ${String(r.stderr).trim().slice(0, 200)}`;
    if (i > 0) times.push(ms); // the first run warms the disk cache
  }
  return (
    `${median(times).toFixed(0)} ms median of 10 runs (node ${args.slice(1).join(' ')}; p95 ` +
    `${percentile(times, 95).toFixed(0)} ms)`
  );
}

export async function runExtractBench(): Promise<void> {
  const t0 = performance.now();
  decodeModel(JSON.parse(readFileSync(join(ROOT, 'main/core/attribution/model/attribution-model.json'), 'utf8')));
  console.log(`attribution model: read and decoded in ${(performance.now() - t0).toFixed(0)} ms (cold, this process)`);
  const { articles, from } = benchArticles();
  const corpus: string[] = [];
  let bytes = 0;
  while (bytes < MIN_BYTES) {
    for (const a of articles) {
      corpus.push(a);
      bytes += Buffer.byteLength(a, 'utf8');
    }
  }
  console.log(
    `corpus: ${articles.length} articles (${from}), repeated to ${corpus.length} ` +
      `documents, ${(bytes / 1e6).toFixed(2)} MB`,
  );

  // Warm both paths before timing.
  for (const a of articles) {
    extractClaims(a);
    extractClaims(a, { outlets: NO_OUTLETS });
  }
  // The three passes are interleaved document by document, so that a slow patch of a shared machine (GC, another
  // process) falls on all of them alike; each figure is the median over RUNS passes over the whole corpus (an even
  // number: half with each order).
  const tokRates: number[] = [];
  const extRates: number[] = [];
  const noRates: number[] = [];
  const costs: number[] = [];
  const frameCosts: number[] = [];
  let framesFound = 0;
  for (let r = 0; r < RUNS; r++) {
    let tTok = 0;
    let tExt = 0;
    let tNo = 0;
    let tFrames = 0;
    framesFound = 0;
    for (const text of corpus) {
      let t0 = performance.now();
      tokenize(normalizeForMatching(text), 0, text.length);
      tTok += performance.now() - t0;
      // Alternate which extraction goes first, so that neither profits from the other's warm caches.
      let claims: Claim[];
      if (r % 2 === 0) {
        t0 = performance.now();
        claims = extractClaims(text).claims;
        tExt += performance.now() - t0;
        t0 = performance.now();
        extractClaims(text, { outlets: NO_OUTLETS });
        tNo += performance.now() - t0;
      } else {
        t0 = performance.now();
        extractClaims(text, { outlets: NO_OUTLETS });
        tNo += performance.now() - t0;
        t0 = performance.now();
        claims = extractClaims(text).claims;
        tExt += performance.now() - t0;
      }
      t0 = performance.now();
      framesFound += unregisteredFrames(text, claims);
      tFrames += performance.now() - t0;
    }
    costs.push(tExt / tNo - 1);
    frameCosts.push(tFrames / tExt);
    const mb = bytes / 1e6;
    tokRates.push(mb / (tTok / 1000));
    extRates.push(mb / (tExt / 1000));
    noRates.push(mb / (tNo / 1000));
  }
  const tok = median(tokRates);
  const ext = median(extRates);
  const noOutlets = median(noRates);
  console.log(`extraction:        ${ext.toFixed(2)} MB/s (median of ${RUNS} runs, one core)`);
  console.log(`raw tokenizer:     ${tok.toFixed(2)} MB/s (normalise + tokenize, same corpus, same run)`);
  console.log(`ratio:             ${(ext / tok).toFixed(3)} (extraction / tokenizer)`);
  console.log(`Intl.Segmenter:    ${segmenterRate(corpus, bytes).toFixed(2)} MB/s (sentence split only, same corpus)`);
  // The cost is taken run by run (both extractions of a run share its load) and its median reported.
  const cost = median(costs);
  console.log(
    `outlet resolution: ${noOutlets.toFixed(2)} MB/s without, ${ext.toFixed(2)} MB/s with: ` +
      (`${(cost * 100).toFixed(1)}% more time (median of ${RUNS} paired runs; range ` +
        `${(Math.min(...costs) * 100).toFixed(1)}..${(Math.max(...costs) * 100).toFixed(1)}%) ` +
        `(issue 4 budget: < 10%)`),
  );

  console.log(
    `unregistered-outlet frames: ${(median(frameCosts) * 100).toFixed(1)}% of extraction time ` +
      `(median of ${RUNS} runs, paired with extraction; ${framesFound} claims with a frame per run) (issue 13 ` +
      `budget: < 10%)`,
  );

  // The same with a workspace's own outlets in place (issue 4): 60 added outlets and 5 corrected shipped ones,
  // as extraction and re-extraction use them (createOutletResolver(shipped, userOutlets)).
  const shippedList = (shippedOutlets as { outlets: OutletEntry[] }).outlets;
  const userOutlets: OutletEntry[] = [];
  for (let i = 0; i < 60; i++) {
    userOutlets.push({
      id: `user-bench-${i}`,
      name: `Bench Courier ${i}`,
      aliases: [`BC${i}`, `the Courier ${i}`],
      domains: [`courier${i}.example`],
      country: 'GB',
      language: 'en',
      kind: 'newspaper',
      user: true,
    });
  }
  for (const id of ['reuters', 'ap', 'afp', 'bbc', 'kcna']) {
    const e = shippedList.find((x) => x.id === id);
    if (e) userOutlets.push({ ...e, domains: [`${id}.example`, ...e.domains], user: true });
  }
  const withUser = createOutletResolver(shippedList, userOutlets);
  for (const a of articles) extractClaims(a, { outlets: withUser });
  const userCosts: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let tUser = 0;
    let tNo = 0;
    for (const text of corpus) {
      const order = r % 2 === 0 ? [true, false] : [false, true];
      for (const on of order) {
        const t0 = performance.now();
        extractClaims(text, { outlets: on ? withUser : NO_OUTLETS });
        if (on) tUser += performance.now() - t0;
        else tNo += performance.now() - t0;
      }
    }
    userCosts.push(tUser / tNo - 1);
  }
  const userCost = median(userCosts);
  console.log(
    `resolution on vs off, ${userOutlets.length} user outlets in place: ${(userCost * 100).toFixed(1)}% more time ` +
      (`(median of ${RUNS} paired runs; range ` +
        `${(Math.min(...userCosts) * 100).toFixed(1)}..${(Math.max(...userCosts) * 100).toFixed(1)}%) ` +
        `(issue 4 budget: < 10%)`),
  );

  const lat: number[] = [];
  for (const a of articles) {
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      extractClaims(a);
      runs.push(performance.now() - t0);
    }
    lat.push(median(runs));
  }
  console.log(
    `per-article latency (warm, ${articles.length} articles): median ${median(lat).toFixed(2)} ` +
      `ms, p95 ${percentile(lat, 95).toFixed(2)} ms`,
  );

  const k = thousandWords(articles);
  const words = k.split(/\s+/).filter(Boolean).length;
  const kt: number[] = [];
  for (let r = 0; r < 21; r++) {
    const t0 = performance.now();
    extractClaims(k);
    kt.push(performance.now() - t0);
  }
  console.log(
    `${words}-word article (warm): median ${median(kt.slice(1)).toFixed(2)} ms over 20 runs (target < 10 ms)`,
  );

  console.log(`CLI cold start:    ${cliColdStart()} (target < 500 ms)`);
}
