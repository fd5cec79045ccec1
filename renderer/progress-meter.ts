// Reviewed / total with a stacked bar and counts per status (headings excluded: they are not reviewed).
import type { ReviewStatus } from '../main/api/contract';
import type { DeskStore } from './desk-store';
import { el } from './dom';
import { reviewProgress } from './review-stats';
import { STATUS_LOOKS } from './status-labels';

const BAR_ORDER: readonly ReviewStatus[] = ['verified', 'disputed', 'unsourced'];

export class ProgressMeter {
  readonly element: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly segments = new Map<ReviewStatus, HTMLElement>();
  private readonly summary: HTMLElement;
  private readonly counts = new Map<ReviewStatus, HTMLElement>();

  constructor(private readonly store: DeskStore) {
    this.bar = el('div', {
      className: 'progress-bar',
      attrs: { role: 'progressbar', 'aria-label': 'Claims reviewed', 'aria-valuemin': 0 },
    });
    for (const status of BAR_ORDER) {
      const segment = el('span', { className: 'progress-segment', attrs: { 'data-status': status } });
      this.segments.set(status, segment);
      this.bar.appendChild(segment);
    }
    this.summary = el('span', { className: 'progress-summary', id: 'progress-summary' });
    const countList = el('ul', { className: 'status-counts', attrs: { 'aria-label': 'Claims per status' } });
    for (const look of STATUS_LOOKS) {
      const value = el('span', { className: 'count-value', text: '0' });
      this.counts.set(look.status, value);
      countList.appendChild(
        el('li', { className: 'status-count', attrs: { 'data-status': look.status, title: `${look.label} claims` } }, [
          el('span', { className: 'status-glyph', text: look.glyph, attrs: { 'aria-hidden': 'true' } }),
          value,
          el('span', { className: 'count-label', text: look.label }),
        ]),
      );
    }
    this.element = el('div', { className: 'progress', id: 'progress' }, [
      el('div', { className: 'progress-line' }, [this.summary, this.bar]),
      countList,
    ]);
    // A bulk mark sends one event per claim: the counts are painted once, before the next frame.
    let queued = false;
    store.subscribe((event) => {
      if (event.type !== 'article' && event.type !== 'review') return;
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        this.paint();
      });
    });
    this.paint();
  }

  private paint(): void {
    const article = this.store.article;
    this.element.hidden = !article;
    if (!article) return;
    const progress = reviewProgress(article.claims, article.reviews);
    this.summary.textContent = `${progress.reviewed} / ${progress.total} reviewed`;
    this.bar.setAttribute('aria-valuemax', String(progress.total));
    this.bar.setAttribute('aria-valuenow', String(progress.reviewed));
    this.bar.setAttribute('aria-valuetext', `${progress.reviewed} of ${progress.total} claims reviewed`);
    for (const status of BAR_ORDER) {
      const segment = this.segments.get(status);
      // CSSOM sizing is allowed under the CSP (only style attributes in markup are not).
      if (segment) segment.style.width = progress.total ? `${(progress.counts[status] / progress.total) * 100}%` : '0';
    }
    for (const [status, node] of this.counts) node.textContent = String(progress.counts[status]);
  }
}
