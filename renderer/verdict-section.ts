// The published verdict beside the checklist status: a rating of the newsroom's scale (Settings), its
// explanation, and the claim as checked (the words ClaimReview publishes, editable, starting as what the speaker
// claimed). Each change is saved when the field is left, signed and kept in the claim's history.
import type { ClaimVerdictView, RatingScale, VerdictsView } from '../main/api/contract';
import { invoke, request } from './bridge-client';
import type { DeskStore } from './desk-store';
import { clear, el, isTextEntry } from './dom';
import type { InspectorSection } from './inspector-section';
import { isModalOpen } from './modal-dialog';
import './verdicts.css';

export class VerdictSection implements InspectorSection {
  readonly element: HTMLElement;
  readonly rating: HTMLSelectElement;
  private readonly explanation: HTMLTextAreaElement;
  private readonly wording: HTMLTextAreaElement;
  private readonly reset: HTMLButtonElement;
  private readonly status: HTMLElement;
  private claimId: string | null = null;
  private loadedFor: unknown = null;
  private view: VerdictsView | null = null;
  private loading: Promise<void> | null = null;

  constructor(private readonly store: DeskStore) {
    this.rating = el('select', {
      className: 'field-input verdict-rating',
      id: 'verdict-rating',
      attrs: { 'aria-keyshortcuts': 'Shift+R' },
      on: { change: () => void this.save({ rating: this.rating.value || null, explanation: this.explanation.value }) },
    });
    this.explanation = el('textarea', {
      className: 'field-input verdict-explanation',
      id: 'verdict-explanation',
      attrs: { rows: 2, placeholder: 'Why: what the evidence shows (published with the rating)' },
      on: { change: () => this.saveExplanation() },
    });
    this.wording = el('textarea', {
      className: 'field-input claim-wording',
      id: 'claim-wording',
      attrs: { rows: 2, maxlength: 280 },
      on: { change: () => void this.save({ wording: this.wording.value }) },
    });
    this.reset = el('button', {
      className: 'link-button',
      id: 'claim-wording-reset',
      text: 'Use the article’s words',
      attrs: { type: 'button' },
      on: { click: () => void this.save({ wording: '' }) },
    });
    this.status = el('p', { className: 'field-hint verdict-status', id: 'verdict-status' });
    this.element = el(
      'section',
      { className: 'inspector-section verdict-section', attrs: { 'aria-labelledby': 'verdict-heading' } },
      [
        el('div', { className: 'section-row-head' }, [
          el('h3', { className: 'section-label', id: 'verdict-heading', text: 'Published verdict' }),
          el('span', { className: 'hint', text: 'Shift+R · scale in Settings' }),
        ]),
        el('label', { className: 'field-label', text: 'Rating', attrs: { for: 'verdict-rating' } }),
        this.rating,
        el('label', { className: 'field-label', text: 'Explanation', attrs: { for: 'verdict-explanation' } }),
        this.explanation,
        el('div', { className: 'verdict-wording-head' }, [
          el('label', { className: 'field-label', text: 'Claim as checked', attrs: { for: 'claim-wording' } }),
          this.reset,
        ]),
        this.wording,
        this.status,
      ],
    );
    store.subscribe((event) => {
      if (event.type === 'workspace') this.paint();
    });
    document.addEventListener('keydown', (event) => {
      // Shift+R (rating): Shift+V is the "verified only" filter.
      if (event.key !== 'R' || !event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isModalOpen() || isTextEntry(event.target) || store.view !== 'desk') return;
      if (!this.claimId || this.element.closest('[hidden]')) return;
      event.preventDefault();
      this.rating.focus();
    });
  }

  show(claimId: string | null): void {
    this.claimId = claimId;
    if (!claimId) return;
    if (this.loadedFor !== this.store.article) void this.load();
    else this.paint();
  }

  /** Reloads the article's verdicts (after a copied review, a scale changed in Settings). */
  async reload(): Promise<void> {
    this.loadedFor = null;
    await this.load();
  }

  private async load(): Promise<void> {
    const article = this.store.article;
    if (!article) return;
    this.loadedFor = article;
    const run = invoke('getVerdicts', { articleId: article.id }).then((r) => {
      if (this.store.article !== article) return;
      this.view = r.ok ? r.value : null;
      if (!r.ok) this.status.textContent = `The verdicts could not be read: ${r.error.message}`;
      this.paint();
    });
    this.loading = run;
    await run;
  }

  private current(): ClaimVerdictView | null {
    return (this.claimId && this.view?.claims[this.claimId]) || null;
  }

  private paint(): void {
    const v = this.current();
    this.element.hidden = !v;
    if (!v || !this.view) return;
    paintOptions(this.rating, this.view.ratingScale, v.verdict?.rating ?? '');
    if (document.activeElement !== this.explanation) this.explanation.value = v.verdict?.explanation ?? '';
    if (document.activeElement !== this.wording) this.wording.value = v.wording;
    this.reset.hidden = v.wording === v.defaultWording;
    const readOnly = this.store.readOnly;
    this.rating.disabled = readOnly;
    this.explanation.readOnly = readOnly;
    this.wording.readOnly = readOnly;
    this.reset.disabled = readOnly;
    this.status.textContent = v.verdict ? describeNumbers(v) : 'No verdict published for this claim yet.';
  }

  private saveExplanation(): void {
    if (!this.current()?.verdict && !this.rating.value) {
      this.status.textContent = 'Choose a rating first: the explanation is published with it.';
      return;
    }
    void this.save({ explanation: this.explanation.value });
  }

  async save(change: { rating?: string | null; explanation?: string; wording?: string }): Promise<boolean> {
    const article = this.store.article;
    const claimId = this.claimId;
    if (!article || !claimId || this.store.readOnly) return false;
    await this.loading;
    const r = await this.store.trackSave(
      request('setVerdict', { articleId: article.id, claimId, ...change }, 'Could not save the verdict'),
    );
    if (!r.ok || !this.view || this.store.article !== article) return false;
    this.view.claims[claimId] = r.value;
    if (this.claimId === claimId) {
      if (change.wording !== undefined) this.wording.value = r.value.wording;
      this.paint();
    }
    return true;
  }
}

function paintOptions(select: HTMLSelectElement, scale: RatingScale, chosen: string): void {
  const names = ['', ...scale.ratings];
  if (chosen && !scale.ratings.includes(chosen)) names.push(chosen);
  const same = select.options.length === names.length && names.every((n, i) => select.options[i]!.value === n);
  if (!same) {
    clear(select);
    for (const name of names) {
      const label = !name ? 'No verdict' : scale.ratings.includes(name) ? name : `${name} (not on today’s scale)`;
      select.appendChild(el('option', { text: label, attrs: { value: name } }));
    }
  }
  select.value = chosen;
}

function describeNumbers(v: ClaimVerdictView): string {
  const n = v.verdict;
  if (!n) return '';
  return n.ratingValue !== undefined
    ? `Published as ${n.rating}: ${n.ratingValue} on a scale from ${n.worstRating} to ${n.bestRating}.`
    : `Published as ${n.rating}, by name only (off the numbered part of the scale).`;
}
