import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileIo } from '../../main/store/durable-write';
import {
  acquireLock,
  lockPathFor,
  LockWriteError,
  processStartTime,
  WorkspaceLockedError,
} from '../../main/store/lock';
import { WorkspaceStore } from '../../main/store/workspace-store';
import { tempDir } from '../helpers/tmp';

const onLinux = processStartTime(process.pid) !== null;

function liveProcess(t: import('node:test').TestContext) {
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  t.after(() => holder.kill());
  return holder;
}

test('a lock held by a live process is refused with a message that names the holder', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const holder = liveProcess(t);
  await new Promise((r) => setTimeout(r, 50)); // its /proc entry exists
  await writeFile(
    lockPathFor(file),
    JSON.stringify({
      pid: holder.pid,
      host: hostname(),
      owner: 'app',
      since: '2026-01-01T00:00:00Z',
      startTime: processStartTime(holder.pid!),
    }),
  );
  await assert.rejects(WorkspaceStore.open(file, { lock: 'cli' }), (e: Error) => {
    assert.ok(e instanceof WorkspaceLockedError);
    assert.equal(
      e.message,
      onLinux
        ? `The ClaimDesk app (process ${holder.pid} on ${hostname()}) has this workspace open since ` +
            `2026-01-01T00:00:00Z. Make the change there, or close it and try again.`
        : e.message,
    );
    return true;
  });
});

test(
  'a live pid whose start time differs (the pid was reused by an unrelated process) is stale',
  { skip: !onLinux },
  async (t) => {
    const file = join(await tempDir(t), 'workspace.json');
    const unrelated = liveProcess(t);
    await writeFile(
      lockPathFor(file),
      JSON.stringify({ pid: unrelated.pid, host: hostname(), owner: 'app', since: 'x', startTime: '1' }),
    );
    const store = await WorkspaceStore.open(file, { lock: 'cli' });
    assert.equal(JSON.parse(await readFile(lockPathFor(file), 'utf8')).pid, process.pid);
    await store.close();
  },
);

test('a live pid that cannot be confirmed as ClaimDesk is named, with how to free the lock', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const holder = liveProcess(t);
  await writeFile(lockPathFor(file), JSON.stringify({ pid: holder.pid, host: hostname(), owner: 'app', since: 'x' }));
  await assert.rejects(WorkspaceStore.open(file, { lock: 'cli' }), (e: Error) => {
    assert.equal(
      e.message,
      `Process ${holder.pid} on this computer holds the workspace lock (taken by the ClaimDesk app at x), and ` +
        `ClaimDesk cannot tell whether it is still ClaimDesk. Close ClaimDesk there; if no ClaimDesk is running, ` +
        `delete ${lockPathFor(file)} and try again.`,
    );
    return true;
  });
});

test('a lock from another computer is respected, and the message says how to free it', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  await writeFile(lockPathFor(file), JSON.stringify({ pid: 1, host: 'desk-7', owner: 'app', since: 'noon' }));
  await assert.rejects(acquireLock(file, 'cli'), (e: Error) => {
    assert.equal(
      e.message,
      `The ClaimDesk app on another computer (desk-7, process 1) has this workspace open since noon. Close it there; ` +
        `if that computer no longer uses it, delete ${lockPathFor(file)} and try again.`,
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

test('release removes only its own lock, never one that another process holds now', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const mine = await acquireLock(file, 'cli');
  const other = JSON.stringify({ pid: 1, host: 'desk-7', owner: 'app', since: 'x', token: 'theirs' });
  await writeFile(lockPathFor(file), other); // as if it had been (wrongly) taken over
  await mine.release();
  assert.equal(await readFile(lockPathFor(file), 'utf8'), other);
});

test('a writer waits a bounded time for a live holder instead of refusing at once', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const holder = liveProcess(t);
  await new Promise((r) => setTimeout(r, 50));
  const foreign = {
    pid: holder.pid,
    host: hostname(),
    owner: 'cli',
    since: 'now',
    startTime: processStartTime(holder.pid!),
  };
  await writeFile(lockPathFor(file), JSON.stringify(foreign));
  await assert.rejects(acquireLock(file, 'cli', { waitMs: 0 }), WorkspaceLockedError);
  const waiting = acquireLock(file, 'cli', { waitMs: 20_000 });
  setTimeout(() => void unlink(lockPathFor(file)), 300); // the holder finishes
  const lock = await waiting;
  assert.equal(JSON.parse(await readFile(lockPathFor(file), 'utf8')).pid, process.pid);
  await lock.release();
});

test('the same process may take its own lock again', async (t) => {
  const file = join(await tempDir(t), 'workspace.json');
  const a = await acquireLock(file, 'app');
  const b = await acquireLock(file, 'app');
  await b.release();
  await a.release();
});

test(
  'a full disk while taking the lock leaves no lock file (not even an empty one) and says so in ' + 'words',
  async (t) => {
    const dir = await tempDir(t);
    const file = join(dir, 'workspace.json');
    const original = fileIo.write;
    fileIo.write = (handle, bytes, target) => original(handle, bytes.subarray(0, bytes.length >> 1), target);
    t.after(() => (fileIo.write = original));
    await assert.rejects(acquireLock(file, 'cli'), (e: Error) => {
      assert.ok(e instanceof LockWriteError);
      assert.equal(
        e.message,
        `The disk is full: ClaimDesk could not save to ${lockPathFor(file)}. ` +
          `The workspace lock could not be taken, so nothing was changed.`,
      );
      return true;
    });
    assert.deepEqual(await readdir(dir), [], 'no lock and no temp file left behind');
  },
);
