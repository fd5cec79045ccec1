// Claims already checked: when the shown claim repeats one reviewed before (in this workspace or a recent one),
// its earlier status, verdict, note and article, with one key to open it (G) and one to copy its review onto
// this claim (C: status, verdict and note, each change signed and undoable like a mark).
import type { ClaimMatchView, MatchesView } from '../main/api/contract';
import { invoke } from './bridge-client';
import type { DeskStore } from './desk-store';
import { clear, el, isTextEntry } from './dom';
import type { InspectorSection } from './inspector-section';
import { isModalOpen } from './modal-dialog';
import { statusBadge } from './status-badge';
import { showToast } from './toasts';
import './verdicts.css';

export interface MatchCommands {
  /** Opens an article of this workspace with the claim selected. */
  openClaim(articleId: string, claimId: string): Promise<void>;
  /** Copies a review onto the shown claim; true when it was saved. */
  copyReview(claimId: string, match: ClaimMatchView): Promise<boolean>;
}

export class MatchesSection implements InspectorSection {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly heading: HTMLElement;
  private claimId: string | null = null;
  private loadedFor: unknown = null;
  private view: MatchesView | null = null;

  constructor(
    private readonly store: DeskStore,
    private readonly commands: MatchCommands,
  ) {
    this.heading = el('h3', { className: 'section-label', id: 'matches-heading', text: 'Checked before' });
    this.list = el('ul', { className: 'match-list', id: 'match-list' });
    this.element = el(
      'section',
      {
        className: 'inspector-section matches-section',
        id: 'matches-section',
        attrs: { 'aria-labelledby': 'matches-heading', hidden: true },
      },
      [
        el('div', { className: 'section-row-head' }, [
          this.heading,
          el('span', { className: 'hint', text: 'G to open · C to copy its review' }),
        ]),
        this.list,
      ],
    );
    // Reviews change what counts as checked: the next article opened asks again.
    store.subscribe((event) => {
      if (event.type === 'workspace') this.loadedFor = null;
    });
    document.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (event.key !== 'g' && event.key !== 'c') return;
      if (event.defaultPrevented || isModalOpen() || isTextEntry(event.target) || store.view !== 'desk') return;
      const first = this.matches()[0];
      if (!first || store.selectedIds.size > 1) return;
      event.preventDefault();
      if (event.key === 'g') void this.open(first);
      else void this.copy(first);
    });
  }

  show(claimId: string | null): void {
    this.claimId = claimId;
    if (claimId && this.loadedFor !== this.store.article) void this.load();
    else this.paint();
  }

  private async load(): Promise<void> {
    const article = this.store.article;
    if (!article) return;
    this.loadedFor = article;
    const r = await invoke('findMatches', { articleId: article.id });
    if (this.store.article !== article) return;
    this.view = r.ok ? r.value : null;
    this.paint();
  }

  private matches(): ClaimMatchView[] {
    return (this.claimId && this.view?.matches[this.claimId]) || [];
  }

  private paint(): void {
    const matches = this.matches();
    this.element.hidden = matches.length === 0;
    clear(this.list);
    if (!matches.length) return;
    this.heading.textContent = matches.length === 1 ? 'Checked before' : `Checked before (${matches.length})`;
    matches.forEach((m, i) => this.list.appendChild(this.item(m, i === 0)));
  }

  private item(m: ClaimMatchView, first: boolean): HTMLElement {
    const open = el(
      'button',
      {
        className: 'button button-small',
        attrs: { type: 'button', ...(first ? { 'aria-keyshortcuts': 'G' } : {}) },
        on: { click: () => void this.open(m) },
      },
      ['Open', first ? el('kbd', { text: 'G', attrs: { 'aria-hidden': 'true' } }) : null],
    );
    const copy = el(
      'button',
      {
        className: 'button button-small',
        attrs: { type: 'button', ...(first ? { 'aria-keyshortcuts': 'C' } : {}) },
        on: { click: () => void this.copy(m) },
      },
      ['Copy its review', first ? el('kbd', { text: 'C', attrs: { 'aria-hidden': 'true' } }) : null],
    );
    copy.disabled = this.store.readOnly;
    const how = m.kind === 'near-identical' ? 'Same words' : `Same speaker, ${Math.round(m.similarity * 100)}% alike`;
    const where = m.workspace.current ? m.articleTitle : `${m.articleTitle} · in ${m.workspace.name}`;
    const when = m.updatedAt ? new Date(m.updatedAt).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '';
    return el('li', { className: 'match-item' }, [
      el('div', { className: 'match-head' }, [
        statusBadge(m.status),
        m.verdict ? el('span', { className: 'match-verdict', text: m.verdict.rating }) : null,
        el('span', { className: 'match-how', text: how }),
      ]),
      el('p', { className: 'match-wording', text: `${m.speaker ? `${m.speaker}: ` : ''}“${m.wording}”` }),
      m.verdict?.explanation ? el('p', { className: 'match-note', text: m.verdict.explanation }) : null,
      m.note ? el('p', { className: 'match-note', text: `Note: ${m.note}` }) : null,
      el('p', {
        className: 'match-where',
        text: `${where}${m.reviewer ? ` · ${m.reviewer}` : ''}${when ? ` · ${when}` : ''}`,
      }),
      el('div', { className: 'match-actions' }, [open, copy]),
    ]);
  }

  private async open(m: ClaimMatchView): Promise<void> {
    if (!m.workspace.current) {
      showToast(`That review is in the workspace ${m.workspace.name}: open it with File › Open Recent.`, 'info');
      return;
    }
    await this.commands.openClaim(m.articleId, m.claimId);
  }

  private async copy(m: ClaimMatchView): Promise<void> {
    const claimId = this.claimId;
    if (!claimId || this.store.readOnly) return;
    if (await this.commands.copyReview(claimId, m))
      showToast(`Copied the review of “${m.articleTitle}” onto claim ${this.store.number(claimId)}.`, 'success');
  }
}
