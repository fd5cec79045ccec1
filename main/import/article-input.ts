// One door for every way an article arrives as text (paste, drop, file): -> normalised text + metadata.
import { checkArticleText, ImportError } from './decode';
import { markdownToText } from './markdown';
import type { ArticleMeta, ArticleSource } from '../store/schema';

export interface ArticleInput {
  text: string;
  meta: ArticleMeta;
  format: ArticleSource['format'];
}

const MD_EXTENSIONS = /\.(md|markdown|mdown)$/i;
const TEXT_EXTENSIONS = /\.(txt|text)$/i;

export function readArticleInput(raw: string, options: { fileName?: string; title?: string } = {}): ArticleInput {
  const name = options.fileName ?? 'The pasted text';
  if (options.fileName && !MD_EXTENSIONS.test(options.fileName) && !TEXT_EXTENSIONS.test(options.fileName)) {
    throw new ImportError(`${options.fileName}: ClaimDesk imports .txt and .md files here.`);
  }
  // Line endings become \n once, at the door, so that every stored offset is stable across platforms.
  const body = checkArticleText(raw, name).replace(/\r\n?/g, '\n');
  const format = options.fileName && MD_EXTENSIONS.test(options.fileName) ? 'md' : 'txt';
  let text = body;
  let title: string | null = null;
  if (format === 'md') {
    const md = markdownToText(body);
    text = md.text;
    title = md.title;
    if (text.trim() === '') throw new ImportError(`${name} has no article text once its Markdown is read.`);
  }
  title = options.title?.trim() || title || firstLine(text) || 'Untitled article';
  return { text, meta: { title: title.slice(0, 300) }, format };
}

/** The first non-blank line, shortened to 160 characters: the title an article gets when it has none. */
export function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > 160 ? `${trimmed.slice(0, 157)}…` : trimmed;
}
