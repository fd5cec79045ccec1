// What "no executable markup" means for a rendered document, checked on the parsed DOM (linkedom) and on the
// raw text: no script or other active element, no on* attribute, no URL attribute that is not http(s) or a
// fragment, no style that loads anything. Returns the problems found, empty when the markup is inert.
import { parseHTML } from 'linkedom';

const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'base',
  'meta',
  'link',
  'img',
  'image',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'portal',
  'foreignobject',
  'animate',
  'set',
  'animatetransform',
  'animatemotion',
  'use',
  'feimage',
  'handler',
  'listener',
  'noscript',
  'template',
  'math',
  'style',
  'marquee',
  'details',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'codebase',
  'cite',
  'srcset',
  'ping',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'manifest',
  'icon',
]);

function safeUrl(value: string): boolean {
  const v = value.trim();
  return v.startsWith('#') || /^https?:\/\/\S/i.test(v);
}

export interface InertOptions {
  /** Elements the document itself adds (the report's own head, its inline chart). */
  allow?: readonly string[];
}

/** Problems in an HTML fragment or document; [] when nothing in it can run or load. */
export function activeMarkup(html: string, options: InertOptions = {}): string[] {
  const problems: string[] = [];
  if (/<script\b/i.test(html.replace(/<script type="application\/ld\+json">/gi, '')))
    problems.push('a <script tag in the raw text');
  const allowed = new Set((options.allow ?? []).map((s) => s.toLowerCase()));
  const doc = parseHTML(
    /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`,
  ).document;
  const root = /<html[\s>]/i.test(html) ? doc.documentElement : doc.body;
  const walk = (el: Element): void => {
    const name = el.localName.toLowerCase();
    if (ACTIVE_ELEMENTS.has(name) && !allowed.has(name)) problems.push(`a <${name}> element`);
    for (const attr of Array.from(el.attributes)) {
      const a = attr.name.toLowerCase();
      if (a.startsWith('on')) problems.push(`an ${a} attribute on <${name}>`);
      if (URL_ATTRIBUTES.has(a) && !safeUrl(attr.value))
        problems.push(`${a}="${attr.value.slice(0, 80)}" on <${name}>`);
      if (a === 'style' && /url\s*\(|expression\s*\(|@import|javascript:/i.test(attr.value))
        problems.push(`a style that loads or runs: ${attr.value.slice(0, 80)}`);
      if (a === 'srcdoc') problems.push(`a srcdoc on <${name}>`);
    }
    if (name === 'style' && allowed.has('style') && /@import|url\s*\((?!\s*["']?data:)/i.test(el.textContent ?? ''))
      problems.push('a style element that loads something');
    for (const child of Array.from(el.children)) walk(child as Element);
  };
  if (root) walk(root as unknown as Element);
  return problems;
}

/** Links (href) that point at a scheme other than http(s) or a fragment. */
export function unsafeLinks(html: string): string[] {
  const doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  return Array.from(doc.querySelectorAll('[href]'))
    .map((a) => (a as Element).getAttribute('href') ?? '')
    .filter((h) => !safeUrl(h));
}
