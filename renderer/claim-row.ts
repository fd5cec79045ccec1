// One row of the checklist: number, status, speaker, outlet, hints, and the claim's text (two lines).
import type { Claim, ClaimReview, OutletInfo } from '../main/api/contract';
import { el } from './dom';
import { outletChip } from './outlet-chip';
import { paintStatusBadge, statusBadge } from './status-badge';

export const CHECKWORTHY_AT = 0.6;

export function claimRow(
  claim: Claim,
  number: number,
  corrected: readonly string[] | undefined,
  outlets?: Record<string, OutletInfo>,
): HTMLElement {
  const meta = el('div', { className: 'row-meta' }, [
    claim.speaker
      ? el('span', { className: 'row-speaker', attrs: { title: 'Speaker' } }, [
          el('span', { className: 'speaker-name', text: claim.speaker.name }),
        ])
      : el('span', {
          className: 'row-speaker is-none',
          text: claim.kind === 'unattributed' ? 'No attribution' : 'No speaker',
        }),
    claim.outlet ? outletChip(claim.outlet, outlets?.[claim.outlet.id]) : null,
    claim.checkworthiness >= CHECKWORTHY_AT
      ? el('span', {
          className: 'checkworthy',
          text: 'Check-worthy',
          attrs: { title: `Check-worthiness ${Math.round(claim.checkworthiness * 100)}%` },
        })
      : null,
    corrected?.length
      ? el('span', {
          className: 'row-corrected',
          text: 'Corrected',
          attrs: { title: `Corrected: ${corrected.join(', ')}` },
        })
      : null,
    el('span', { className: 'row-note-mark', text: 'Note', attrs: { hidden: true } }),
    el('span', { className: 'row-evidence-mark', attrs: { hidden: true } }),
  ]);
  return el(
    'div',
    {
      className: 'claim-row',
      id: `row-${claim.id}`,
      attrs: { role: 'option', 'aria-selected': 'false', 'data-claim-id': claim.id, 'aria-posinset': number },
    },
    [
      el('span', { className: 'row-number', text: String(number), attrs: { 'aria-hidden': 'true' } }),
      el('div', { className: 'row-body' }, [
        el('div', { className: 'row-head' }, [statusBadge('pending'), meta]),
        el('p', { className: 'row-text', text: claim.text }),
      ]),
    ],
  );
}

export function paintClaimRow(row: HTMLElement, review: ClaimReview): void {
  row.dataset.status = review.status;
  const badge = row.querySelector<HTMLElement>('.status-badge');
  if (badge && badge.dataset.status !== review.status) paintStatusBadge(badge, review.status);
  const noteMark = row.querySelector<HTMLElement>('.row-note-mark');
  if (noteMark) noteMark.hidden = review.note.trim() === '';
  const evidence = row.querySelector<HTMLElement>('.row-evidence-mark');
  const count = review.evidence?.length ?? 0;
  if (evidence) {
    evidence.hidden = count === 0;
    evidence.textContent = count === 1 ? '1 link' : `${count} links`;
  }
}
