// The pre-clean before Readability: elements go by what they are (their tag, role, whether they are hidden, how
// much of their text is links), never by a class or id that happens to contain "ad" or "share", and never an
// element that holds most of the page's text: that is the article, whatever its wrapper is called.
import { ELEMENT, TEXT, walk, type DomNode, type WorkBudget } from './dom-walk';

interface ElementLike extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  remove(): void;
  insertBefore(node: DomNode, before: DomNode | null): void;
}

const DROP_TAGS = new Set([
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'ASIDE',
  'FOOTER',
  'DIALOG',
]);
const DROP_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'tooltip',
]);
/** Containers that are clutter when most of their text is links (menus, "more stories" lists). */
const LINK_LIST_TAGS = new Set(['DIV', 'UL', 'OL', 'SECTION', 'TABLE', 'MENU', 'DL', 'HEADER']);
const FOREIGN = new Set(['SVG', 'MATH']);
const NO_TEXT = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export interface CleanResult {
  /** Characters of text on the whole page, before the clean. */
  pageText: number;
  /** Characters of text in the smallest element holding most of the page's text (the likely article). */
  mainText: number;
  removed: number;
  /** Elements that would have gone but held most of the text: replaced by their children. */
  unwrapped: number;
}

function isHidden(el: ElementLike): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && style.length < 2000 && HIDDEN_STYLE.test(style);
}

function printable(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

function reasonToDrop(el: ElementLike, text: number, links: number, pageText: number): boolean {
  const tag = el.nodeName.toUpperCase();
  if (DROP_TAGS.has(tag)) return true;
  const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
  if (role && DROP_ROLES.has(role)) return true;
  if (isHidden(el)) return true;
  return LINK_LIST_TAGS.has(tag) && text > 0 && links > text * 0.6 && text < pageText * 0.2;
}

/** Cleans `root` in place, in two linear passes: text sizes first, then the removals. */
export function cleanPage(root: DomNode, budget?: WorkBudget): CleanResult {
  const textOf = new Map<DomNode, number>();
  const linksOf = new Map<DomNode, number>();
  const sums: { text: number; links: number }[] = [{ text: 0, links: 0 }];
  walk(
    root,
    (node) => {
      if (node.nodeType === TEXT) {
        (sums[sums.length - 1] as { text: number }).text += printable(node.textContent ?? '');
        return false;
      }
      if (node.nodeType !== ELEMENT && node !== root) return false;
      sums.push({ text: 0, links: 0 });
      // The text of a style sheet or a template is not the page's text.
      return !NO_TEXT.has(node.nodeName.toUpperCase());
    },
    (node) => {
      if (node.nodeType !== ELEMENT && node !== root) return;
      const mine = sums.pop() as { text: number; links: number };
      if (node.nodeName.toUpperCase() === 'A') mine.links = mine.text;
      textOf.set(node, mine.text);
      linksOf.set(node, mine.links);
      const parent = sums[sums.length - 1] as { text: number; links: number };
      parent.text += mine.text;
      parent.links += mine.links;
    },
    budget,
  );
  const pageText = textOf.get(root) ?? 0;
  // Every element holding more than half the text is an ancestor of the article (or the article): kept.
  const keep = (node: DomNode) => pageText > 0 && (textOf.get(node) ?? 0) > pageText / 2;
  let mainText = pageText;
  const doomed: ElementLike[] = [];
  const unwrap: ElementLike[] = [];
  walk(
    root,
    (node) => {
      if (node.nodeType !== ELEMENT) return node === root;
      const text = textOf.get(node) ?? 0;
      // SVG and MathML never hold an article: one that "holds most of the text" is markup left open by a broken
      // or hostile tag, and goes like any other.
      if (keep(node) && !FOREIGN.has(node.nodeName.toUpperCase())) {
        mainText = Math.min(mainText, text);
        // A <form>, <math> or hidden wrapper around the article (a whole-page form, markup that a broken tag
        // left open) keeps its text but not itself: Readability then sees the article's own structure.
        if (node !== root && reasonToDrop(node as ElementLike, text, 0, pageText)) unwrap.push(node as ElementLike);
        return true;
      }
      if (node !== root && reasonToDrop(node as ElementLike, text, linksOf.get(node) ?? 0, pageText)) {
        doomed.push(node as ElementLike);
        return false;
      }
      return true;
    },
    undefined,
    budget,
  );
  for (const el of doomed) el.remove();
  for (const el of unwrap) {
    const parent = el.parentNode as ElementLike | null;
    if (!parent) continue;
    for (let child = el.firstChild; child; child = el.firstChild) parent.insertBefore(child, el);
    el.remove();
  }
  return { pageText, mainText, removed: doomed.length, unwrapped: unwrap.length };
}
