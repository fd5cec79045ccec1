// Above the checklist: the article's orphaned reviews (after a re-import or a correction) and its corrections,
// each opening a dialog. Orphans are never dropped: they are listed with their notes and can be given to the
// selected claim; corrections can be undone one by one.
import type { OrphanView } from '../main/api/contract';
import { request } from './bridge-client';
import type { DeskStore } from './desk-store';
import { el } from './dom';
import { formatTime } from './claim-inspector';
import { openCloseOnlyModal } from './modal-dialog';
import type { ReviewActions } from './review-actions';
import { statusBadge } from './status-badge';
import { showToast } from './toasts';

export class ArticleExtras {
  readonly element: HTMLElement;
  private readonly orphans: HTMLButtonElement;
  private readonly corrections: HTMLButtonElement;

  constructor(
    private readonly store: DeskStore,
    private readonly actions: ReviewActions,
  ) {
    this.orphans = el('button', {
      className: 'extras-button orphans-button',
      id: 'orphans-button',
      attrs: { type: 'button', hidden: true },
      on: { click: () => this.showOrphans() },
    });
    this.corrections = el('button', {
      className: 'extras-button',
      id: 'corrections-button',
      attrs: { type: 'button', hidden: true },
      on: { click: () => this.showCorrections() },
    });
    this.element = el('div', { className: 'article-extras' }, [this.orphans, this.corrections]);
    store.subscribe((event) => {
      if (event.type === 'article') this.paint();
    });
  }

  private paint(): void {
    const a = this.store.article;
    const orphans = a?.orphans?.length ?? 0;
    const corrections = a?.corrections?.length ?? 0;
    this.orphans.hidden = orphans === 0;
    this.orphans.textContent = `⚠ ${orphans} orphaned review${orphans === 1 ? '' : 's'}`;
    this.corrections.hidden = corrections === 0;
    const unapplied = a?.corrections?.filter((c) => !c.applied).length ?? 0;
    this.corrections.textContent =
      `${corrections} ` + `correction${corrections === 1 ? '' : 's'}${unapplied ? ` (${unapplied} not applied)` : ''}`;
    this.element.hidden = orphans === 0 && corrections === 0;
  }

  showOrphans(): void {
    const a = this.store.article;
    if (!a?.orphans?.length) return;
    const selected = this.store.selected;
    const modal = openCloseOnlyModal({
      title: 'Orphaned reviews',
      className: 'orphans-dialog',
      body: [
        el('p', {
          className: 'field-hint',
          text:
            'These reviews could not re-attach to a claim of this version of the article. They are kept ' +
            'with their notes. Give one to the claim selected in the checklist, or leave it here for ' +
            'the record.',
        }),
        el(
          'ul',
          { className: 'orphan-list', id: 'orphan-list' },
          a.orphans.map((o) => this.orphanItem(o, selected?.id ?? null, () => modal.close())),
        ),
      ],
    });
  }

  private orphanItem(o: OrphanView, claimId: string | null, done: () => void): HTMLElement {
    const attach = el('button', {
      className: 'button button-small',
      text: claimId ? `Give to claim ${this.store.number(claimId)}` : 'Select a claim first',
      attrs: { type: 'button' },
    });
    attach.disabled = !claimId || this.store.readOnly;
    attach.addEventListener('click', async () => {
      const article = this.store.article;
      if (!article || !claimId) return;
      const r = await request(
        'attachOrphan',
        { articleId: article.id, orphanId: o.id, claimId },
        'Could not attach the review',
      );
      if (!r.ok) return;
      done();
      this.store.setArticle(r.value, claimId);
      showToast('The review was given to the selected claim.', 'success');
    });
    return el('li', { className: 'orphan-item' }, [
      el('div', { className: 'orphan-head' }, [
        statusBadge(o.status),
        el('span', {
          className: 'orphan-by',
          text: `${o.reviewer || 'Unnamed reviewer'} · ${formatTime(o.updatedAt)}`,
        }),
      ]),
      el('blockquote', { className: 'orphan-quote', text: o.quote }),
      o.note ? el('p', { className: 'orphan-note' }, [el('strong', { text: 'Note: ' }), o.note]) : null,
      o.evidence.length
        ? el('p', { className: 'orphan-note', text: `Evidence: ${o.evidence.map((e) => e.url).join(', ')}` })
        : null,
      el('p', { className: 'field-hint', text: o.reason }),
      attach,
    ]);
  }

  showCorrections(): void {
    const a = this.store.article;
    if (!a?.corrections?.length) return;
    const modal = openCloseOnlyModal({
      title: 'Corrections of the extraction',
      className: 'corrections-dialog',
      body: [
        el('p', {
          className: 'field-hint',
          text: 'Kept with the article and applied again whenever it is re-extracted or re-imported.',
        }),
        el(
          'ol',
          { className: 'correction-list' },
          a.corrections.map((c) => {
            const remove = el('button', {
              className: 'button button-small',
              text: c.type === 'hide' ? 'Show again' : 'Undo this',
              attrs: { type: 'button' },
            });
            remove.disabled = this.store.readOnly;
            remove.addEventListener('click', async () => {
              modal.close();
              await this.actions.removeCorrection(c.id, c.label);
            });
            return el('li', { className: `correction-item${c.applied ? '' : ' is-unapplied'}` }, [
              el('span', { className: 'correction-label', text: c.label }),
              el('span', {
                className: 'correction-by',
                text:
                  `${c.by || 'Unnamed reviewer'} · ` +
                  `${formatTime(c.at)}${c.applied ? '' : ' · no longer finds its claim'}`,
              }),
              remove,
            ]);
          }),
        ),
      ],
    });
  }
}
