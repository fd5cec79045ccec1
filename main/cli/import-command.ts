// `claimdesk import FILE --workspace W`: a .txt, .md or .html file, an http(s) URL, or a JSON report from
// another workspace (restored exactly). Exit 0 means the article is durable in the workspace.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { addArticle } from '../api/articles';
import { restoreReport } from '../api/report-restore';
import { draftArticle } from '../import/article-preview';
import { decodeArticleBytes, ImportError } from '../import/decode';
import { looksLikeReportJson, parseReportJson } from '../import/report-json';
import { fetchArticlePage } from '../import/url-fetch';
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

  try {
    if (/^https?:\/\//i.test(source)) {
      const page = await fetchArticlePage(source, { allowPrivateNetwork: parsed.values['allow-private-network'] });
      const draft = draftArticle(page.body, {
        contentType: page.contentType,
        baseUrl: page.finalUrl,
        title: parsed.values.title,
      });
      return await withWorkspace(parsed.values.workspace, 'import', io, async (store) => {
        const record = await addArticle(store, draft, { kind: 'url', fetchedUrl: page.finalUrl }, now());
        io.stdout(`${record.id}\t${record.meta.title}\n`);
        return 0;
      });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
      throw new CliError(`import: only http and https addresses can be fetched (got ${source.split(':')[0]}:).`);
    }
    const text = decodeArticleBytes(await readSource(source), basename(source));
    if (/\.json$/i.test(source) || looksLikeReportJson(text)) {
      const report = parseReportJson(text, basename(source));
      return await withWorkspace(parsed.values.workspace, 'import', io, async (store) => {
        const restored = await restoreReport(store, report, now());
        for (const notice of restored.notices) io.stderr(`claimdesk: ${notice}\n`);
        for (const a of restored.articles) io.stdout(`${a.id}\t${a.meta.title}\n`);
        return 0;
      });
    }
    const draft = draftArticle(text, { fileName: basename(source), title: parsed.values.title });
    return await withWorkspace(parsed.values.workspace, 'import', io, async (store) => {
      const record = await addArticle(store, draft, { kind: 'file', fileName: basename(source) }, now());
      io.stdout(`${record.id}\t${record.meta.title}\n`);
      return 0;
    });
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
      `import: cannot read ${path}: ` +
        `${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`,
    );
  }
}
