// `claimdesk`: headless access to ClaimDesk for scripts, benchmarks and tests.
import pkg from '../../package.json' with { type: 'json' };
import { runExtract } from './extract-command';
import { runImport } from './import-command';
import { runList } from './list-command';
import { runMark } from './mark-command';
import { runReport } from './report-command';
import { CliError, type CliIo } from './io';
import { REPORT_FORMATS } from '../core/report/formats';

const USAGE = `Usage: claimdesk <command> [options]

Commands:
  extract [--format json|jsonl|text] FILE...   split articles into claims with speakers and outlets
                                               (FILE "-" reads standard input)
  import FILE|URL --workspace W                 add an article (.txt, .md, .html, URL) or restore a JSON report
  list --workspace W [--format text|json]      the articles and claims with their review status
  mark --workspace W --claim ID --status S [--note T]
                                               record a review decision (refused while the app holds W)
  report --workspace W [--article ID...] --format ${REPORT_FORMATS.join('|')} [--out FILE]
                                               the verification report (claimdesk report --help)

Options:
  -h, --help       show this help
  -v, --version    show the version`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await runExtract(rest, io);
      case 'import':
        return await runImport(rest, io);
      case 'list':
        return await runList(rest, io);
      case 'mark':
        return await runMark(rest, io);
      case 'report':
        return await runReport(rest, io);
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
