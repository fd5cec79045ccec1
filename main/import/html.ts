// HTML -> the article's plain text and metadata. The body comes from Mozilla's Readability (the library behind
// Firefox's Reader View) over a linkedom document; scripts, styles, navigation, forms and ads never reach the
// text. Metadata comes from the page's own tags: JSON-LD (NewsArticle and kin), Open Graph, article:*, Dublin
// Core, citation_* and the canonical link. Nothing here fetches anything or runs the page's code.
// The work is linear in the page's size and bounded (element count, nesting depth for Readability, time), so a
// hostile or giant page ends with a message rather than a frozen import.
import { httpUrl } from '../core/urls';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../store/schema';
import { ImportError } from './decode';
import { depthOf, TEXT, walk, WorkBudget, type DomNode } from './dom-walk';
import { cleanPage } from './page-clean';

export interface HtmlArticle {
  text: string;
  meta: Partial<ArticleMeta>;
  warnings: string[];
}

export interface HtmlOptions {
  baseUrl?: string;
  /** Called as the work goes on, with the share done (0..1) and what is being done. */
  onProgress?: (fraction: number, stage: string) => void;
  /** Milliseconds the page may take (default 120 s). */
  timeLimitMs?: number;
}

/** Far more elements than any article page has (a long one has a few thousand). */
export const MAX_ELEMENTS = 300_000;
export const DEFAULT_TIME_LIMIT_MS = 120_000;

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DT',
  'DD',
  'TR',
  'TABLE',
  'UL',
  'OL',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'MAIN',
  'FIGURE',
  'BR',
  'HR',
]);

type Doc = ReturnType<typeof parseHTML>['document'];

function clean(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function metaContent(doc: Doc, selectors: string[]): string {
  for (const sel of selectors) {
    const node = doc.querySelector(sel);
    const value = clean(
      node?.getAttribute('content') ??
        node?.getAttribute('href') ??
        node?.getAttribute('datetime') ??
        node?.textContent,
    );
    if (value) return value;
  }
  return '';
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|WebPage|Report|ScholarlyArticle|LiveBlogPosting)$/;

function nameOf(v: unknown): string {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ');
  if (v && typeof v === 'object' && 'name' in v) return nameOf((v as { name: unknown }).name);
  return '';
}

/** JSON-LD wrapped for XHTML, as in `//<![CDATA[ {...} //]]>`, without the wrapper. */
export function withoutCdata(text: string): string {
  let body = text.trim();
  if (body.startsWith('//')) body = body.slice(2).trimStart();
  if (body.startsWith('<![CDATA[')) body = body.slice(9);
  body = body.trimEnd();
  if (body.endsWith(']]>')) {
    body = body.slice(0, -3).trimEnd();
    if (body.endsWith('//')) body = body.slice(0, -2);
  }
  return body;
}

/** A person's name, or '' for a value that is an address (a profile URL, mailto:, an e-mail address). */
export function personName(value: string): string {
  const v = clean(value).replace(/^by\s+/i, '');
  if (!v || /^(https?:|mailto:|www\.|\/)/i.test(v) || v.includes('://') || /^[^\s@]+@[^\s@]+$/.test(v)) return '';
  return v;
}

function jsonLdMeta(doc: Doc): Partial<ArticleMeta> {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(withoutCdata(script.textContent ?? '')), 0);
    } catch {
      // A broken JSON-LD block is common; the other metadata still counts.
    }
  }
  // A news article beats a generic web page.
  found.sort((a, b) => Number(String(b['@type']).includes('Article')) - Number(String(a['@type']).includes('Article')));
  const o = found[0];
  if (!o) return {};
  const out: Partial<ArticleMeta> = {};
  const title = clean(String(o.headline ?? o.name ?? ''));
  if (title) out.title = title;
  const author = nameOf(o.author).split(', ').map(personName).filter(Boolean).join(', ');
  if (author) out.author = author;
  const publisher = nameOf(o.publisher) || nameOf(o.sourceOrganization);
  if (publisher) out.publisher = publisher;
  const date = clean(String(o.datePublished ?? o.dateCreated ?? ''));
  if (date) out.date = date;
  const url =
    typeof o.url === 'string'
      ? o.url
      : typeof o.mainEntityOfPage === 'string'
        ? o.mainEntityOfPage
        : nameOf((o.mainEntityOfPage as { '@id'?: unknown } | undefined)?.['@id']);
  if (url && /^https?:\/\//i.test(url)) out.url = clean(url);
  return out;
}

/** The first author that is a name: meta tags, then a rel=author link's text (its href is a profile page). */
function authorOf(doc: Doc): string {
  for (const sel of [
    'meta[name="author"]',
    'meta[property="article:author"]',
    'meta[name="byl"]',
    'meta[name="citation_author"]',
    'meta[name="dc.creator"]',
  ]) {
    for (const node of doc.querySelectorAll(sel)) {
      const name = personName(node.getAttribute('content') ?? '');
      if (name) return name;
    }
  }
  for (const node of doc.querySelectorAll('[rel~="author"], [itemprop="author"]')) {
    const name = personName(node.getAttribute('content') ?? node.textContent ?? '');
    if (name && name.length <= 120) return name;
  }
  return '';
}

/** The page's metadata, best source first. `baseUrl` resolves a relative canonical link. */
export function htmlMetadata(doc: Doc, baseUrl?: string): Partial<ArticleMeta> {
  const ld = jsonLdMeta(doc);
  const h1 = clean(doc.querySelector('article h1, main h1, [itemprop="headline"], h1')?.textContent);
  const title =
    ld.title ||
    metaContent(doc, [
      'meta[property="og:title"]',
      'meta[name="twitter:title"]',
      'meta[name="citation_title"]',
      'meta[name="dc.title"]',
    ]) ||
    (h1.length >= 8 && h1.length <= 300 ? h1 : '') ||
    clean(doc.querySelector('title')?.textContent);
  const author = ld.author || authorOf(doc);
  const publisher =
    ld.publisher ||
    metaContent(doc, [
      'meta[property="og:site_name"]',
      'meta[name="application-name"]',
      'meta[name="publisher"]',
      'meta[name="dc.publisher"]',
      'meta[name="citation_publisher"]',
    ]);
  const date =
    ld.date ||
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="date"]',
      'meta[name="dc.date"]',
      'meta[name="citation_publication_date"]',
      'meta[itemprop="datePublished"]',
      'time[datetime]',
    ]);
  let url = metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']) || ld.url || '';
  url = httpUrl(url, baseUrl) ?? '';
  const out: Partial<ArticleMeta> = {};
  // "Headline - The Outlet" in <title>: the outlet is kept as the publisher, not in the headline.
  const bare = publisher.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const siteSuffix = publisher ? new RegExp(`\\s+[-|–—:]\\s+(?:the\\s+)?${bare}$`, 'i') : null;
  if (title) out.title = (siteSuffix ? title.replace(siteSuffix, '') : title).slice(0, 300);
  if (author) out.author = author.replace(/^by\s+/i, '').slice(0, 300);
  if (publisher) out.publisher = publisher.slice(0, 200);
  if (date) out.date = date.slice(0, 100);
  if (url) out.url = url.slice(0, 2000);
  return out;
}

/** Text of an element, one line per block (paragraph, heading, list item, quote), blank lines between blocks. */
export function blockText(root: DomNode, budget?: WorkBudget): string {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const line = current.join('').replace(/\s+/g, ' ').trim();
    if (line) blocks.push(line);
    current = [];
  };
  walk(
    root,
    (node) => {
      if (node.nodeType === TEXT) {
        current.push(node.textContent ?? '');
        return false;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return false;
      const name = node.nodeType === 1 ? node.nodeName.toUpperCase() : '';
      if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return false;
      if (BLOCKS.has(name)) flush();
      if (name === 'TD' || name === 'TH') current.push(' ');
      return true;
    },
    (node) => {
      if (node.nodeType === 1 && BLOCKS.has(node.nodeName.toUpperCase())) flush();
    },
    budget,
  );
  flush();
  return blocks.join('\n\n');
}

/** Start tags in the markup, counted without building anything. */
export function countTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/** Markup without its code blocks (script, style, noscript, template), found by indexOf: linear in the input. */
function withoutCode(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let at = 0;
  const open = /<(script|style|noscript|template)\b/g;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    out.push(html.slice(at, m.index), ' ');
    const close = lower.indexOf(`</${m[1]}`, m.index);
    if (close < 0) return out.join('');
    const end = lower.indexOf('>', close);
    if (end < 0) return out.join('');
    at = end + 1;
    open.lastIndex = at;
  }
  out.push(html.slice(at));
  return out.join('');
}

/** The text of markup that no DOM could be built for: tags and code dropped, entities of the common kind read. */
export function textOfMarkup(html: string): string {
  return withoutCode(html)
    .replace(/<\/?(p|div|h[1-6]|li|blockquote|section|article|br|tr)\b[^>]*>?/gi, '\n\n')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Readability scores every node against its ancestors: past this depth it is skipped (it would take seconds). */
const MAX_READABILITY_DEPTH = 120;

export function htmlToArticle(html: string, options: HtmlOptions = {}): HtmlArticle {
  const tags = countTags(html);
  if (tags > MAX_ELEMENTS) {
    throw new ImportError(
      `This page has ${tags.toLocaleString('en')} elements; ClaimDesk reads pages of up to ` +
        `${MAX_ELEMENTS.toLocaleString('en')} (a long article has a few thousand). Save the article’s text from ` +
        'the browser and import that.',
    );
  }
  const budget = WorkBudget.of(options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  try {
    return readPage(html, options, budget);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // A page no DOM could be built for (a fragment such as "<script><html>"): its text, read plainly.
    return {
      text: textOfMarkup(html),
      meta: {},
      warnings: ['This page could not be read as a web page; its text was used. Check that it is the article.'],
    };
  }
}

function parsePage(html: string): Doc {
  const wrapped = `<!doctype html><html><head></head><body>${html}</body></html>`;
  let { document } = parseHTML(/<html[\s>]/i.test(html) ? html : wrapped);
  if (!document.documentElement || !document.body) document = parseHTML(wrapped).document;
  if (!document.documentElement || !document.body) throw new Error('no document');
  return document;
}

/** Readability's article over a document (which it changes), as block text; '' when it finds none. */
function readabilityText(doc: Doc, meta: Partial<ArticleMeta>, budget: WorkBudget): string {
  try {
    const parsed = new Readability(doc as unknown as Document, { charThreshold: 200, keepClasses: false }).parse();
    budget.check();
    if (!parsed?.content) return '';
    if (!meta.title && parsed.title) meta.title = clean(parsed.title);
    const byline = personName(parsed.byline ?? '');
    if (!meta.author && byline && byline.length <= 120) meta.author = byline;
    if (!meta.publisher && parsed.siteName) meta.publisher = clean(parsed.siteName);
    if (!meta.date && parsed.publishedTime) meta.date = clean(parsed.publishedTime);
    return blockText(parsePage(parsed.content).body as unknown as DomNode, budget);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    return '';
  }
}

/** True when `wider` holds at least 80% of the paragraphs of `text`: a longer reading, not a different one. */
function keepsMostOf(wider: string, text: string): boolean {
  const mine = text.split('\n\n').filter(Boolean);
  if (mine.length === 0) return true;
  const theirs = new Set(wider.split('\n\n'));
  return mine.filter((p) => theirs.has(p)).length >= mine.length * 0.8;
}

/** The page parsed afresh, without its scripts (Readability changes the document it reads). */
function freshPage(html: string): Doc {
  const doc = parsePage(html);
  for (const node of doc.querySelectorAll('script')) node.remove();
  return doc;
}

function readPage(html: string, options: HtmlOptions, budget: WorkBudget): HtmlArticle {
  const progress = options.onProgress ?? (() => {});
  const warnings: string[] = [];
  progress(0.05, 'Reading the page');
  const document = parsePage(html);
  budget.check();
  // JSON-LD and meta are read before any script is removed; then the clutter goes, then Readability picks the body.
  const meta = htmlMetadata(document, options.baseUrl);
  for (const node of document.querySelectorAll('script')) node.remove();
  progress(0.3, 'Cleaning the page');
  const deep = depthOf(document.body as unknown as DomNode, MAX_READABILITY_DEPTH, budget) > MAX_READABILITY_DEPTH;
  const cleaned = cleanPage(document.body as unknown as DomNode, budget);
  // Each reading gets a document parsed from the markup itself: a serialised and re-parsed DOM is not always
  // the same page (linkedom writes some broken markup back differently).
  let text = '';
  if (!deep) {
    progress(0.45, 'Finding the article');
    text = readabilityText(document, meta, budget);
    // The clean can still cost the article on an odd page: Readability on the page as it came then has the say.
    if (text.length < cleaned.mainText * 0.5) {
      progress(0.65, 'Finding the article again');
      const own = readabilityText(freshPage(html), { ...meta }, budget);
      if (own.length > text.length * 1.5 && keepsMostOf(own, text)) text = own;
    }
  }
  progress(0.8, 'Collecting the text');
  if (text.trim().length < 200) {
    // Readability found no article (a short page, a fragment, a page nested too deep): the visible text.
    const visible = deep ? document : freshPage(html);
    if (!deep) cleanPage(visible.body as unknown as DomNode, budget);
    const fallback = blockText(visible.body as unknown as DomNode, budget);
    if (fallback.length >= text.length) text = fallback;
    warnings.push(
      deep
        ? 'This page is nested too deeply to find its article; its visible text was used. Check that it is the article.'
        : 'No article body was recognised on this page; its visible text was used. Check that it is the article.',
    );
  }
  // The headline opens the article when the body does not already start with it.
  const first = text.slice(0, text.indexOf('\n\n') < 0 ? text.length : text.indexOf('\n\n')).trim();
  const opensWithHeadline = first.length > 0 && first.length <= 200 && !/[.!?"”]$/.test(first);
  if (meta.title && !opensWithHeadline && !text.slice(0, meta.title.length + 40).includes(meta.title))
    text = `${meta.title}\n\n${text}`;
  return { text: text.trim(), meta, warnings };
}
