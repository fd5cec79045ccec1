// One import, from what arrived (text, a file's bytes, or an address) to the draft the person checks and the
// claims extraction finds in it. It is the work the import worker does (import-worker.ts) off the main loop, and
// it reports how far it has got as it goes.
import shipped from '../core/outlets/data/outlets.json' with { type: 'json' };
import { extractClaims } from '../core/extract';
import { createOutletResolver, defaultOutletResolver, type OutletResolver } from '../core/outlets/resolver';
import type { OutletEntry } from '../core/outlets/types';
import type { Extraction } from '../core/types';
import type { ArticleSource } from '../store/schema';
import { draftArticle, type ArticleDraft } from './article-preview';
import { decodeBytes } from './decode';
import { fetchArticlePage } from './url-fetch';

export type ImportJob =
  | { kind: 'text'; text: string; fileName?: string; title?: string }
  | { kind: 'bytes'; bytes: Uint8Array; fileName: string; title?: string }
  | { kind: 'url'; url: string; title?: string; allowPrivateNetwork?: boolean };

export interface ImportJobOptions {
  /** The person's own outlets, for extraction; absent: no extraction (the CLI extracts when it saves). */
  userOutlets?: readonly OutletEntry[];
  extract?: boolean;
  /** Milliseconds the page's reading may take. */
  timeLimitMs?: number;
}

export interface ImportJobResult {
  draft: ArticleDraft;
  source: Omit<ArticleSource, 'format'>;
  extraction?: Extraction;
}

export type Progress = (fraction: number, stage: string) => void;

const HTML_NAME = /\.(html?|xhtml)$/i;

/** The last registry built, by the person's outlets: building one takes a moment, and they rarely change. */
let lastResolver: { key: string; resolver: OutletResolver } | undefined;

function resolverFor(userOutlets: readonly OutletEntry[]): OutletResolver {
  if (userOutlets.length === 0) return defaultOutletResolver();
  const key = JSON.stringify(userOutlets);
  if (lastResolver?.key !== key)
    lastResolver = {
      key,
      resolver: createOutletResolver((shipped as { outlets: OutletEntry[] }).outlets, userOutlets),
    };
  return lastResolver.resolver;
}

export async function performImport(
  job: ImportJob,
  options: ImportJobOptions = {},
  progress: Progress = () => {},
): Promise<ImportJobResult> {
  // The page's own reading runs from 10% to 80%; fetching before it, extraction after it.
  const htmlProgress: Progress = (f, stage) => progress(0.1 + f * 0.7, stage);
  const limits = { onProgress: htmlProgress, timeLimitMs: options.timeLimitMs };
  let draft: ArticleDraft;
  let source: ImportJobResult['source'];
  if (job.kind === 'url') {
    progress(0, 'Fetching the page');
    const page = await fetchArticlePage(job.url, { allowPrivateNetwork: job.allowPrivateNetwork === true });
    draft = draftArticle(page.body, {
      contentType: page.contentType,
      baseUrl: page.finalUrl,
      title: job.title,
      ...limits,
    });
    draft.warnings.unshift(...page.warnings);
    source = { kind: 'url', fetchedUrl: page.finalUrl };
  } else if (job.kind === 'bytes') {
    progress(0.02, 'Reading the file');
    const decoded = decodeBytes(job.bytes, job.fileName, { html: HTML_NAME.test(job.fileName) });
    draft = draftArticle(decoded.text, { fileName: job.fileName, title: job.title, ...limits });
    draft.warnings.unshift(...decoded.warnings);
    source = { kind: 'file', fileName: job.fileName };
  } else {
    draft = draftArticle(job.text, { fileName: job.fileName, title: job.title, ...limits });
    source = job.fileName ? { kind: 'file', fileName: job.fileName } : { kind: 'paste' };
  }
  let extraction: Extraction | undefined;
  if (options.extract !== false && options.userOutlets) {
    progress(0.85, 'Finding the claims');
    extraction = extractClaims(draft.text, { outlets: resolverFor(options.userOutlets) });
  }
  progress(1, 'Done');
  return { draft, source, ...(extraction ? { extraction } : {}) };
}
