// The outlet a claim is linked to. An inherited outlet (taken from the paragraph's or article's context) looks
// different and says so in words: it is never passed off as stated.
import type { ClaimOutlet } from '../main/api/contract';
import { el } from './dom';

export function outletChip(outlet: ClaimOutlet): HTMLElement {
  const via = outlet.via.map((relay) => relay.name).join(', ');
  const title = [
    outlet.stated ? 'Outlet named in the claim' : 'Outlet inherited from the surrounding text',
    outlet.domain ? `(${outlet.domain})` : '',
    via ? `relayed via ${via}` : '',
  ].filter(Boolean).join(' ');
  return el('span', { className: `outlet-chip ${outlet.stated ? 'is-stated' : 'is-inherited'}`, attrs: { title } }, [
    el('span', { className: 'outlet-name', text: outlet.name }),
    via ? el('span', { className: 'outlet-via', text: `via ${via}` }) : null,
    outlet.stated ? null : el('span', { className: 'outlet-inherited', text: 'inherited' }),
  ]);
}
