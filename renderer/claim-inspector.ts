// The active claim in full: its status buttons, who marked it and when, the note, evidence links, the outlet
// menu, corrections of the extraction, and the history of every change. With several claims selected it offers
// the bulk mark instead.
import type { Claim, ClaimReview, HistoryEntry } from '../main/api/contract';
import type { DeskStore } from './desk-store';
import type { InspectorSection } from './inspector-section';
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
  readonly multiNote: HTMLTextAreaElement;
  private readonly multiNoteForm: HTMLFormElement;
  private readonly multiEvidenceForm: HTMLFormElement;
  readonly multiEvidenceUrl: HTMLInputElement;
  private readonly multiEvidenceTitle: HTMLInputElement;
  private readonly evidenceList: HTMLElement;
  private readonly evidenceForm: HTMLFormElement;
  readonly evidenceUrl: HTMLInputElement;
  private readonly evidenceTitle: HTMLInputElement;
  private readonly evidenceArchive: HTMLInputElement;
  private readonly history: HTMLElement;
  private readonly historyCount: HTMLElement;
  readonly outletButton: HTMLButtonElement;
  private readonly correctionButtons: HTMLButtonElement[] = [];
  private readonly sections: InspectorSection[] = [];
  private readonly mounted = el('div', { className: 'inspector-mounted' });
  private readonly mountedLate = el('div', { className: 'inspector-mounted' });

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
      this.mounted,
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
      this.mountedLate,
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
    this.multiNote = el('textarea', {
      className: 'note-field',
      id: 'multi-note',
      attrs: { rows: 3, placeholder: 'Added to the note of every selected claim' },
    });
    this.multiNoteForm = el(
      'form',
      { className: 'multi-form', attrs: { 'aria-label': 'Note for every selected claim' } },
      [
        el('label', { className: 'section-label', attrs: { for: 'multi-note' } }, [
          el('span', { text: 'Note for all (N)' }),
          el('span', { className: 'hint', text: 'Ctrl+Enter adds it · Esc to return' }),
        ]),
        this.multiNote,
        el('div', { className: 'form-actions' }, [
          el('button', {
            className: 'button button-small button-primary',
            text: 'Add to every note',
            attrs: { type: 'submit' },
          }),
        ]),
      ],
    );
    this.multiNoteForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submitMultiNote();
    });
    this.multiNote.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.submitMultiNote();
      }
    });
    this.multiEvidenceUrl = el('input', {
      className: 'field-input',
      id: 'multi-evidence-url',
      attrs: { type: 'url', placeholder: 'https://…', autocomplete: 'off' },
    });
    this.multiEvidenceTitle = el('input', {
      className: 'field-input',
      id: 'multi-evidence-title',
      attrs: { type: 'text', placeholder: 'What the page is', autocomplete: 'off' },
    });
    this.multiEvidenceForm = el(
      'form',
      { className: 'multi-form', attrs: { 'aria-label': 'Evidence link for every selected claim' } },
      [
        el('h3', { className: 'section-label', text: 'Evidence link for all (E)' }),
        el('label', { className: 'field-label', text: 'Link', attrs: { for: 'multi-evidence-url' } }),
        this.multiEvidenceUrl,
        el('label', { className: 'field-label', text: 'Title', attrs: { for: 'multi-evidence-title' } }),
        this.multiEvidenceTitle,
        el('div', { className: 'form-actions' }, [
          el('button', {
            className: 'button button-small button-primary',
            text: 'Add to every claim',
            attrs: { type: 'submit' },
          }),
        ]),
      ],
    );
    this.multiEvidenceForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submitMultiEvidence();
    });
    this.multi = el('div', { className: 'inspector-multi', attrs: { hidden: true } }, [
      this.multiCount,
      el('p', {
        className: 'field-hint',
        text:
          'V, D, U or P marks every selected claim at once; N and E add a note or a link to each. ' +
          'Esc keeps only the active one.',
      }),
      el('p', {
        className: 'field-hint',
        id: 'multi-one-at-a-time',
        text: ONE_AT_A_TIME,
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
      this.multiNoteForm,
      this.multiEvidenceForm,
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

  /** N: the note of the active claim, or with several selected the note added to each of them. */
  focusNote(): void {
    if (!this.store.selectedId) return;
    const field = this.store.selectedIds.size > 1 ? this.multiNote : this.note;
    field.focus();
    field.scrollIntoView({ block: 'nearest' });
  }

  /** Adds a section below the mark buttons, or after the evidence ('late'); it follows the shown claim. */
  mount(section: InspectorSection, place: 'top' | 'late' = 'top'): void {
    this.sections.push(section);
    (place === 'top' ? this.mounted : this.mountedLate).appendChild(section.element);
    section.show(this.store.selectedIds.size > 1 ? null : this.store.selectedId);
  }

  /** E: the evidence form of the active claim, or with several selected the one that adds a link to each. */
  openEvidenceForm(): void {
    if (!this.store.selectedId || this.store.readOnly) return;
    if (this.store.selectedIds.size > 1) {
      this.multiEvidenceUrl.focus();
      this.multiEvidenceForm.scrollIntoView({ block: 'nearest' });
      return;
    }
    this.evidenceForm.hidden = false;
    this.evidenceUrl.focus();
    this.evidenceForm.scrollIntoView({ block: 'nearest' });
  }

  private async submitMultiNote(): Promise<void> {
    const text = this.multiNote.value.trim();
    if (!text) {
      showToast('Type the note first: it is added to every selected claim.', 'info');
      this.multiNote.focus();
      return;
    }
    const ids = this.store.targets;
    // As with a link: the field empties and the list has the keys at once; a failure puts the text back.
    this.multiNote.value = '';
    document.getElementById('checklist')?.focus();
    if (await this.actions.addNoteToAll(ids, text)) showToast(`Note added to ${ids.length} claims.`, 'success');
    else if (!this.multiNote.value) this.multiNote.value = text;
  }

  private async submitMultiEvidence(): Promise<void> {
    const url = this.multiEvidenceUrl.value.trim();
    if (!/^https?:\/\/\S+$/i.test(url)) {
      showToast('An evidence link must start with http:// or https://.', 'info');
      this.multiEvidenceUrl.focus();
      return;
    }
    const title = this.multiEvidenceTitle.value.trim();
    const ids = this.store.targets;
    this.multiEvidenceForm.reset();
    document.getElementById('checklist')?.focus();
    if (await this.actions.addEvidenceToAll(ids, { url, ...(title ? { title } : {}) }))
      showToast(`Link added to ${ids.length} claims.`, 'success');
    else if (!this.multiEvidenceUrl.value) {
      this.multiEvidenceUrl.value = url;
      this.multiEvidenceTitle.value = title;
    }
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
    // Closed at once, the focus back on the list: keys typed while the link is saved are the desk's again, never
    // half in a form that is about to close. A failure opens the form again with what was typed.
    this.closeEvidenceForm();
    const ok = await this.actions.addEvidence(id, {
      url,
      ...(title ? { title } : {}),
      ...(archivedUrl ? { archivedUrl } : {}),
    });
    if (!ok && this.store.selectedId === id) {
      this.openEvidenceForm();
      this.evidenceUrl.value = url;
      this.evidenceTitle.value = title;
      this.evidenceArchive.value = archivedUrl;
    }
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
    for (const section of this.sections) section.show(claim?.id ?? null);
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

/** Why some commands keep to one claim while several are selected (said in the panel and when the key is pressed). */
export const ONE_AT_A_TIME =
  'Speaker (R), outlet (O), search (S), split (X), merge (M), hide (H) and span changes correct one claim’s ' +
  'extraction, because each claim names its own speaker and outlet: press Esc to keep only the active claim first.';

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
    case 'verdict':
      return entry.to ? `verdict: ${cut(entry.to)}` : 'verdict taken away';
    case 'wording':
      return entry.to ? `claim as checked: “${cut(entry.to)}”` : 'claim as checked: the article’s words again';
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
