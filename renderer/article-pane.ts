// The article as read: every claim a highlight coloured (and underlined) by its status, headings as headings,
// skipped lines dimmed with the reason. Clicking a claim selects it; the selection is outlined, its attribution
// marked, and scrolled into view.
import type { ArticleView } from '../main/api/contract';
import { layoutArticle, type Block } from './article-layout';
import { attributionRuns } from './attribution-marks';
import type { DeskStore } from './desk-store';
import { clear, el } from './dom';
import { statusLook } from './status-labels';

const ROLE_LABELS = { source: 'Source', cue: 'Cue', content: 'Content' } as const;

export class ArticlePane {
  private pieces = new Map<string, HTMLElement[]>();

  constructor(
    private readonly root: HTMLElement,
    private readonly store: DeskStore,
  ) {
    root.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('.claim') : null;
      const id = target?.dataset.claimId;
      if (id) store.select(id);
    });
    store.subscribe((event) => {
      if (event.type === 'article') this.render();
      else if (event.type === 'selection') this.showSelection(event.previous, event.current);
      else if (event.type === 'review') this.paintStatus(event.claimId);
    });
  }

  private render(): void {
    clear(this.root);
    this.pieces.clear();
    const article = this.store.article;
    if (!article) {
      this.root.appendChild(el('p', { className: 'empty-state', text: 'No article yet. Import one to start reviewing.' }));
      return;
    }
    const body = el('div', { className: 'article-body', attrs: { lang: 'en' } });
    layoutArticle(article.text, article.claims, article.skipped).forEach((block, index) => {
      // An article that opens with a heading opens with its headline.
      body.appendChild(this.renderBlock(article, block, index === 0 && block.kind === 'heading'));
    });
    this.root.appendChild(body);
    for (const id of this.pieces.keys()) this.paintStatus(id);
  }

  private renderBlock(article: ArticleView, block: Block, isHeadline: boolean): HTMLElement {
    const text = (start: number, end: number): string => article.text.slice(start, end);
    if (block.kind === 'heading') {
      return el(isHeadline ? 'h1' : 'h2', { className: isHeadline ? 'article-headline' : 'article-heading', text: text(block.start, block.end) });
    }
    if (block.kind === 'skipped') {
      return el('p', { className: 'skipped-line', attrs: { title: `Not a claim: ${block.reason ?? 'skipped'}` } }, [
        el('span', { className: 'skip-reason', text: `Not a claim · ${block.reason ?? 'skipped'}` }),
        el('span', { className: 'skip-text', text: text(block.start, block.end) }),
      ]);
    }
    const paragraph = el('p', { className: 'article-paragraph' });
    for (const piece of block.pieces) {
      if (piece.kind === 'text') {
        paragraph.appendChild(document.createTextNode(text(piece.start, piece.end)));
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
      span.dataset.status = status;
      span.title = `${statusLook(status).label} claim`;
    }
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
            ? el('span', { className: `attr attr-${run.role}`, text: runText, attrs: { title: ROLE_LABELS[run.role] } })
            : document.createTextNode(runText),
        );
      }
    }
    spans[0]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
