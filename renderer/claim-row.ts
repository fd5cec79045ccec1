// One row of the checklist: number, status, the claim's text (clamped), its speaker and outlet.
import type { Claim, ClaimReview } from '../main/api/contract';
import { el } from './dom';
import { outletChip } from './outlet-chip';
import { paintStatusBadge, statusBadge } from './status-badge';

const CHECKWORTHY_AT = 0.6;

export function claimRow(claim: Claim, number: number, rowId: string): HTMLElement {
  const badge = statusBadge('pending');
  const meta = el('div', { className: 'row-meta' }, [
    claim.speaker
      ? el('span', { className: 'row-speaker', attrs: { title: 'Speaker' } }, [
          el('span', { className: 'meta-label', text: 'Speaker' }),
          el('span', { className: 'speaker-name', text: claim.speaker.name }),
        ])
      : el('span', { className: 'row-speaker is-none', text: claim.kind === 'unattributed' ? 'No attribution' : 'No speaker' }),
    claim.outlet ? outletChip(claim.outlet) : null,
    claim.checkworthiness >= CHECKWORTHY_AT
      ? el('span', { className: 'checkworthy', text: 'Check-worthy', attrs: { title: `Check-worthiness ${Math.round(claim.checkworthiness * 100)}%` } })
      : null,
    el('span', { className: 'row-note-mark', text: 'Note', attrs: { hidden: true } }),
  ]);
  return el('div', { className: 'claim-row', id: rowId, attrs: { role: 'row', 'aria-selected': 'false', 'data-claim-id': claim.id } }, [
    el('div', { className: 'row-main', attrs: { role: 'gridcell' } }, [
      el('span', { className: 'row-number', text: String(number), attrs: { 'aria-label': `Claim ${number}` } }),
      el('div', { className: 'row-body' }, [
        el('div', { className: 'row-head' }, [badge]),
        el('p', { className: 'row-text', text: claim.text }),
        meta,
      ]),
    ]),
  ]);
}

export function paintClaimRow(row: HTMLElement, review: ClaimReview): void {
  row.dataset.status = review.status;
  const badge = row.querySelector<HTMLElement>('.status-badge');
  if (badge && badge.dataset.status !== review.status) paintStatusBadge(badge, review.status);
  const noteMark = row.querySelector<HTMLElement>('.row-note-mark');
  if (noteMark) noteMark.hidden = review.note.trim() === '';
}

export function sectionRow(text: string): HTMLElement {
  return el('div', { className: 'section-row', attrs: { role: 'row', 'aria-disabled': 'true' } }, [
    el('div', { className: 'section-title', text, attrs: { role: 'gridcell' } }),
  ]);
}
