// Kill a writer with SIGKILL at random moments: after each kill the workspace opens, and every change the writer
// had acknowledged is there. `npm test` kills 40 times; .ci/run sets CLAIMDESK_CRASH_KILLS=200 for the full run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { WorkspaceStore } from '../../main/store/workspace-store';
import { tempDir } from '../helpers/tmp';

const KILLS = crashKills(process.env.CLAIMDESK_CRASH_KILLS);

function crashKills(value: string | undefined): number {
  if (value === undefined || value === '') return 40;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`CLAIMDESK_CRASH_KILLS must be a whole number above 0, not "${value}"`);
  return n;
}

test(`acknowledged changes survive ${KILLS} SIGKILLs at random moments`, { timeout: 480_000 }, async (t) => {
  const dir = await tempDir(t);
  const child = join(dir, 'crash-child.cjs');
  // Bundled once so that each child starts in a few tens of milliseconds.
  await build({
    entryPoints: ['test/store/crash-child.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: child,
    logLevel: 'silent',
  });
  const file = join(dir, 'workspace.json');
  const acked = new Map<string, number>(); // key -> highest acknowledged i
  let next = 0;
  let totalAcks = 0;
  let killsWithWritesInFlight = 0;
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  for (let round = 0; round < KILLS; round++) {
    const proc = spawn(process.execPath, [child, file, String(next), String(round + 1)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    let acksThisRound = 0;
    const killAfter = 5 + Math.floor(random() * 60); // ms after the first ack
    let timer: NodeJS.Timeout | null = null;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const [, key, i] = buffer.slice(0, nl).split(' ');
        buffer = buffer.slice(nl + 1);
        acked.set(key!, Math.max(acked.get(key!) ?? -1, Number(i)));
        acksThisRound += 1;
      }
      timer ??= setTimeout(() => proc.kill('SIGKILL'), killAfter);
    });
    const exit = await new Promise<NodeJS.Signals | null>((resolve) =>
      proc.on('exit', (_code, signal) => resolve(signal)),
    );
    if (timer) clearTimeout(timer);
    assert.equal(exit, 'SIGKILL', `round ${round}: the child was killed, not stopped otherwise`);
    if (buffer.length > 0) killsWithWritesInFlight += 1;
    totalAcks += acksThisRound;
    next += 100_000; // each round writes values of its own range

    const store = await WorkspaceStore.open(file);
    const table = (store.data.reviews.crash ?? {}) as unknown as Record<string, { i: number }>;
    for (const [key, i] of acked) {
      assert.ok((table[key]?.i ?? -1) >= i, `round ${round}: ${key} acknowledged at ${i}, found ${table[key]?.i}`);
    }
    // What is on disk now is the new baseline: later rounds must not lose it either.
    for (const [key, value] of Object.entries(table)) acked.set(key, Math.max(acked.get(key) ?? -1, value.i));
    await store.close();
  }
  console.log(
    `crash test: ${KILLS} SIGKILLs, ${totalAcks} acknowledged changes, all present after every ` +
      `kill (${killsWithWritesInFlight} kills cut an ack line mid-write)`,
  );
});
