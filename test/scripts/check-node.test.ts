import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import PACKAGE from '../../package.json' with { type: 'json' };

const { nodeProblem } = createRequire(import.meta.url)('../../scripts/check-node.cjs') as {
  nodeProblem(version: string): string | null;
};

test('Node versions that Electron 45 and its tools cannot run on get a plain message, the others none', () => {
  for (const old of ['18.20.4', '20.18.3', '21.7.3', '22.11.0'])
    assert.match(nodeProblem(old) ?? '', new RegExp(`needs Node\\.js 20\\.19 .* 22\\.12 .*this is Node ${old}`));
  for (const fine of ['20.19.0', '20.20.2', '22.12.0', '24.1.0']) assert.equal(nodeProblem(fine), null);
});

test('npm start checks the Node version first, and this Node passes', () => {
  assert.match(PACKAGE.scripts.start, /^node scripts\/check-node\.cjs && /);
  assert.equal(PACKAGE.engines.node, '^20.19.0 || >=22.12.0');
  const run = spawnSync(process.execPath, ['scripts/check-node.cjs'], { encoding: 'utf8' });
  assert.deepEqual([run.status, run.stderr], [0, '']);
});
