// `claimdesk`: headless access to ClaimDesk for scripts, benchmarks and tests.
import pkg from '../../package.json' with { type: 'json' };
import { runExtract } from './extract-command';
import { CliError, type CliIo } from './io';

const USAGE = `Usage: claimdesk <command> [options]

Commands:
  extract [--format json|jsonl|text] FILE...   split articles into claims with speakers and outlets
                                               (FILE "-" reads standard input)

Options:
  -h, --help       show this help
  -v, --version    show the version`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await runExtract(rest, io);
      case '-v':
      case '--version':
        io.stdout(`${pkg.version}\n`);
        return 0;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}"\n\n${USAGE}`, 2);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`claimdesk: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr(`claimdesk: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}
