// The menu item that puts `claimdesk` on the PATH, and the app's CLI mode that the installed script starts.
import { homedir } from 'node:os';
import { app, dialog } from 'electron';
import { main as runCli } from '../cli/main';
import { processCliIo } from '../cli/process-io';
import { shimPlan, writeShim } from './cli-shim';

export async function installCliCommand(): Promise<void> {
  const plan = shimPlan({
    platform: process.platform,
    home: homedir(),
    appBinary: process.execPath,
    pathVariable: process.env.PATH ?? '',
    localAppData: process.env.LOCALAPPDATA,
  });
  try {
    await writeShim(plan);
  } catch (e) {
    dialog.showErrorBox("ClaimDesk could not install the 'claimdesk' command", (e as Error).message);
    return;
  }
  await dialog.showMessageBox({
    type: 'info',
    message: `The 'claimdesk' command is installed as ${plan.path}.`,
    detail: plan.onPath
      ? 'Open a new terminal and run: claimdesk --help'
      : `That folder is not on your PATH yet: add it in your shell's profile (or the system settings on ` +
        `Windows), then open a new terminal and run: claimdesk --help`,
  });
}

/** Runs one `claimdesk` command inside the app binary (no window), then quits with its exit code. */
export function runCliMode(args: string[]): void {
  void runCli(args, processCliIo()).then(
    (code) => app.exit(code),
    () => app.exit(1),
  );
}
