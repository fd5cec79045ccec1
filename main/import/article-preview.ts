// Every way an article arrives (paste, .txt, .md, .html, a fetched page) -> one plain-text article with its
// metadata and the warnings the person should read before saving it. The person edits the metadata in the window
// and only then is the article saved (see main/api/handlers/import-handlers.ts).
import type { ArticleMeta, ArticleSource } from '../store/schema';
import { firstLine, readArticleInput } from './article-input';
import { httpUrl } from '../core/urls';
import { checkArticleText, ImportError } from './decode';
import { htmlToArticle, type HtmlOptions } from './html';

export interface ArticleDraft {
  text: string;
  meta: ArticleMeta;
  format: ArticleSource['format'];
  warnings: string[];
}

const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;
const TEXT_OR_MD = /\.(txt|text|md|markdown|mdown)$/i;

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1000));
}

export function draftArticle(
  raw: string,
  options: {
    fileName?: string;
    title?: string;
    contentType?: string;
    baseUrl?: string;
    onProgress?: HtmlOptions['onProgress'];
    timeLimitMs?: number;
  } = {},
): ArticleDraft {
  const name = options.fileName ?? (options.baseUrl ? options.baseUrl : 'The pasted text');
  const isHtml =
    (options.fileName ? HTML_EXTENSIONS.test(options.fileName) : false) ||
    /html|xml/i.test(options.contentType ?? '') ||
    (!options.fileName && looksLikeHtml(raw));
  if (options.fileName && !isHtml && !TEXT_OR_MD.test(options.fileName)) {
    throw new ImportError(`${options.fileName}: ClaimDesk imports .txt, .md and .html files.`);
  }
  if (isHtml) {
    const body = checkArticleText(raw, name);
    const article = htmlToArticle(body, {
      baseUrl: options.baseUrl,
      onProgress: options.onProgress,
      timeLimitMs: options.timeLimitMs,
    });
    if (article.text.trim() === '') throw new ImportError(`${name} has no article text once its page is read.`);
    const meta: ArticleMeta = {
      title: (options.title?.trim() || article.meta.title || firstLine(article.text) || 'Untitled article').slice(
        0,
        300,
      ),
    };
    for (const key of ['url', 'publisher', 'date', 'author'] as const)
      if (article.meta[key]) meta[key] = article.meta[key];
    if (!meta.url && options.baseUrl) meta.url = options.baseUrl;
    return { text: article.text.replace(/\r\n?/g, '\n'), meta, format: 'html', warnings: article.warnings };
  }
  const asMarkdown = options.fileName
    ? options.fileName
    : /markdown/i.test(options.contentType ?? '')
      ? 'page.md'
      : undefined;
  const input = readArticleInput(raw, { fileName: asMarkdown, title: options.title });
  const meta: ArticleMeta = { ...input.meta };
  if (options.baseUrl) meta.url = options.baseUrl;
  return { text: input.text, meta, format: input.format, warnings: [] };
}

/** Trims and bounds what the person typed into the metadata form; empty fields are left out. */
export function cleanMeta(meta: Partial<ArticleMeta>, fallbackTitle: string): ArticleMeta {
  const one = (v: unknown, max: number): string =>
    typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, max) : '';
  const out: ArticleMeta = { title: one(meta.title, 300) || fallbackTitle || 'Untitled article' };
  const url = one(meta.url, 2000);
  if (url) {
    const href = httpUrl(url);
    if (!href) throw new ImportError('The article’s URL must be an http or https address (or left empty).');
    out.url = href;
  }
  const publisher = one(meta.publisher, 200);
  if (publisher) out.publisher = publisher;
  const date = one(meta.date, 100);
  if (date) out.date = date;
  const author = one(meta.author, 300);
  if (author) out.author = author;
  return out;
}
