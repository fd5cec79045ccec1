import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CLI_FLAG, cliArguments, shimPlan, writeShim } from '../../main/electron/cli-shim';
import { tempDir } from '../helpers/tmp';

test('on Linux and macOS the command goes into ~/.local/bin and starts the app binary in CLI mode', async (t) => {
  const home = await tempDir(t);
  // A stand-in for the app binary, at a path with a space and a quote, that prints what it was given.
  const appBinary = join(home, 'Claim Desk', "it's", 'claimdesk');
  await mkdir(dirname(appBinary), { recursive: true });
  await writeFile(appBinary, '#!/bin/sh\nprintf "%s|" "$@"\n', { mode: 0o755 });
  const plan = shimPlan({ platform: 'linux', home, appBinary, pathVariable: `/usr/bin:${home}/.local/bin/` });
  assert.equal(plan.path, join(home, '.local', 'bin', 'claimdesk'));
  assert.equal(plan.onPath, true);
  await writeShim(plan);
  assert.equal((await stat(plan.path)).mode & 0o111, 0o111, 'executable');
  const run = spawnSync(plan.path, ['list', '--workspace', 'my desk.json'], { encoding: 'utf8' });
  assert.equal(run.stdout, `${CLI_FLAG}|list|--workspace|my desk.json|`);
  assert.equal(shimPlan({ platform: 'darwin', home, appBinary, pathVariable: '/usr/bin' }).onPath, false);
});

test('on Windows a .cmd goes into the local app data folder; a folder off the PATH is reported', () => {
  const plan = shimPlan({
    platform: 'win32',
    home: 'C:\\Users\\ana',
    localAppData: 'C:\\Users\\ana\\AppData\\Local',
    appBinary: 'C:\\Program Files\\ClaimDesk\\ClaimDesk.exe',
    pathVariable: 'C:\\Windows;C:\\Windows\\System32',
  });
  assert.match(plan.path, /ClaimDesk[\\/]bin[\\/]claimdesk\.cmd$/);
  assert.equal(plan.onPath, false);
  assert.match(plan.text, /"C:\\Program Files\\ClaimDesk\\ClaimDesk\.exe" --claimdesk-cli %\*/);
});

test('the app runs a command only when started with the CLI flag, with what follows it', () => {
  assert.deepEqual(cliArguments(['/opt/claimdesk', CLI_FLAG, 'list', '-w', 'a.json']), ['list', '-w', 'a.json']);
  assert.equal(cliArguments(['/opt/claimdesk', 'story.md']), null);
});
