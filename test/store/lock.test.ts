import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireLock, lockPathFor, WorkspaceLockedError } from '../../main/store/lock';
import { WorkspaceStore } from '../../main/store/workspace-store';
import { tempDir } from '../helpers/tmp';

test('a lock held by a live process is refused with a message that names the holder', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  t.after(() => holder.kill());
  await writeFile(
    lockPathFor(file),
    JSON.stringify({ pid: holder.pid, host: hostname(), owner: 'app', since: '2026-01-01T00:00:00Z' }),
  );
  await assert.rejects(WorkspaceStore.open(file, { lock: 'cli' }), (e: Error) => {
    assert.ok(e instanceof WorkspaceLockedError);
    assert.equal(
      e.message,
      `The ClaimDesk app (process ${holder.pid} on ${hostname()}) has this workspace open since ` +
        `2026-01-01T00:00:00Z. Make the change there, or close it and try again.`,
    );
    return true;
  });
});

test('a lock left by a process that is gone is taken over, and released on close', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const gone = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => gone.on('exit', r));
  await writeFile(lockPathFor(file), JSON.stringify({ pid: gone.pid, host: hostname(), owner: 'app', since: 'x' }));
  const store = await WorkspaceStore.open(file, { lock: 'cli' });
  assert.equal(JSON.parse(await readFile(lockPathFor(file), 'utf8')).pid, process.pid);
  await store.close();
  await assert.rejects(readFile(lockPathFor(file)), /ENOENT/);
});

test('the same process may take its own lock again', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const a = await acquireLock(file, 'app');
  const b = await acquireLock(file, 'app');
  // The second take releases nothing: the first still holds the workspace until it lets go.
  await b.release();
  assert.equal(JSON.parse(await readFile(lockPathFor(file), 'utf8')).pid, process.pid);
  await a.release();
  await assert.rejects(readFile(lockPathFor(file)), /ENOENT/);
});
