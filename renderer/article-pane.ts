// The article as read: every claim a highlight coloured (and underlined) by its status, headings as headings,
// skipped and hidden lines dimmed with the reason. Clicking a claim selects it (shift: a range, ctrl: one more);
// the active claim is outlined with its source, cue and content marked, and scrolled into view. Text selected
// in the article can be added as a claim.
import type { ArticleView } from '../main/api/contract';
import { layoutArticle, type Block } from './article-layout';
import { attributionRuns } from './attribution-marks';
import type { DeskStore } from './desk-store';
import { clear, el } from './dom';
import { statusLook } from './status-labels';

const ROLE_LABELS = { source: 'Source', cue: 'Cue', content: 'Content' } as const;

export class ArticlePane {
  private pieces = new Map<string, HTMLElement[]>();
  readonly addButton: HTMLButtonElement;
  private selectionRange: { start: number; end: number } | null = null;

  /** Called when the person leaves the article text with Escape. */
  onLeaveText: () => void = () => undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly store: DeskStore,
    private readonly onAddClaim: (range: { start: number; end: number }) => void,
  ) {
    // Tab reaches the article; the focus goes into its text, where the caret moves and Shift+arrows select.
    root.tabIndex = 0;
    // A click focuses the pane too; only a keyboard focus (Tab) goes into the text, so a click then V still marks.
    root.addEventListener('focus', () => {
      if (root.matches(':focus-visible')) this.focusText();
    });
    this.addButton = el('button', {
      className: 'button button-small add-claim-button',
      id: 'add-claim-button',
      text: 'Add as claim (A)',
      attrs: { type: 'button', hidden: true, 'aria-keyshortcuts': 'A' },
    });
    this.addButton.addEventListener('mousedown', (event) => event.preventDefault());
    this.addButton.addEventListener('click', () => {
      if (this.selectionRange) onAddClaim(this.selectionRange);
    });
    root.addEventListener('click', (event) => {
      if (!window.getSelection()?.isCollapsed) return;
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('.claim') : null;
      const id = target?.dataset.claimId;
      if (id) store.select(id, { extend: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
    });
    document.addEventListener('selectionchange', () => this.trackTextSelection());
    store.subscribe((event) => {
      if (event.type === 'article') this.render();
      else if (event.type === 'selection') this.showSelection(event.previous, event.current);
      else if (event.type === 'multi') for (const id of event.changed) this.paintMulti(id);
      else if (event.type === 'review') this.paintStatus(event.claimId);
    });
  }

  /**
   * Puts the keyboard caret in the article text, at the active claim. The text is contenteditable only while it
   * has the focus, and only so that Chromium shows a caret and lets Shift+arrows select: every edit is refused.
   * A (or Enter) adds the selection as a claim, Escape goes back to the checklist.
   */
  focusText(): void {
    const body = this.root.querySelector<HTMLElement>('.article-body');
    if (!body) return;
    if (body.contentEditable !== 'true') {
      body.contentEditable = 'true';
      body.spellcheck = false;
      body.setAttribute('role', 'textbox');
      body.setAttribute('aria-multiline', 'true');
      body.setAttribute('aria-readonly', 'true');
      body.setAttribute(
        'aria-label',
        'Article text. Move with the arrow keys, select with Shift and the arrows, ' +
          'A adds the selection as a claim, Escape returns to the checklist.',
      );
    }
    body.focus({ preventScroll: true });
    const selection = window.getSelection();
    if (!selection || (!selection.isCollapsed && this.selectionRange)) return;
    const active = this.store.selectedId ? this.pieces.get(this.store.selectedId)?.[0] : undefined;
    const text = active ? document.createTreeWalker(active, NodeFilter.SHOW_TEXT).nextNode() : null;
    if (text) selection.collapse(text, 0);
  }

  private leaveText(body: HTMLElement): void {
    body.contentEditable = 'false';
    for (const name of ['role', 'aria-multiline', 'aria-readonly', 'aria-label']) body.removeAttribute(name);
  }

  private wireTextKeys(body: HTMLElement): void {
    body.addEventListener('beforeinput', (event) => event.preventDefault());
    for (const type of ['paste', 'cut', 'drop'] as const)
      body.addEventListener(type, (event) => event.preventDefault());
    body.addEventListener('blur', () => this.leaveText(body));
    body.addEventListener('keydown', (event) => {
      if (body.contentEditable !== 'true') return;
      const ctrl = event.ctrlKey || event.metaKey;
      if (event.key === 'Escape') {
        event.preventDefault();
        this.leaveText(body);
        this.onLeaveText();
        return;
      }
      if (!ctrl && (event.key === 'a' || event.key === 'A' || event.key === 'Enter')) {
        event.preventDefault();
        this.trackTextSelection();
        if (this.selectionRange) this.onAddClaim(this.selectionRange);
        return;
      }
      const moves = /^(Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down)|Tab|Shift|Control|Alt|Meta)$/.test(event.key);
      const copies = ctrl && ['c', 'a'].includes(event.key.toLowerCase());
      if (!moves && !copies) event.preventDefault();
    });
  }

  /** The text the person selected in the article, as offsets into the article text, or null. */
  get textSelection(): { start: number; end: number } | null {
    return this.selectionRange;
  }

  private trackTextSelection(): void {
    const selection = window.getSelection();
    const body = this.root.querySelector('.article-body');
    let range: { start: number; end: number } | null = null;
    if (selection && !selection.isCollapsed && selection.rangeCount > 0 && body) {
      const r = selection.getRangeAt(0);
      if (body.contains(r.startContainer) && body.contains(r.endContainer)) {
        const a = textOffset(r.startContainer, r.startOffset);
        const b = textOffset(r.endContainer, r.endOffset);
        if (a !== null && b !== null && b > a) range = { start: a, end: b };
      }
    }
    this.selectionRange = range;
    this.addButton.hidden = range === null || this.store.readOnly;
  }

  private render(): void {
    clear(this.root);
    this.pieces.clear();
    this.selectionRange = null;
    this.addButton.hidden = true;
    const article = this.store.article;
    if (!article) {
      this.root.appendChild(
        el('p', {
          className: 'empty-state',
          text: 'No article open. Open one from the library or import one to start reviewing.',
        }),
      );
      return;
    }
    const body = el('div', { className: 'article-body', attrs: { lang: 'en' } });
    layoutArticle(article.text, article.claims, article.skipped).forEach((block, index) => {
      // An article that opens with a heading opens with its headline.
      body.appendChild(this.renderBlock(article, block, index === 0 && block.kind === 'heading'));
    });
    this.wireTextKeys(body);
    this.root.appendChild(body);
    for (const id of this.pieces.keys()) this.paintStatus(id);
  }

  private renderBlock(article: ArticleView, block: Block, isHeadline: boolean): HTMLElement {
    const text = (start: number, end: number): string => article.text.slice(start, end);
    const at = { 'data-start': block.start };
    if (block.kind === 'heading') {
      return el(isHeadline ? 'h1' : 'h2', {
        className: isHeadline ? 'article-headline' : 'article-heading',
        text: text(block.start, block.end),
        attrs: at,
      });
    }
    if (block.kind === 'skipped') {
      return el('p', { className: 'skipped-line', attrs: { title: `Not a claim: ${block.reason ?? 'skipped'}` } }, [
        el('span', {
          className: 'skip-reason',
          text: `Not a claim · ${block.reason ?? 'skipped'}`,
          attrs: { 'aria-hidden': 'true' },
        }),
        el('span', { className: 'skip-text', text: text(block.start, block.end), attrs: at }),
      ]);
    }
    const paragraph = el('p', { className: 'article-paragraph' });
    for (const piece of block.pieces) {
      if (piece.kind === 'text') {
        paragraph.appendChild(
          el('span', { className: 'plain', text: text(piece.start, piece.end), attrs: { 'data-start': piece.start } }),
        );
        continue;
      }
      const span = el('span', {
        className: 'claim',
        text: text(piece.start, piece.end),
        attrs: { 'data-claim-id': piece.claimId, 'data-start': piece.start, 'data-end': piece.end },
      });
      const list = this.pieces.get(piece.claimId);
      if (list) list.push(span);
      else this.pieces.set(piece.claimId, [span]);
      paragraph.appendChild(span);
    }
    return paragraph;
  }

  private paintStatus(claimId: string): void {
    const status = this.store.status(claimId);
    for (const span of this.pieces.get(claimId) ?? []) {
      if (span.dataset.status === status) continue;
      span.dataset.status = status;
      span.dataset.glyph = statusLook(status).glyph;
      span.title = `${statusLook(status).label} claim`;
    }
  }

  private paintMulti(claimId: string): void {
    const on = this.store.selectedIds.has(claimId) && this.store.selectedIds.size > 1;
    for (const span of this.pieces.get(claimId) ?? []) span.classList.toggle('is-multi', on);
  }

  private showSelection(previous: string | null, current: string | null): void {
    const article = this.store.article;
    if (!article) return;
    if (previous) {
      for (const span of this.pieces.get(previous) ?? []) {
        span.classList.remove('is-selected');
        span.textContent = article.text.slice(Number(span.dataset.start), Number(span.dataset.end));
      }
    }
    if (!current) return;
    const claim = this.store.claim(current);
    const spans = this.pieces.get(current) ?? [];
    for (const span of spans) {
      span.classList.add('is-selected');
      if (!claim || claim.attributions.length === 0) continue;
      clear(span);
      for (const run of attributionRuns(claim, Number(span.dataset.start), Number(span.dataset.end))) {
        const runText = article.text.slice(run.start, run.end);
        span.appendChild(
          run.role
            ? el('span', {
                className: `attr attr-${run.role}`,
                text: runText,
                attrs: { title: ROLE_LABELS[run.role], 'data-start': run.start },
              })
            : el('span', { text: runText, attrs: { 'data-start': run.start } }),
        );
      }
    }
    const first = spans[0];
    if (first) followInside(this.root, first);
  }
}

/** Scrolls the pane so the element is in view, centred when it was far off (no smooth scroll). */
function followInside(pane: HTMLElement, target: HTMLElement): void {
  const paneBox = pane.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  if (box.top >= paneBox.top + 8 && box.bottom <= paneBox.bottom - 8) return;
  pane.scrollTop += box.top - paneBox.top - paneBox.height / 3;
}

/** Offset into the article text of a DOM position inside the article body (every text run carries data-start). */
export function textOffset(node: Node, offset: number): number | null {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  if (node instanceof Element) {
    // A position between children: measure up to the child at `offset`.
    const child = node.childNodes[offset];
    if (child) return textOffsetBefore(child);
    const lastChild = node.lastChild;
    return lastChild ? endOffset(lastChild) : null;
  }
  while (element && !(element as HTMLElement).dataset?.start) element = element.parentElement;
  if (!element) return null;
  let total = Number((element as HTMLElement).dataset.start);
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return total + offset;
    total += t.textContent?.length ?? 0;
  }
  return null;
}

function textOffsetBefore(node: Node): number | null {
  const text =
    node.nodeType === Node.TEXT_NODE ? node : document.createTreeWalker(node, NodeFilter.SHOW_TEXT).nextNode();
  return text ? textOffset(text, 0) : null;
}

function endOffset(node: Node): number | null {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let last: Node | null = node.nodeType === Node.TEXT_NODE ? node : null;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) last = t;
  return last ? textOffset(last, last.textContent?.length ?? 0) : null;
}
