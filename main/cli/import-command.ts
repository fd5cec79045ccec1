// `claimdesk import FILE --workspace W`: a .txt, .md or .html file, an http(s) URL, or a JSON report from
// another workspace (restored exactly). Exit 0 means the article is durable in the workspace.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Request } from '../api/contract';
import { restoreReport } from '../api/report-restore';
import { decodeArticleBytes, ImportError } from '../import/decode';
import { looksLikeReportJson, parseReportJson } from '../import/report-json';
import { parseCommandArgs } from './args';
import { CliError, type CliIo } from './io';
import { cliHandlers, handled } from './handlers';
import type { WorkspaceStore } from '../store/workspace-store';
import { WAIT_OPTION, waitSeconds, withWorkspace } from './workspace-open';

export const IMPORT_USAGE = `Usage: claimdesk import FILE|URL --workspace W [--title T] [--allow-private-network]
                        [--wait SECONDS]

  Imports an article (.txt, .md, .html, or an http(s) URL) or restores a JSON report into workspace W
  (created when it does not exist). Prints the new article's id. While another writer holds W, waits up to
  --wait seconds (default 5) for it to finish.`;

export async function runImport(args: string[], io: CliIo, deps: { now?: () => Date } = {}): Promise<number> {
  const parsed = parseCommandArgs('import', IMPORT_USAGE, {
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string', short: 'w' },
      title: { type: 'string' },
      ...WAIT_OPTION,
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
  const wait = waitSeconds('import', parsed.values.wait);

  try {
    const title = parsed.values.title;
    if (/^https?:\/\//i.test(source)) {
      const allowPrivateNetwork = parsed.values['allow-private-network'];
      return await addThroughPreview(parsed.values.workspace, io, now, wait, {
        url: source,
        title,
        allowPrivateNetwork,
      });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
      throw new CliError(`import: only http and https addresses can be fetched (got ${source.split(':')[0]}:).`);
    }
    const bytes = await readSource(source);
    const text = decodeArticleBytes(bytes, basename(source));
    if (/\.json$/i.test(source) || looksLikeReportJson(text)) {
      const report = parseReportJson(text, basename(source));
      return await withWorkspace(
        parsed.values.workspace,
        'import',
        io,
        async (store) => {
          const restored = await restoreReport(store, report, now());
          for (const notice of restored.notices) io.stderr(`claimdesk: ${notice}\n`);
          for (const a of restored.articles) io.stdout(`${a.id}\t${a.meta.title}\n`);
          return 0;
        },
        { waitSeconds: wait },
      );
    }
    const dataBase64 = Buffer.from(bytes).toString('base64');
    return await addThroughPreview(parsed.values.workspace, io, now, wait, {
      dataBase64,
      fileName: basename(source),
      title,
    });
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(`import: ${e.message}`);
    throw e;
  }
}

// The window's own door: the import preview, then its commit with the metadata as read.
async function addThroughPreview(
  workspace: string | undefined,
  io: CliIo,
  now: () => Date,
  wait: number,
  request: Request<'previewImport'>,
): Promise<number> {
  return withWorkspace(
    workspace,
    'import',
    io,
    async (store) => {
      const handlers = cliHandlers(store, now);
      const preview = await handled('import', () => handlers.previewImport(request));
      // What the window shows in its preview, the command says on stderr.
      for (const w of preview.warnings) io.stderr(`claimdesk: warning: ${w}\n`);
      if (alreadyImported(store, preview.text, io)) return 0;
      const { summary } = await handled('import', () =>
        handlers.commitImport({ previewId: preview.previewId, meta: {} }),
      );
      io.stdout(`${summary.id}\t${summary.meta.title}\n`);
      return 0;
    },
    { waitSeconds: wait },
  );
}

/**
 * The same text imported again (a retry after a killed import, a script run twice) is the same article: it is not
 * added a second time under an "-2" id.
 */
function alreadyImported(store: WorkspaceStore, text: string, io: CliIo): boolean {
  const existing = store.data.articles.find((a) => a.text.length === text.length && a.text === text);
  if (!existing) return false;
  io.stderr(
    `claimdesk: import: this text is already in the workspace as ${existing.id} (imported ${existing.importedAt}); ` +
      'nothing was added.\n',
  );
  io.stdout(`${existing.id}\t${existing.meta.title}\n`);
  return true;
}

async function readSource(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      `import: cannot read ${path}: ` +
        `${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`,
    );
  }
}
