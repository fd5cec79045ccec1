// Runs every unit test (test/**/*.test.ts, except e2e) with Node's own test runner and tsx for TypeScript.
// Files run side by side, one per core (the runner's default leaves one core idle); the files are independent:
// each works in temp folders of its own and its servers listen on port 0.
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'e2e' && name !== 'fixtures' && name !== 'bench') out.push(...findTests(full));
    } else if (name.endsWith('.test.ts')) {
      out.push(full);
    }
  }
  return out;
}

const concurrency = Number(process.env.CLAIMDESK_TEST_CONCURRENCY) || Math.max(2, availableParallelism());
const files = process.argv.length > 2 ? process.argv.slice(2) : findTests('test').sort();
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--import',
    './test/mocks/register.mjs',
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
