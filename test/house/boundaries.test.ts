// The import boundaries of .dependency-cruiser.cjs, run by `npm run lint`: each rule must catch a canary that
// breaks it, and leave the allowed imports alone, or the check in `npm test` proves nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

function cruise(files: Record<string, string>): Violation[] {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-boundaries-'));
  try {
    const all = {
      'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "bundler" } }',
      ...files,
    };
    for (const [path, text] of Object.entries(all)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = spawnSync(
      process.execPath,
      [
        DEPCRUISE,
        'main',
        'renderer',
        '--config',
        join(ROOT, '.dependency-cruiser.cjs'),
        '-T',
        'json',
        '-f',
        'out.json',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    // A file, not stdout: depcruise exits with the count of violations, which can cut a piped stdout short.
    assert.ok(existsSync(join(dir, 'out.json')), `depcruise wrote no result: ${run.stderr}`);
    const result = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { summary: { violations: Violation[] } };
    return result.summary.violations;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TARGETS: Record<string, string> = {
  'main/store/db.ts': 'export const db = 1;\n',
  'main/api/handler.ts': 'export const handler = 1;\n',
  'main/api/contract.ts': 'export type Contract = { a: 1 };\nexport const channels = ["a"];\n',
  'main/cli/run.ts': 'export const run = 1;\n',
  'main/electron/window.ts': "import { app } from 'electron';\nexport const win = app;\n",
  'main/core/types.ts': 'export type Claim = { id: string };\n',
  'renderer/app.ts': 'export const app = 1;\n',
};

function rulesBroken(canary: Record<string, string>): string[] {
  return cruise({ ...TARGETS, ...canary })
    .map((v) => `${v.rule.name} ${v.from} -> ${v.to}`)
    .sort();
}

test('the allowed imports pass: electron in the shell, type-only contract in the renderer', () => {
  assert.deepEqual(
    rulesBroken({
      'renderer/ok.ts': "import type { Contract } from '../main/api/contract';\nexport type C = Contract;\n",
      'main/api/uses-store.ts': "import { db } from '../store/db';\nexport const x = db;\n",
      'main/cli/uses-api.ts': "import { handler } from '../api/handler';\nexport const y = handler;\n",
    }),
    [],
  );
});

test('electron outside main/electron is caught, in main and in the renderer', () => {
  const broken = rulesBroken({
    'main/api/shell.ts': "import { app } from 'electron';\nexport const a = app;\n",
    'renderer/shell.ts': "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n",
  });
  assert.deepEqual(
    broken.filter((b) => b.startsWith('electron-only-in-shell')).map((b) => b.split(' ')[1]),
    ['main/api/shell.ts', 'renderer/shell.ts'],
  );
});

test('core importing store, import, api, electron or cli is caught', () => {
  const broken = rulesBroken({
    'main/core/a.ts': "import { db } from '../store/db';\nexport const a = db;\n",
    'main/core/report/b.ts': "import { handler } from '../../api/handler';\nexport const b = handler;\n",
    'main/core/c.ts': "import { run } from '../cli/run';\nexport const c = run;\n",
    'main/core/d.ts': "import { win } from '../electron/window';\nexport const d = win;\n",
  });
  assert.deepEqual(broken.filter((b) => b.startsWith('core-is-pure')).length, 4, broken.join('\n'));
});

test('store or import reaching the api or a shell is caught', () => {
  const broken = rulesBroken({
    'main/store/up.ts': "import { handler } from '../api/handler';\nexport const u = handler;\n",
    'main/import/up.ts': "import { run } from '../cli/run';\nexport const v = run;\n",
  });
  assert.deepEqual(broken, [
    'store-import-below-api main/import/up.ts -> main/cli/run.ts',
    'store-import-below-api main/store/up.ts -> main/api/handler.ts',
  ]);
});

test('the api reaching the electron shell or the cli is caught', () => {
  const broken = rulesBroken({
    'main/api/up.ts': "import { run } from '../cli/run';\nexport const w = run;\n",
  });
  assert.deepEqual(broken, ['api-below-shells main/api/up.ts -> main/cli/run.ts']);
});

test('the renderer importing main beyond the contract, or the contract as a value, is caught', () => {
  const broken = rulesBroken({
    'renderer/reach.ts': "import type { Claim } from '../main/core/types';\nexport type R = Claim;\n",
    'renderer/value.ts': "import { channels } from '../main/api/contract';\nexport const list = channels;\n",
  });
  assert.deepEqual(broken, [
    'renderer-contract-types-only renderer/value.ts -> main/api/contract.ts',
    'renderer-only-contract renderer/reach.ts -> main/core/types.ts',
  ]);
});
