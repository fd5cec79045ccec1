// Temp folders for tests that need real files; removed when the test ends.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

export async function tempDir(t: TestContext, prefix = 'claimdesk-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  // A workspace still writing its backup in the background can refill a folder while it is removed (ENOTEMPTY):
  // rm retries that on its own.
  t.after(() => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 25 }));
  return dir;
}
