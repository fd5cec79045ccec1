// `claimdesk report --workspace W [--article ID...] --format FORMAT [--out FILE]`:
// the verification report from the command line. The workspace is opened read-only (no lock, no write), so this
// runs safely while the app holds it. Standard output when no --out is given; PDF needs --out and a Chromium.
import { ApiError } from '../api/errors';
import { reportAuthor } from '../api/handlers/report-handlers';
import { GENERATOR, reportInputs } from '../api/report-source';
import { AppSettings } from '../store/app-settings';
import { defaultUserDataDir } from '../store/user-data-dir';
import { buildReport, type ReportBuildOptions } from '../core/report/build';
import { FORMAT_INFO, isReportFormat, REPORT_FORMAT_LIST, REPORT_FORMATS } from '../core/report/formats';
import { buildReportModel } from '../core/report/model';
import { pdfLayout } from '../core/report/pdf-layout';
import { writeBytesAtomic } from '../store/durable-write';
import { describeWriteError } from '../store/fs-errors';
import { workspaceFileRole } from '../store/workspace-files';
import { workspaceExists, WorkspaceStore } from '../store/workspace-store';
import { parseCommandArgs } from './args';
import { CliError, type CliIo } from './io';
import { chromiumPdfPrinter } from './report-pdf';

export const REPORT_USAGE = `Usage: claimdesk report --workspace W [--article ID...] --format FORMAT [--out FILE]
                        [options]

  -w, --workspace W          the workspace file to read (never written)
  -a, --article ID           an article to include (repeat for several; all articles when none is named)
  -f, --format FORMAT        ${REPORT_FORMAT_LIST} (default md)
  -o, --out FILE             write here (default: standard output; PDF needs --out)
      --reviewed-only        leave pending claims out
      --min-checkworthiness N  only claims with check-worthiness of at least N (0 to 1)
      --group-by G           article (default), status or outlet
      --page-size S          A4 (default) or Letter, for PDF
      --layout L             full (default) or compact (a claim in a few lines), for HTML and PDF
      --report-url URL       where the report will be published (ClaimReview urls)`;

export interface ReportCommandDeps {
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
}

export async function runReport(args: string[], io: CliIo, deps: ReportCommandDeps = {}): Promise<number> {
  const parsed = parseCommandArgs('report', REPORT_USAGE, {
    args,
    allowPositionals: false,
    options: {
      workspace: { type: 'string', short: 'w' },
      article: { type: 'string', short: 'a', multiple: true },
      format: { type: 'string', short: 'f', default: 'md' },
      out: { type: 'string', short: 'o' },
      'reviewed-only': { type: 'boolean', default: false },
      'min-checkworthiness': { type: 'string' },
      'group-by': { type: 'string', default: 'article' },
      'page-size': { type: 'string', default: 'A4' },
      layout: { type: 'string', default: 'full' },
      'report-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const v = parsed.values;
  if (v.help) {
    io.stdout(`${REPORT_USAGE}\n`);
    return 0;
  }
  if (!v.workspace) throw new CliError(`report: name the workspace with --workspace W\n\n${REPORT_USAGE}`, 2);
  const format = v.format!;
  if (!isReportFormat(format))
    throw new CliError(`report: --format must be ${REPORT_FORMATS.join(', ')} (got "${format}")`, 2);
  if (format === 'pdf' && !v.out) throw new CliError('report: PDF is binary: name the file with --out FILE', 2);
  const groupBy = v['group-by']!;
  if (groupBy !== 'article' && groupBy !== 'status' && groupBy !== 'outlet')
    throw new CliError(`report: --group-by must be article, status or outlet (got "${groupBy}")`, 2);
  const layout = v.layout!;
  if (layout !== 'full' && layout !== 'compact')
    throw new CliError(`report: --layout must be full or compact (got "${layout}")`, 2);
  const pageSize = v['page-size']!;
  if (pageSize !== 'A4' && pageSize !== 'Letter')
    throw new CliError(`report: --page-size must be A4 or Letter (got "${pageSize}")`, 2);
  let min = 0;
  if (v['min-checkworthiness'] !== undefined) {
    min = Number(v['min-checkworthiness']);
    if (!(min >= 0 && min <= 1)) throw new CliError('report: --min-checkworthiness must be a number from 0 to 1', 2);
  }
  const reportUrl = v['report-url'];
  if (reportUrl !== undefined && !/^https?:\/\/\S+$/i.test(reportUrl))
    throw new CliError('report: --report-url must be an http(s) address', 2);

  if (!(await workspaceExists(v.workspace))) throw new CliError(`report: there is no workspace at ${v.workspace}`);
  if (v.out) {
    const role = await workspaceFileRole(v.workspace, v.out);
    if (role) throw new CliError(`report: --out ${v.out} is ${role}; choose another file for the report.`, 2);
  }
  const store = await WorkspaceStore.open(v.workspace, { readOnly: true, lock: false });
  try {
    for (const notice of store.notices) io.stderr(`claimdesk: ${notice}\n`);
    if (store.damaged) throw new CliError('report: the workspace file is damaged (see above), so no report was made.');
    let inputs;
    try {
      inputs = reportInputs(store.data, v.article ?? []);
    } catch (e) {
      if (e instanceof ApiError)
        throw new CliError(`report: ${e.message} (\`claimdesk list --workspace ${v.workspace}\` lists the ids)`);
      throw e;
    }
    if (inputs.length === 0) throw new CliError('report: the workspace holds no articles');
    const options: ReportBuildOptions = {
      generatedAt: (deps.now ?? (() => new Date()))(),
      ...reportAuthor((await AppSettings.load(defaultUserDataDir(deps.env))).profile, store.data.settings.organisation),
      generator: GENERATOR,
      includePending: !v['reviewed-only'],
      minCheckworthiness: min,
      groupBy,
      pageSize,
      reportUrl,
      layout,
    };
    const built = buildReport(format, inputs, options);
    for (const w of built.warnings) io.stderr(`claimdesk: ${w}\n`);
    let bytes: Uint8Array;
    if (format === 'pdf') {
      const { printer, chromium } = await chromiumPdfPrinter(deps.env);
      io.stderr(`claimdesk: printing the PDF with ${chromium}\n`);
      bytes = await printer(built.content, pdfLayout(pageSize, built.title));
    } else {
      bytes = Buffer.from(built.content, 'utf8');
    }
    if (!v.out) {
      io.stdout(built.content);
      return 0;
    }
    try {
      // Atomic: killed or out of space half-way, the previous file at --out is left as it was.
      await writeBytesAtomic(v.out, bytes);
    } catch (e) {
      throw new CliError(`report: ${describeWriteError(e, v.out)} The previous ${v.out}, if any, is unchanged.`);
    }
    const model = buildReportModel(
      inputs.map((i) => ({ meta: i.article.meta, claims: i.article.claims, reviews: i.reviews as never })),
      options,
    );
    io.stderr(
      `claimdesk: wrote ${v.out} (${format}, ${inputs.length} ` +
        `article${inputs.length === 1 ? '' : 's'}, ` +
        `${FORMAT_INFO[format].complete ? model.total : model.selectedCount} claims)\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
