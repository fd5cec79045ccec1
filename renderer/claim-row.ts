// One row of the checklist: number, status, speaker, outlet, hints, and the claim's text (two lines).
import type { Claim, ClaimReview, OutletInfo } from '../main/api/contract';
import { el } from './dom';
import { outletChip } from './outlet-chip';
import { paintStatusBadge, statusBadge } from './status-badge';

export const CHECKWORTHY_AT = 0.6;

/** Cuts a name at a word boundary to at most `max` characters, with an ellipsis (never mid-word). */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 3 ? room.slice(0, space) : room).replace(/[\s,.;:–—-]+$/, '')}…`;
}

const ROW_OUTLET_NAME_MAX = 24;

function rowOutletChip(outlet: NonNullable<Claim['outlet']>, info?: OutletInfo): HTMLElement {
  const chip = outletChip(outlet, info);
  const name = chip.querySelector<HTMLElement>('.outlet-name');
  if (name && outlet.name.length > ROW_OUTLET_NAME_MAX) name.textContent = cutAtWord(outlet.name, ROW_OUTLET_NAME_MAX);
  chip.title = `${outlet.name}: ${chip.title}`;
  return chip;
}

export function claimRow(
  claim: Claim,
  number: number,
  corrected: readonly string[] | undefined,
  outlets?: Record<string, OutletInfo>,
): HTMLElement {
  // Markers never shrink (they are short words); the outlet's name is cut at a word; the speaker takes the room
  // left and shows only whole words (its box is one line high and wraps).
  const markers = el('span', { className: 'row-markers' }, [
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
  const meta = el('div', { className: 'row-meta' }, [
    claim.outlet ? rowOutletChip(claim.outlet, outlets?.[claim.outlet.id]) : null,
    markers,
    claim.speaker
      ? el('span', { className: 'row-speaker', attrs: { title: `Speaker: ${claim.speaker.name}` } }, [
          el('span', { className: 'speaker-name', text: claim.speaker.name }),
        ])
      : el('span', {
          className: 'row-speaker is-none',
          text: claim.kind === 'unattributed' ? 'No attribution' : 'No speaker',
        }),
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
