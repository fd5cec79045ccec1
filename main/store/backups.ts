// Rotated backups of good snapshots, in a folder beside the workspace, and finding the newest one that reads.
// Only a file that passed validation is ever copied here; the copy is atomic, so a killed copy never counts as one.
import { copyFile, mkdir, open, readdir, readFile, rename, stat, statfs, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { tempPathFor } from './durable-write';
import { syncFolder } from './fs-sync';
import { parseSnapshot } from './snapshot-file';
import { SCHEMA_VERSION, type WorkspaceData } from './schema';
import { validateWorkspace } from './validate';

export const BACKUPS_KEPT = 5;
/** Bytes that must stay free after a backup copy. */
const FREE_AFTER_BACKUP = 1024 * 1024;

export function backupFolderFor(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath)}.backups`);
}

/** Copies the current (validated) snapshot into the backup folder and drops the oldest beyond BACKUPS_KEPT. */
export async function rotateBackup(workspacePath: string, now: Date): Promise<string> {
  const folder = backupFolderFor(workspacePath);
  await mkdir(folder, { recursive: true });
  // A backup must never be what fills the disk: the journal's next append needs the space more.
  const [{ size }, fsInfo] = await Promise.all([stat(workspacePath), statfs(folder).catch(() => null)]);
  if (fsInfo && fsInfo.bavail * fsInfo.bsize < size + FREE_AFTER_BACKUP) {
    throw Object.assign(new Error('not enough free space for a backup'), { code: 'ENOSPC' });
  }
  const target = join(folder, `${stamp(now)}.json`);
  const temp = tempPathFor(target);
  try {
    await copyFile(workspacePath, temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncFolder(folder);
  const all = (await listBackups(workspacePath)).reverse(); // oldest first
  for (const old of all.slice(0, Math.max(0, all.length - BACKUPS_KEPT))) await unlink(old).catch(() => undefined);
  return target;
}

/** Backup files, newest first. */
export async function listBackups(workspacePath: string): Promise<string[]> {
  const folder = backupFolderFor(workspacePath);
  try {
    const names = (await readdir(folder))
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .sort()
      .reverse();
    return names.map((n) => join(folder, n));
  } catch {
    return [];
  }
}

export async function newestGoodBackup(workspacePath: string): Promise<{ path: string; data: WorkspaceData } | null> {
  for (const path of await listBackups(workspacePath)) {
    try {
      const data = parseSnapshot<unknown>(await readFile(path, 'utf8'), path);
      const check = validateWorkspace(data, SCHEMA_VERSION);
      if (!check.fatal && check.bad.length === 0 && check.good) return { path, data: check.good };
    } catch {
      /* try the next one */
    }
  }
  return null;
}

export function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
