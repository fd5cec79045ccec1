// HTML -> the article's plain text and metadata. The body comes from Mozilla's Readability (the library behind
// Firefox's Reader View) over a linkedom document; scripts, styles, navigation, forms and ads never reach the
// text. Metadata comes from the page's own tags: JSON-LD (NewsArticle and kin), Open Graph, article:*, Dublin
// Core, citation_* and the canonical link. Nothing here fetches anything or runs the page's code.
import { httpUrl } from '../core/urls';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../store/schema';

export interface HtmlArticle {
  text: string;
  meta: Partial<ArticleMeta>;
  warnings: string[];
}

const DROP =
  'script, style, noscript, template, iframe, object, embed, svg, math, canvas, form, button, ' +
  'input, select, textarea, nav, aside, footer, [role="navigation"], [role="complementary"], ' +
  '[aria-hidden="true"], [hidden]';
const AD_HINT =
  /(^|[-_\s])(ad|ads|advert|advertisement|sponsor|sponsored|promo|newsletter|share|social|related|outbrain|taboola|cookie|paywall|subscribe)([-_\s]|$)/i;
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
type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };

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
      visit(JSON.parse(script.textContent ?? ''), 0);
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
  const author = nameOf(o.author);
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
  const author =
    ld.author ||
    metaContent(doc, [
      'meta[name="author"]',
      'meta[property="article:author"]',
      'meta[name="byl"]',
      'meta[name="citation_author"]',
      'meta[name="dc.creator"]',
      '[rel="author"]',
    ]);
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
export function blockText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) blocks.push(line);
    current = '';
  };
  // An explicit stack, not recursion: a page of thousands of nested elements must not overflow the call stack.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop() as { node: Node; exit: boolean };
    const name = node.nodeType === 1 ? node.nodeName.toUpperCase() : '';
    if (exit) {
      if (BLOCKS.has(name)) flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') continue;
    if (BLOCKS.has(name)) flush();
    if (name === 'TD' || name === 'TH') current += ' ';
    stack.push({ node, exit: true });
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i] as Node, exit: false });
  }
  flush();
  return blocks.join('\n\n');
}

/** The deepest element nesting under root, counted without recursion (stops counting past `limit`). */
function depthOf(root: Node, limit: number): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [Node, number];
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as Node;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** The text of markup that no DOM could be built for: tags and code dropped, entities of the common kind read. */
function textOfMarkup(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?(p|div|h[1-6]|li|blockquote|section|article|br|tr)\b[^>]*>/gi, '\n\n')
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

function dropClutter(doc: Doc): void {
  for (const node of doc.querySelectorAll(DROP)) node.remove();
  for (const node of doc.querySelectorAll('[class], [id]')) {
    const hint = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (
      AD_HINT.test(hint) &&
      node.nodeName !== 'BODY' &&
      node.nodeName !== 'HTML' &&
      node.nodeName !== 'ARTICLE' &&
      node.nodeName !== 'MAIN'
    )
      node.remove();
  }
}

export function htmlToArticle(html: string, options: { baseUrl?: string } = {}): HtmlArticle {
  try {
    return readPage(html, options);
  } catch {
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

function readPage(html: string, options: { baseUrl?: string }): HtmlArticle {
  const warnings: string[] = [];
  const document = parsePage(html);
  const meta = htmlMetadata(document, options.baseUrl);
  // JSON-LD and meta are read first; then the clutter goes, then Readability picks the body.
  for (const node of document.querySelectorAll('script:not([type="application/ld+json"])')) node.remove();
  let text = '';
  const deep = depthOf(document.body as unknown as Node, MAX_READABILITY_DEPTH) > MAX_READABILITY_DEPTH;
  if (!deep) {
    try {
      const clone = parsePage(document.toString());
      dropClutter(clone);
      const parsed = new Readability(clone as unknown as Document, { charThreshold: 200, keepClasses: false }).parse();
      if (parsed?.content) {
        const body = parsePage(parsed.content).body;
        text = blockText(body as unknown as Node);
        if (!meta.title && parsed.title) meta.title = clean(parsed.title);
        if (!meta.author && parsed.byline) meta.author = clean(parsed.byline).replace(/^by\s+/i, '');
        if (!meta.publisher && parsed.siteName) meta.publisher = clean(parsed.siteName);
        if (!meta.date && parsed.publishedTime) meta.date = clean(parsed.publishedTime);
      }
    } catch {
      text = '';
    }
  }
  if (text.trim().length < 200) {
    // Readability found no article (a short page, a fragment, a page nested too deep): the visible text.
    dropClutter(document);
    const fallback = blockText((document.body ?? document.documentElement) as unknown as Node);
    if (fallback.length >= text.length) text = fallback;
    warnings.push(
      'No article body was recognised on this page; its visible text was used. Check that it is the article.',
    );
  }
  // The headline opens the article when the body does not already start with it.
  const first = text.slice(0, text.indexOf('\n\n') < 0 ? text.length : text.indexOf('\n\n')).trim();
  const opensWithHeadline = first.length > 0 && first.length <= 200 && !/[.!?"”]$/.test(first);
  if (meta.title && !opensWithHeadline && !text.slice(0, meta.title.length + 40).includes(meta.title))
    text = `${meta.title}\n\n${text}`;
  return { text: text.trim(), meta, warnings };
}
