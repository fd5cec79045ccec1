// "Install 'claimdesk' Command in PATH" (as VS Code's "Install 'code' command"): a small script in the person's
// own bin folder that starts the packaged app in CLI mode. Plain Node, so that it is tested without Electron.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';

/** The flag that makes the app binary run a `claimdesk` command instead of opening its window. */
export const CLI_FLAG = '--claimdesk-cli';

export interface ShimPlan {
  path: string;
  text: string;
  /** Whether the folder is on the PATH the app was started with. */
  onPath: boolean;
}

/** Where the shim goes and what it says, for an app binary at `appBinary`. */
export function shimPlan(options: {
  platform: NodeJS.Platform;
  home: string;
  appBinary: string;
  pathVariable: string;
  localAppData?: string;
}): ShimPlan {
  const windows = options.platform === 'win32';
  const folder = windows
    ? join(options.localAppData ?? join(options.home, 'AppData', 'Local'), 'ClaimDesk', 'bin')
    : join(options.home, '.local', 'bin');
  const path = join(folder, windows ? 'claimdesk.cmd' : 'claimdesk');
  const text = windows
    ? `@echo off\r\n"${options.appBinary}" ${CLI_FLAG} %*\r\n`
    : `#!/bin/sh\n# Installed by ClaimDesk (menu: Install 'claimdesk' Command in PATH).\n` +
      `exec '${options.appBinary.replace(/'/g, `'\\''`)}' ${CLI_FLAG} "$@"\n`;
  const sep = windows ? ';' : delimiter;
  const onPath = options.pathVariable
    .split(sep)
    .some((p) => p.replace(/[\\/]+$/, '').toLowerCase() === folder.toLowerCase());
  return { path, text, onPath };
}

export async function writeShim(plan: ShimPlan): Promise<void> {
  await mkdir(dirname(plan.path), { recursive: true });
  await writeFile(plan.path, plan.text, 'utf8');
  await chmod(plan.path, 0o755);
}

/** The command's arguments when the app was started by the shim, else null. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_FLAG);
  return at < 0 ? null : argv.slice(at + 1);
}
