// The active claim in full: its status buttons, who marked it and when, the note, evidence links, the outlet
// menu, corrections of the extraction, and the history of every change. With several claims selected it offers
// the bulk mark instead.
import type { Claim, ClaimReview, HistoryEntry } from '../main/api/contract';
import type { DeskStore } from './desk-store';
import { clear, el, setAttr } from './dom';
import { outletChip } from './outlet-chip';
import type { ReviewActions } from './review-actions';
import { statusBadge } from './status-badge';
import { STATUS_LOOKS, statusLook } from './status-labels';
import { showToast } from './toasts';

export interface InspectorCommands {
  openOutletMenu(anchor: HTMLElement): void;
  editSpeaker(): void;
  split(): void;
  mergeNext(): void;
  adjustSpan(edge: 'start' | 'end', direction: 'extend' | 'shrink'): void;
  hide(): void;
  openLink(url: string): void;
}

export class ClaimInspector {
  readonly element: HTMLElement;
  readonly note: HTMLTextAreaElement;
  private readonly buttons: HTMLButtonElement[];
  private readonly title: HTMLElement;
  private readonly claimText: HTMLElement;
  private readonly chips: HTMLElement;
  private readonly reviewedBy: HTMLElement;
  private readonly single: HTMLElement;
  private readonly multi: HTMLElement;
  private readonly multiCount: HTMLElement;
  private readonly evidenceList: HTMLElement;
  private readonly evidenceForm: HTMLFormElement;
  readonly evidenceUrl: HTMLInputElement;
  private readonly evidenceTitle: HTMLInputElement;
  private readonly evidenceArchive: HTMLInputElement;
  private readonly history: HTMLElement;
  private readonly historyCount: HTMLElement;
  readonly outletButton: HTMLButtonElement;
  private readonly correctionButtons: HTMLButtonElement[] = [];

  constructor(
    private readonly store: DeskStore,
    private readonly actions: ReviewActions,
    private readonly commands: InspectorCommands,
  ) {
    this.buttons = STATUS_LOOKS.map((look) =>
      el(
        'button',
        {
          className: `mark-button mark-${look.status}`,
          attrs: {
            type: 'button',
            'data-status': look.status,
            'aria-pressed': 'false',
            'aria-keyshortcuts': look.key.toUpperCase(),
          },
          on: { click: () => void actions.mark(look.status) },
        },
        [
          el('span', { className: 'status-glyph', text: look.glyph, attrs: { 'aria-hidden': 'true' } }),
          el('span', { text: look.label }),
          el('kbd', { text: look.key.toUpperCase(), attrs: { 'aria-hidden': 'true' } }),
        ],
      ),
    );
    this.title = el('h2', { className: 'inspector-title', id: 'inspector-title' });
    this.claimText = el('blockquote', { className: 'inspector-claim', id: 'inspector-claim' });
    this.chips = el('div', { className: 'inspector-chips' });
    this.outletButton = el('button', {
      className: 'button button-small',
      id: 'outlet-menu-button',
      text: 'Outlet…',
      attrs: { type: 'button', 'aria-haspopup': 'menu', 'aria-keyshortcuts': 'O' },
      on: { click: () => commands.openOutletMenu(this.outletButton) },
    });
    this.note = el('textarea', {
      className: 'note-field',
      id: 'note-field',
      attrs: { rows: 4, placeholder: 'What you checked, where, and what you found', 'aria-keyshortcuts': 'N' },
      on: { input: () => actions.editNote(this.note.value), blur: () => actions.flushNote() },
    });
    this.reviewedBy = el('p', { className: 'reviewed-by', id: 'reviewed-by' });

    this.evidenceList = el('ul', {
      className: 'evidence-list',
      id: 'evidence-list',
      attrs: { 'aria-label': 'Evidence links' },
    });
    this.evidenceUrl = el('input', {
      className: 'field-input',
      id: 'evidence-url',
      attrs: { type: 'url', placeholder: 'https://…', required: true, autocomplete: 'off' },
    });
    this.evidenceTitle = el('input', {
      className: 'field-input',
      id: 'evidence-title',
      attrs: { type: 'text', placeholder: 'What the page is', autocomplete: 'off' },
    });
    this.evidenceArchive = el('input', {
      className: 'field-input',
      id: 'evidence-archive',
      attrs: { type: 'url', placeholder: 'https://web.archive.org/…', autocomplete: 'off' },
    });
    const cancelEvidence = el('button', {
      className: 'button button-small',
      text: 'Cancel',
      attrs: { type: 'button' },
      on: { click: () => this.closeEvidenceForm() },
    });
    this.evidenceForm = el(
      'form',
      { className: 'evidence-form', attrs: { hidden: true, 'aria-label': 'Add an evidence link' } },
      [
        el('label', { className: 'field-label', text: 'Link', attrs: { for: 'evidence-url' } }),
        this.evidenceUrl,
        el('label', { className: 'field-label', text: 'Title', attrs: { for: 'evidence-title' } }),
        this.evidenceTitle,
        el('label', { className: 'field-label', text: 'Archived copy', attrs: { for: 'evidence-archive' } }),
        this.evidenceArchive,
        el('div', { className: 'form-actions' }, [
          cancelEvidence,
          el('button', {
            className: 'button button-small button-primary',
            text: 'Add link',
            attrs: { type: 'submit' },
          }),
        ]),
      ],
    );
    this.evidenceForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submitEvidence();
    });
    this.evidenceForm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.closeEvidenceForm();
      }
    });
    const addEvidence = el('button', {
      className: 'button button-small',
      text: 'Add link (E)',
      attrs: { type: 'button', 'aria-keyshortcuts': 'E' },
      on: { click: () => this.openEvidenceForm() },
    });

    const correction = (label: string, key: string | null, run: () => void, title: string): HTMLButtonElement => {
      const b = el(
        'button',
        {
          className: 'button button-small',
          attrs: { type: 'button', title, ...(key ? { 'aria-keyshortcuts': key } : {}) },
          on: { click: run },
        },
        [label, key ? el('kbd', { text: key, attrs: { 'aria-hidden': 'true' } }) : null],
      );
      this.correctionButtons.push(b);
      return b;
    };
    const corrections = el(
      'div',
      { className: 'correction-tools', attrs: { role: 'group', 'aria-label': 'Correct the extraction' } },
      [
        correction('Speaker…', 'R', () => commands.editSpeaker(), 'Edit who said it'),
        correction('Split…', 'X', () => commands.split(), 'Split this claim in two'),
        correction('Merge next', 'M', () => commands.mergeNext(), 'Merge with the next claim'),
        correction('Hide', 'H', () => commands.hide(), 'Not a claim: hide it'),
        correction(
          '◂ Start',
          null,
          () => commands.adjustSpan('start', 'extend'),
          'Extend the start to the previous sentence',
        ),
        correction('Start ▸', null, () => commands.adjustSpan('start', 'shrink'), 'Shrink the start by a sentence'),
        correction('◂ End', '<', () => commands.adjustSpan('end', 'shrink'), 'Shrink the end by a sentence'),
        correction('End ▸', '>', () => commands.adjustSpan('end', 'extend'), 'Extend the end to the next sentence'),
      ],
    );
    this.historyCount = el('span', { className: 'history-count' });
    this.history = el('ol', { className: 'history-list', id: 'history-list' });

    this.single = el('div', { className: 'inspector-single' }, [
      el('header', { className: 'inspector-head' }, [this.title, this.chips]),
      this.claimText,
      el('div', { className: 'mark-buttons', attrs: { role: 'group', 'aria-label': 'Mark this claim' } }, this.buttons),
      this.reviewedBy,
      el('section', { className: 'inspector-section' }, [
        el('label', { className: 'section-label', attrs: { for: 'note-field' } }, [
          el('span', { text: 'Note' }),
          el('span', { className: 'hint', text: 'N to write · Esc to return' }),
        ]),
        this.note,
      ]),
      el('section', { className: 'inspector-section', attrs: { 'aria-labelledby': 'evidence-heading' } }, [
        el('div', { className: 'section-row-head' }, [
          el('h3', { className: 'section-label', id: 'evidence-heading', text: 'Evidence' }),
          addEvidence,
        ]),
        this.evidenceList,
        this.evidenceForm,
      ]),
      el('section', { className: 'inspector-section', attrs: { 'aria-labelledby': 'correct-heading' } }, [
        el('div', { className: 'section-row-head' }, [
          el('h3', { className: 'section-label', id: 'correct-heading', text: 'Correct the extraction' }),
        ]),
        corrections,
      ]),
      el('details', { className: 'inspector-section history' }, [
        el('summary', { className: 'section-label' }, ['History ', this.historyCount]),
        this.history,
      ]),
    ]);
    this.multiCount = el('h2', { className: 'inspector-title', id: 'multi-count' });
    this.multi = el('div', { className: 'inspector-multi', attrs: { hidden: true } }, [
      this.multiCount,
      el('p', {
        className: 'field-hint',
        text: 'V, D, U or P marks every selected claim at once. Esc keeps only the active one.',
      }),
      el(
        'div',
        { className: 'mark-buttons', attrs: { role: 'group', 'aria-label': 'Mark the selected claims' } },
        STATUS_LOOKS.map((look) =>
          el(
            'button',
            {
              className: `mark-button mark-${look.status}`,
              attrs: { type: 'button', 'data-status': look.status },
              on: { click: () => void actions.mark(look.status) },
            },
            [
              el('span', { className: 'status-glyph', text: look.glyph, attrs: { 'aria-hidden': 'true' } }),
              el('span', { text: `All ${look.label.toLowerCase()}` }),
            ],
          ),
        ),
      ),
    ]);
    this.element = el(
      'div',
      { className: 'inspector', id: 'inspector', attrs: { role: 'region', 'aria-labelledby': 'inspector-title' } },
      [this.single, this.multi],
    );
    store.subscribe((event) => {
      if (event.type === 'selection' || event.type === 'article') {
        actions.flushNote();
        this.closeEvidenceForm();
        this.load();
      } else if (event.type === 'multi') this.paintMode();
      else if (event.type === 'review' && event.claimId === store.selectedId) this.paint();
      else if (event.type === 'workspace') this.paint();
    });
    this.load();
  }

  openEvidenceForm(): void {
    if (!this.store.selectedId || this.store.readOnly) return;
    this.evidenceForm.hidden = false;
    this.evidenceUrl.focus();
  }

  private closeEvidenceForm(): void {
    const wasOpen = !this.evidenceForm.hidden;
    this.evidenceForm.reset();
    this.evidenceForm.hidden = true;
    if (wasOpen && this.element.contains(document.activeElement)) document.getElementById('checklist')?.focus();
  }

  private async submitEvidence(): Promise<void> {
    const id = this.store.selectedId;
    if (!id) return;
    const url = this.evidenceUrl.value.trim();
    if (!/^https?:\/\//i.test(url)) {
      showToast('An evidence link must start with http:// or https://.', 'info');
      this.evidenceUrl.focus();
      return;
    }
    const title = this.evidenceTitle.value.trim();
    const archivedUrl = this.evidenceArchive.value.trim();
    const ok = await this.actions.addEvidence(id, {
      url,
      ...(title ? { title } : {}),
      ...(archivedUrl ? { archivedUrl } : {}),
    });
    if (ok) this.closeEvidenceForm();
  }

  private paintMode(): void {
    const several = this.store.selectedIds.size > 1;
    this.single.hidden = several;
    this.multi.hidden = !several;
    if (several) this.multiCount.textContent = `${this.store.selectedIds.size} claims selected`;
  }

  private load(): void {
    const id = this.store.selectedId;
    const claim = id ? this.store.claim(id) : undefined;
    this.element.hidden = !claim;
    this.paintMode();
    // A new claim starts at the top of the pane.
    if (this.element.parentElement && !this.element.contains(document.activeElement))
      this.element.parentElement.scrollTop = 0;
    if (!claim) return;
    this.note.value = this.store.review(claim.id).note;
    this.title.textContent = `Claim ${this.store.number(claim.id)} of ${this.store.reviewable.length}`;
    this.claimText.textContent = claim.text;
    this.paintChips(claim);
    this.paint();
  }

  private paintChips(claim: Claim): void {
    clear(this.chips);
    const kinds = this.store.article?.corrected?.[claim.id];
    this.chips.append(
      el('span', { className: 'chip-label', text: 'Speaker' }),
      el('span', {
        className: claim.speaker ? 'speaker-name' : 'speaker-name is-none',
        id: 'inspector-speaker',
        text: claim.speaker?.name ?? 'none',
      }),
      el('span', { className: 'chip-label', text: 'Outlet' }),
      claim.outlet
        ? outletChip(claim.outlet, this.store.article?.outlets?.[claim.outlet.id])
        : el('span', { className: 'speaker-name is-none', id: 'inspector-no-outlet', text: 'none' }),
      this.outletButton,
      kinds?.length ? el('span', { className: 'row-corrected', text: `Corrected: ${kinds.join(', ')}` }) : '',
    );
  }

  private paint(): void {
    const id = this.store.selectedId;
    if (!id) return;
    const review = this.store.review(id);
    const readOnly = this.store.readOnly;
    for (const button of this.buttons) {
      setAttr(button, 'aria-pressed', String(review.status === button.dataset.status));
      button.disabled = readOnly;
    }
    for (const button of this.correctionButtons) button.disabled = readOnly;
    this.note.readOnly = readOnly;
    if (document.activeElement !== this.note && this.note.value !== review.note) this.note.value = review.note;
    const when = review.updatedAt ? formatTime(review.updatedAt) : '';
    clear(this.reviewedBy);
    this.reviewedBy.append(
      statusBadge(review.status),
      ' ',
      review.status === 'pending' && !review.updatedAt
        ? 'Not reviewed yet'
        : `${review.status === 'pending' ? 'Set back to pending' : 'Marked'}` +
            `${review.reviewer ? ` by ${review.reviewer}` : ''}${when ? ` · ${when}` : ''}`,
    );
    this.paintEvidence(id, review);
    this.paintHistory(review.history ?? []);
  }

  private paintEvidence(claimId: string, review: ClaimReview): void {
    clear(this.evidenceList);
    const links = review.evidence ?? [];
    if (links.length === 0) {
      this.evidenceList.appendChild(el('li', { className: 'evidence-empty', text: 'No links yet.' }));
      return;
    }
    for (const link of links) {
      const open = el('button', {
        className: 'link-button',
        text: link.title || link.url,
        attrs: { type: 'button', title: `Open ${link.url} in the browser` },
        on: { click: () => this.commands.openLink(link.url) },
      });
      const archived = link.archivedUrl
        ? el('button', {
            className: 'link-button link-archive',
            text: 'archived copy',
            attrs: { type: 'button', title: link.archivedUrl },
            on: { click: () => this.commands.openLink(link.archivedUrl as string) },
          })
        : null;
      const remove = el('button', {
        className: 'icon-button',
        text: '×',
        attrs: { type: 'button', 'aria-label': `Remove the link ${link.title || link.url}` },
        on: { click: () => void this.actions.removeEvidence(claimId, link.id) },
      });
      remove.disabled = this.store.readOnly;
      this.evidenceList.appendChild(
        el('li', { className: 'evidence-item' }, [
          el('div', { className: 'evidence-main' }, [
            open,
            el('span', { className: 'evidence-url', text: hostOf(link.url) }),
            archived,
          ]),
          el('div', { className: 'evidence-by', text: `${link.addedBy || 'Someone'} · ${formatTime(link.addedAt)}` }),
          remove,
        ]),
      );
    }
  }

  private paintHistory(history: readonly HistoryEntry[]): void {
    clear(this.history);
    this.historyCount.textContent = `(${history.length})`;
    if (history.length === 0) {
      this.history.appendChild(el('li', { className: 'history-empty', text: 'No changes yet.' }));
      return;
    }
    for (const entry of [...history].reverse()) {
      this.history.appendChild(
        el('li', { className: 'history-item' }, [
          el('span', { className: 'history-when', text: formatTime(entry.at) }),
          el('span', { className: 'history-who', text: entry.by || 'Unnamed reviewer' }),
          el('span', { className: 'history-what', text: describe(entry) }),
        ]),
      );
    }
  }
}

function describe(entry: HistoryEntry): string {
  const cut = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
  switch (entry.field) {
    case 'status':
      return `${statusLook(entry.from as never).label} → ${statusLook(entry.to as never).label}`;
    case 'note':
      return entry.to ? `note: “${cut(entry.to)}”` : 'note cleared';
    case 'evidence':
      return entry.to ? `link added: ${cut(entry.to)}` : `link removed: ${cut(entry.from)}`;
    case 'attach':
      return `re-attached from “${cut(entry.from)}”`;
    default:
      return `${String(entry.field)} changed`;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
