// `claimdesk import FILE --workspace W`: a .txt, .md or .html file, an http(s) URL, or a JSON report from
// another workspace (restored exactly). Exit 0 means the article is durable in the workspace.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { addArticle } from '../api/articles';
import { restoreReport } from '../api/report-restore';
import { decodeArticleBytes, ImportError } from '../import/decode';
import { runImportJob, type ImportRun } from '../import/import-runner';
import { looksLikeReportJson, parseReportJson } from '../import/report-json';
import { parseCommandArgs } from './args';
import { CliError, type CliIo } from './io';
import { withWorkspace } from './workspace-open';

export const IMPORT_USAGE = `Usage: claimdesk import FILE|URL --workspace W [--title T] [--allow-private-network]

  Imports an article (.txt, .md, .html, or an http(s) URL) or restores a JSON report into workspace W
  (created when it does not exist). Prints the new article's id.`;

export async function runImport(args: string[], io: CliIo, deps: { now?: () => Date } = {}): Promise<number> {
  const parsed = parseCommandArgs('import', IMPORT_USAGE, {
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string', short: 'w' },
      title: { type: 'string' },
      'allow-private-network': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (parsed.values.help) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const [source, ...extra] = parsed.positionals;
  if (!source || extra.length) throw new CliError(`import: name exactly one FILE or URL\n\n${IMPORT_USAGE}`, 2);
  const now = deps.now ?? (() => new Date());

  const save = (result: ImportRun) =>
    withWorkspace(parsed.values.workspace, 'import', io, async (store) => {
      const record = await addArticle(store, result.draft, result.source, now());
      io.stdout(`${record.id}\t${record.meta.title}\n`);
      return 0;
    });
  // What the person should check (the encoding, a page whose article was not found) goes to stderr, as the
  // window shows it in the preview.
  const warn = (result: ImportRun) => {
    for (const warning of result.draft.warnings) io.stderr(`claimdesk: warning: ${warning}\n`);
    return result;
  };

  try {
    if (/^https?:\/\//i.test(source)) {
      const job = { kind: 'url', url: source, title: parsed.values.title } as const;
      const allowPrivateNetwork = parsed.values['allow-private-network'];
      return await save(warn(await runImportJob({ ...job, allowPrivateNetwork }, { extract: false })));
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
      throw new CliError(`import: only http and https addresses can be fetched (got ${source.split(':')[0]}:).`);
    }
    const bytes = await readSource(source);
    if (/\.json$/i.test(source) || looksLikeReportJson(decodeArticleBytes(bytes.subarray(0, 4096), basename(source)))) {
      const report = parseReportJson(decodeArticleBytes(bytes, basename(source)), basename(source));
      return await withWorkspace(parsed.values.workspace, 'import', io, async (store) => {
        const restored = await restoreReport(store, report, now());
        for (const notice of restored.notices) io.stderr(`claimdesk: ${notice}\n`);
        for (const a of restored.articles) io.stdout(`${a.id}\t${a.meta.title}\n`);
        return 0;
      });
    }
    const job = { kind: 'bytes', bytes, fileName: basename(source), title: parsed.values.title } as const;
    return await save(warn(await runImportJob(job, { extract: false })));
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(`import: ${e.message}`);
    throw e;
  }
}

async function readSource(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      `import: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`,
    );
  }
}
