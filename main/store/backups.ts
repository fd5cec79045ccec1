// Rotated backups of good snapshots, in a folder beside the workspace, and finding the newest one that reads.
import { copyFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseSnapshot } from './snapshot-file';
import { workspaceShapeProblem, type WorkspaceData } from './schema';

export const BACKUPS_KEPT = 5;

export function backupFolderFor(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath)}.backups`);
}

/** Copies the current (good) snapshot into the backup folder and drops the oldest beyond BACKUPS_KEPT. */
export async function rotateBackup(workspacePath: string, now: Date): Promise<string> {
  const folder = backupFolderFor(workspacePath);
  await mkdir(folder, { recursive: true });
  const target = join(folder, `${stamp(now)}.json`);
  await copyFile(workspacePath, target);
  const all = (await listBackups(workspacePath)).reverse(); // oldest first
  for (const old of all.slice(0, Math.max(0, all.length - BACKUPS_KEPT))) await unlink(old).catch(() => undefined);
  return target;
}

/** Backup files, newest first. */
export async function listBackups(workspacePath: string): Promise<string[]> {
  const folder = backupFolderFor(workspacePath);
  try {
    const names = (await readdir(folder))
      .filter((n) => n.endsWith('.json'))
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
      const data = parseSnapshot<WorkspaceData>(await readFile(path, 'utf8'), path);
      if (!workspaceShapeProblem(data)) return { path, data };
    } catch {
      /* try the next one */
    }
  }
  return null;
}

export function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
