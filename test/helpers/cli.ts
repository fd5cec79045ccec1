// Runs the `claimdesk` command in this process (main/cli/main.ts) and collects what it prints.
import { main } from '../../main/cli/main';

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readStdin: async () => new Uint8Array(),
  });
  return { code, out, err };
}
