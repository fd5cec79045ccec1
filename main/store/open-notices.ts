// What the person is told about opening a workspace that was damaged, old, newer or partly bad: each message
// says what happened, where the kept files are, and what to do.
import type { DamagedLine } from './journal';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function partlyDamaged(filePath: string, badParts: string[], backup: string | undefined): string {
  return (
    `Part of the workspace file ${filePath} is damaged, so it is open read-only with the rest: ` +
    `${badParts.join('; ')}. Nothing was changed. ${backup ? `The newest good backup is ${backup}; ` : ''}` +
    `repair the file, or move it away to restore ${backup ? 'that backup' : 'a backup'} the next time it is opened.`
  );
}

/** How many journal changes were (or, read-only, are) applied onto a restored backup, and whether some are missing. */
export function replayNote(count: number, gap: boolean, readOnly: boolean): string {
  if (count === 0) return '';
  const verb = readOnly ? (count === 1 ? 'is' : 'are') : count === 1 ? 'was' : 'were';
  return (
    ` ${plural(count, 'later change')} from the journal ${verb} applied to it` +
    (gap ? ', but changes made between the backup and the oldest of those are missing.' : '.')
  );
}

export function unreadableShown(problem: string, backup: string | null, note: string, backupsFolder: string): string {
  return (
    `The workspace file could not be read because ${problem}. ` +
    (backup
      ? `Shown instead: the newest good backup (${backup}).${note} ` +
        'Open the workspace in ClaimDesk (or with a writing command) to restore it.'
      : `No good backup was found in ${backupsFolder}.`)
  );
}

export function restored(problem: string, aside: string, backup: string | null, note: string, changes: number): string {
  const start = `The workspace file could not be read because ${problem}. It was moved aside to ${aside}`;
  if (backup) return `${start}, and the newest good backup (${backup}) was restored.${note}`;
  return (
    `${start}. No good backup was found, so ` +
    (changes > 0
      ? `the workspace was rebuilt from the ${plural(changes, 'change')} its journal held.`
      : 'a new, empty workspace was started in its place.')
  );
}

export function newerVersion(version: number, understood: number): string {
  return (
    `This workspace was written by a newer version of ClaimDesk (schema ${version}; this version understands ` +
    `${understood}). It is open read-only so nothing in it is lost: update ClaimDesk to change it.`
  );
}

export function damagedLine(d: DamagedLine, readOnly: boolean, damagedFile: string): string {
  return (
    `Line ${d.line} of the workspace journal could not be used because ${d.reason}; ` +
    (readOnly
      ? 'it was skipped and the other changes were applied (it is set aside when the workspace is next opened ' +
        'for writing).'
      : `it was set aside in ${damagedFile}, and the other changes were applied.`)
  );
}

export function migrated(from: number, to: number, original: string): string {
  return (
    `This workspace was updated from schema ${from} to ${to}. ` + `A copy of the original file was kept as ${original}.`
  );
}

export function notRewritten(reason: string, recovered: boolean): string {
  return (
    `${reason} The workspace could not be ${recovered ? 'restored' : 'updated'}, so nothing was changed; ` +
    'free some space and open it again.'
  );
}
