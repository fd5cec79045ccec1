// Outlet type-ahead: the index over the shipped registry is built once, and each keystroke is a search.
// Prints the build time and the median and p95 of a keystroke's search, over the prefixes a person types.
// Asserts nothing.
import shipped from '../../main/core/outlets/data/outlets.json' with { type: 'json' };
import { OutletSearch } from '../../main/core/outlets/outlet-search';
import { createOutletResolver } from '../../main/core/outlets/resolver';
import type { OutletEntry } from '../../main/core/outlets/types';

const QUERIES = ['r', 're', 'reu', 'new y', 'kc', 'the g', 'bbc', 'xinhua', 'al j', 'zzzz'];
const ROUNDS = 200;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export async function runOutletsBench(): Promise<void> {
  const entries = (shipped as { outlets: OutletEntry[] }).outlets;
  const t0 = performance.now();
  const search = new OutletSearch(createOutletResolver(entries, []).all());
  const buildMs = performance.now() - t0;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      search.search(q, 10);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`registry: ${entries.length} outlets; index built in ${buildMs.toFixed(1)} ms`);
  console.log(
    `type-ahead search, ${times.length} keystrokes: median ${(quantile(times, 0.5) * 1000).toFixed(0)} µs, ` +
      `p95 ${(quantile(times, 0.95) * 1000).toFixed(0)} µs`,
  );
}
