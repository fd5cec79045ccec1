// The files that belong to a workspace: the snapshot, its journal and lock, its backups and the damaged files
// set aside beside it. Nothing else (a report, an export) may be written over one of them.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { backupFolderFor } from './backups';
import { indexPathFor } from './claim-index';
import { lockPathFor } from './lock';

const JOURNAL = '.journal';

/** What `candidate` is to the workspace ("the workspace itself", "its journal", ...), or null when unrelated. */
export async function workspaceFileRole(workspacePath: string, candidate: string): Promise<string | null> {
  const workspace = await canonical(workspacePath);
  const target = await canonical(candidate);
  const sameFile = await isSameFile(workspacePath, candidate);
  if (target === workspace || sameFile) return 'the workspace itself';
  if (target === workspace + JOURNAL) return 'its journal';
  if (target === indexPathFor(workspace)) return 'its claim index';
  if (target === lockPathFor(workspace) || target === `${lockPathFor(workspace)}.break`) return 'its lock file';
  if (target.startsWith(backupFolderFor(workspace) + sep) || target === backupFolderFor(workspace)) {
    return 'one of its backups';
  }
  const name = basename(target);
  const base = basename(workspace);
  if (dirname(target) === dirname(workspace) && name.startsWith(`${base}.`)) {
    const rest = name.slice(base.length);
    if (/^\.corrupt-|^\.journal\.damaged-|^\.v\d+-/.test(rest)) return 'a damaged or original copy it keeps';
  }
  for (const other of [workspace + JOURNAL, lockPathFor(workspace)]) {
    if (await isSameFile(other, candidate)) return other.endsWith(JOURNAL) ? 'its journal' : 'its lock file';
  }
  return null;
}

/** The real path of a file that may not exist yet: its folder resolved through symbolic links. */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const folder = await realpath(dirname(absolute)).catch(() => dirname(absolute));
    return join(folder, basename(absolute));
  }
}

/** Hard links and symbolic links to the same file count as the same file. */
async function isSameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}
