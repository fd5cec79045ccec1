// The outlet a claim is linked to: its name and kind. An inherited outlet (taken from the paragraph's or
// article's context) looks different (dashed, no fill) and says so in words; one the reviewer set says that, and
// one the registry does not hold reads "not registered".
import type { ClaimOutlet, OutletInfo } from '../main/api/contract';
import { el } from './dom';

export function outletChip(outlet: ClaimOutlet, info?: OutletInfo): HTMLElement {
  const via = outlet.via.map((relay) => relay.name).join(', ');
  const kind = info?.kindLabel ?? '';
  const byReviewer = outlet.setBy === 'reviewer';
  // Named in an outlet's frame ("the Harbour Gazette newspaper") but in no registry: the reviewer can add it.
  const unregistered = outlet.registered === false;
  const how = unregistered
    ? 'Outlet named in the text but not in the registry: o, then R adds it to your outlets'
    : byReviewer
      ? 'Outlet set by the reviewer'
      : outlet.stated
        ? 'Outlet named in the claim'
        : 'Outlet inherited from the surrounding text';
  const title = [
    how,
    kind ? `· ${kind}` : '',
    outlet.domain ? `(${outlet.domain})` : '',
    via ? `relayed via ${via}` : '',
    info?.user ? '· your outlet' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const className =
    `outlet-chip ${outlet.stated ? 'is-stated' : 'is-inherited'}${byReviewer ? ' is-reviewer' : ''}` +
    (unregistered ? ' is-unregistered' : '');
  return el('span', { className, attrs: { title, 'data-outlet-id': outlet.id } }, [
    outlet.stated ? null : el('span', { className: 'outlet-inherited', text: 'inherited' }),
    el('span', { className: 'outlet-name', text: outlet.name }),
    kind ? el('span', { className: 'outlet-kind', text: kind }) : null,
    unregistered ? el('span', { className: 'outlet-unregistered', text: 'not registered' }) : null,
    via ? el('span', { className: 'outlet-via', text: `via ${via}` }) : null,
    byReviewer
      ? el('span', { className: 'outlet-set', text: 'set by you', attrs: { title: 'You changed this claim’s outlet' } })
      : null,
  ]);
}
