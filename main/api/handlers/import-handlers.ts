// Importing in two steps: a preview (the text as read, its metadata and warnings; nothing saved), which the
// person checks and edits in the window, then the commit, as a new article or a new version of one.
import { randomUUID } from 'node:crypto';
import { cleanMeta, type ArticleDraft } from '../../import/article-preview';
import type { ImportJob } from '../../import/import-job';
import { runImportJob, warmImportWorker } from '../../import/import-runner';
import type { Extraction } from '../../core/types';
import type { OutletResolver } from '../../core/outlets/resolver';
import type { ArticleRecord, ArticleSource } from '../../store/schema';
import { addArticle, articleSummary } from '../articles';
import { extractionOf, rebuildArticle } from '../article-versions';
import type { ImportPreview } from '../contract';
import { ApiError } from '../errors';
import { workspaceOutlets } from '../workspace-outlets';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';

interface HeldPreview {
  draft: ArticleDraft;
  /** The worker's extraction, parsed when the preview is saved (it can be 40,000 claims). */
  extraction: () => Extraction;
  /** The registry the extraction was made with: commit extracts again only when it has changed since. */
  outlets: OutletResolver;
  source: Omit<ArticleSource, 'format'>;
}

/** An import running in the worker, under the id the window gave it (for its progress bar and Cancel). */
interface RunningImport {
  fraction: number;
  stage: string;
  controller: AbortController;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 20);
}

/** Share of the new text's paragraphs found word for word in the old text. */
function shared(mine: string[], old: string): number {
  if (mine.length === 0) return 0;
  const theirs = new Set(paragraphs(old));
  return mine.filter((p) => theirs.has(p)).length / mine.length;
}

/** Previews wait in memory for the person's decision; only the last few are kept. */
const MAX_HELD = 8;

const asRecordValue = (r: ArticleRecord) => r as unknown as { id: string } & Record<string, unknown>;

export function importHandlers({
  store,
  dialogs,
  now,
}: HandlerDeps): HandlerGroup<
  'previewImport' | 'previewArticleFile' | 'commitImport' | 'setImportSettings' | 'importProgress' | 'cancelImport'
> {
  const held = new Map<string, HeldPreview>();
  const running = new Map<string, RunningImport>();
  warmImportWorker();

  /** Parsing, cleaning and extraction run in a worker: the main loop only waits for the result. */
  const readInWorker = async (job: ImportJob, jobId?: string): Promise<ImportPreview> => {
    const outlets = workspaceOutlets(store);
    const run: RunningImport = { fraction: 0, stage: 'Starting', controller: new AbortController() };
    if (jobId) running.set(jobId, run);
    try {
      const result = await runImportJob(job, {
        userOutlets: store.data.userOutlets ?? [],
        signal: run.controller.signal,
        onProgress: (fraction, stage) => Object.assign(run, { fraction, stage }),
      });
      let extraction = (): Extraction => result.extraction() ?? extractionOf(result.draft.text, outlets);
      let claimCount = result.claimCount;
      if (claimCount === undefined) {
        const made = extraction();
        extraction = () => made;
        claimCount = made.claims.filter((c) => c.kind !== 'heading').length;
      }
      return hold(result.draft, result.source, extraction, outlets, claimCount);
    } finally {
      if (jobId && running.get(jobId) === run) running.delete(jobId);
    }
  };

  const hold = (
    draft: ArticleDraft,
    source: HeldPreview['source'],
    extraction: () => Extraction,
    outlets: OutletResolver,
    claimCount: number,
  ): ImportPreview => {
    const previewId = randomUUID();
    held.set(previewId, { draft, extraction, outlets, source });
    while (held.size > MAX_HELD) held.delete(held.keys().next().value as string);
    return {
      previewId,
      text: draft.text,
      meta: draft.meta,
      format: draft.format,
      sourceKind: source.kind === 'seed' ? 'file' : source.kind,
      ...(source.fileName ? { fileName: source.fileName } : {}),
      ...(source.fetchedUrl ? { fetchedUrl: source.fetchedUrl } : {}),
      warnings: draft.warnings,
      claimCount,
      sameAs: sameArticles(draft, source),
    };
  };

  const sameArticles = (draft: ArticleDraft, source: HeldPreview['source']): ImportPreview['sameAs'] => {
    const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
    const scored: { articleId: string; title: string; score: number }[] = [];
    // The new text's paragraphs once, not once per article in the workspace.
    const mine = paragraphs(draft.text);
    for (const a of store.data.articles) {
      let score = 0;
      if (draft.meta.url && (a.meta.url === draft.meta.url || a.source.fetchedUrl === draft.meta.url)) score += 4;
      if (source.fetchedUrl && (a.source.fetchedUrl === source.fetchedUrl || a.meta.url === source.fetchedUrl))
        score += 4;
      if (norm(a.meta.title) && norm(a.meta.title) === norm(draft.meta.title)) score += 2;
      if (source.fileName && a.source.fileName === source.fileName) score += 1;
      // An edited version shares most of its paragraphs with the original.
      if (shared(mine, a.text) >= 0.4) score += 3;
      if (score > 0) scored.push({ articleId: a.id, title: a.meta.title, score });
    }
    return scored
      .sort((x, y) => y.score - x.score)
      .slice(0, 5)
      .map(({ articleId, title }) => ({ articleId, title }));
  };

  return {
    async previewImport({ text, dataBase64, fileName, title, url, jobId, allowPrivateNetwork: inProcess }) {
      if (url !== undefined) {
        const allowPrivateNetwork = inProcess === true || store.data.settings.allowPrivateNetwork === true;
        return readInWorker({ kind: 'url', url, title, allowPrivateNetwork }, jobId);
      }
      if (dataBase64 !== undefined) {
        const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
        return readInWorker({ kind: 'bytes', bytes, fileName: fileName ?? 'file', title }, jobId);
      }
      return readInWorker({ kind: 'text', text: text ?? '', fileName, title }, jobId);
    },

    async previewArticleFile() {
      const file = await dialogs.chooseArticleFile();
      if (!file) return null;
      return readInWorker({ kind: 'text', text: file.content, fileName: file.name });
    },

    async importProgress({ jobId }) {
      const run = running.get(jobId);
      return run ? { fraction: run.fraction, stage: run.stage } : null;
    },

    async cancelImport({ jobId }) {
      const run = running.get(jobId);
      run?.controller.abort();
      return { cancelled: run !== undefined };
    },

    async commitImport({ previewId, meta, replaceArticleId }) {
      const preview = held.get(previewId);
      if (!preview) throw new ApiError('not-found', 'That preview has expired; import the article again.');
      const { draft, source } = preview;
      // The person may have added an outlet since the preview: extract with the registry as it is now.
      const outlets = workspaceOutlets(store);
      const extraction = outlets === preview.outlets ? preview.extraction() : extractionOf(draft.text, outlets);
      const cleaned = cleanMeta({ ...draft.meta, ...meta }, draft.meta.title);
      const at = now();
      if (replaceArticleId) {
        const old = requireArticle(store, replaceArticleId);
        const rebuilt = rebuildArticle(
          draft.text,
          old.corrections ?? [],
          store.data.reviews[old.id] ?? {},
          old.orphans ?? [],
          at,
          extraction,
          outlets,
        );
        const record: ArticleRecord = {
          ...old,
          meta: cleaned,
          source: { ...source, format: draft.format },
          importedAt: at.toISOString(),
          text: draft.text,
          claims: rebuilt.claims,
          skipped: rebuilt.skipped,
          orphans: rebuilt.orphans,
          version: (old.version ?? 1) + 1,
          correctionState: { unapplied: rebuilt.unapplied, corrected: rebuilt.corrected },
        };
        await store.commit(
          { op: 'upsert', path: ['articles'], value: asRecordValue(record) },
          { op: 'set', path: ['reviews', old.id], value: rebuilt.reviews },
        );
        held.delete(previewId);
        return {
          summary: articleSummary(store, requireArticle(store, old.id)),
          replaced: true,
          reattached: rebuilt.reattached,
          orphaned: rebuilt.newlyOrphaned,
          unappliedCorrections: rebuilt.unapplied.length,
        };
      }
      const record = await addArticle(
        store,
        { text: draft.text, meta: cleaned, format: draft.format },
        source,
        at,
        extraction,
      );
      held.delete(previewId);
      return {
        summary: articleSummary(store, record),
        replaced: false,
        reattached: 0,
        orphaned: 0,
        unappliedCorrections: 0,
      };
    },

    async setImportSettings({ allowPrivateNetwork }) {
      const settings = { ...store.data.settings, allowPrivateNetwork };
      await store.set(['settings', 'allowPrivateNetwork'], allowPrivateNetwork);
      return settings;
    },
  };
}
