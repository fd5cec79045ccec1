// `claimdesk`: headless access to ClaimDesk for scripts, benchmarks and tests.
import pkg from '../../package.json' with { type: 'json' };
// Each command is loaded when it runs (main/cli is a CommonJS package; esbuild keeps a bundled require lazy):
// `mark` need not evaluate the HTML parser, PDF printing and the rest, and start-up is most of a one-claim
// change (see `npm run bench`).
import { describeWriteError, isDiskProblem } from '../store/fs-errors';
import { CliError, type CliIo } from './io';
import { REPORT_FORMATS } from '../core/report/formats';

const USAGE = `Usage: claimdesk <command> [options]

Commands:
  extract [--format json|jsonl|text] FILE...   split articles into claims with speakers and outlets
                                               (FILE "-" reads standard input)
  import FILE|URL --workspace W                 add an article (.txt, .md, .html, URL) or restore a JSON report
  list --workspace W [--format text|json]      the articles and claims with their review status
  mark --workspace W --claim ID --status S [--note T]
                                               record a review decision (waits --wait seconds while the app
                                               or another command holds W)
  report --workspace W [--article ID...] --format ${REPORT_FORMATS.join('|')} [--out FILE]
                                               the verification report (claimdesk report --help)
  sync --workspace W --server URL --db NAME [--user U --password-env VAR]
                                               sync once with a CouchDB server; exit 0 when both sides agree

Options:
  -h, --help       show this help
  -v, --version    show the version`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    /* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports --
       each command is required when it runs, so that `mark` does not load the extractor's model (see above) */
    switch (command) {
      case 'extract':
        return await (require('./extract-command') as typeof import('./extract-command')).runExtract(rest, io);
      case 'import':
        return await (require('./import-command') as typeof import('./import-command')).runImport(rest, io);
      case 'list':
        return await (require('./list-command') as typeof import('./list-command')).runList(rest, io);
      case 'mark':
        return await (require('./mark-command') as typeof import('./mark-command')).runMark(rest, io);
      case 'report':
        return await (require('./report-command') as typeof import('./report-command')).runReport(rest, io);
      case 'sync':
        return await (require('./sync-command') as typeof import('./sync-command')).runSync(rest, io);
      /* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */
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
    // A raw "ENOSPC: no space left on device, write" says nothing to the person: the file system's refusals in words.
    if (isDiskProblem(e)) {
      const path = (e as NodeJS.ErrnoException).path ?? 'the workspace';
      io.stderr(`claimdesk: ${command}: ${describeWriteError(e, path)}\n`);
      return 1;
    }
    io.stderr(`claimdesk: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}
