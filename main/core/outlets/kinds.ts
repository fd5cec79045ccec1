// The outlet kinds a person can choose, with the words the window shows for them. Pure: the renderer and the
// main side share it.
import type { OutletKind } from './types';

export const OUTLET_KIND_LABELS: Readonly<Record<OutletKind, string>> = {
  'news-agency': 'news agency',
  'state-media': 'state media',
  newspaper: 'newspaper',
  broadcaster: 'broadcaster',
  magazine: 'magazine',
  online: 'online outlet',
  aggregator: 'aggregator',
  'official-channel': 'official channel',
  generic: 'state media (description)',
};

/** Every kind but 'generic' (descriptors are shipped data, not something a person adds). */
export const USER_OUTLET_KINDS: readonly OutletKind[] = [
  'newspaper',
  'broadcaster',
  'news-agency',
  'online',
  'magazine',
  'state-media',
  'aggregator',
  'official-channel',
];

export function isOutletKind(v: unknown): v is OutletKind {
  return typeof v === 'string' && Object.hasOwn(OUTLET_KIND_LABELS, v);
}

export function outletKindLabel(kind: string | undefined): string {
  return kind && isOutletKind(kind) ? OUTLET_KIND_LABELS[kind] : 'outlet';
}
