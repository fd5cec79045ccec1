// Electron's static security check (electronegativity) over the app's own source, with the project's Electron
// version. Any finding above informational fails unless test/security/electronegativity-allow.json lists it
// with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp';

interface Finding {
  check: string;
  severity: string;
  file: string;
  location: string;
  sample: string;
}

interface Allowed {
  check: string;
  file: string;
  sample: string;
  reason: string;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell.trim());
      cell = '';
    } else if (c === '\n') {
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell.trim());
    rows.push(row);
  }
  return rows;
}

test('electronegativity finds nothing above informational that is not reviewed', { timeout: 180_000 }, async (t) => {
  const dir = await tempDir(t);
  // Only the app's own code: not the tests, fixtures or node_modules.
  for (const part of ['main', 'renderer', 'package.json']) await cp(part, join(dir, part), { recursive: true });
  // A canary with known mistakes proves the checker really ran its checks on this tree.
  await mkdir(join(dir, 'canary'));
  await writeFile(
    join(dir, 'canary', 'bad-window.js'),
    "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { " +
      'nodeIntegration: true, contextIsolation: false } });\n',
  );
  const electronVersion = JSON.parse(await readFile('node_modules/electron/package.json', 'utf8')).version as string;
  const out = join(dir, 'findings.csv');
  const run = spawnSync(
    process.execPath,
    [
      '--require',
      './test/security/electronegativity-preload.cjs',
      'node_modules/@doyensec/electronegativity/dist/index.js',
      '-i',
      dir,
      '-e',
      electronVersion,
      '-r',
      '-v',
      'false',
      '-o',
      out,
    ],
    { encoding: 'utf8', timeout: 170_000 },
  );
  assert.equal(run.status, 0, `electronegativity failed to run: ${run.stderr || run.stdout}`);
  const [, ...rows] = parseCsv(await readFile(out, 'utf8'));
  const findings: Finding[] = rows
    .filter((r) => r.length >= 6)
    .map(([check, severity, , file, location, sample]) => ({
      check: check!,
      severity: severity!,
      file: file!,
      location: location!,
      sample: sample!,
    }));
  const { allowed } = JSON.parse(await readFile('test/security/electronegativity-allow.json', 'utf8')) as {
    allowed: Allowed[];
  };
  const canary = findings.filter((f) => f.file.startsWith('canary/')).map((f) => f.check);
  assert.ok(
    canary.includes('NODE_INTEGRATION_JS_CHECK') && canary.includes('CONTEXT_ISOLATION_JS_CHECK'),
    `the canary was not flagged: ${canary}`,
  );
  const serious = findings.filter((f) => !f.file.startsWith('canary/') && f.severity.toUpperCase() !== 'INFORMATIONAL');
  const unreviewed = serious.filter(
    (f) => !allowed.some((a) => a.check === f.check && a.file === f.file && f.sample.includes(a.sample)),
  );
  for (const a of allowed) assert.ok(a.reason.length > 20, `allow-list entry ${a.check} ${a.file} needs a reason`);
  console.log(
    `electronegativity ${electronVersion}: canary flagged (${canary.length} findings); app: ` +
      `${serious.length} findings above informational, ${serious.length - unreviewed.length} ` +
      `reviewed in the allow-list, ${unreviewed.length} not`,
  );
  assert.deepEqual(unreviewed, [], 'findings not in test/security/electronegativity-allow.json');
});
