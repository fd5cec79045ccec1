// The outlet registry a workspace sees: the shipped outlets with the person's own (data.userOutlets) on top.
// The resolver and its search index are built once per list of user outlets: the store replaces the list on
// every change (copy-on-write), so its identity says when to rebuild.
import shipped from '../core/outlets/data/outlets.json' with { type: 'json' };
import { outletKindLabel } from '../core/outlets/kinds';
import { outletSearchFor, type OutletSearch } from '../core/outlets/outlet-search';
import { createOutletResolver, defaultOutletResolver, type OutletResolver } from '../core/outlets/resolver';
import type { OutletEntry } from '../core/outlets/types';
import type { WorkspaceStore } from '../store/workspace-store';
import type { OutletInfo } from './contract';

const SHIPPED = (shipped as { outlets: OutletEntry[] }).outlets;
const SHIPPED_IDS = new Set(SHIPPED.map((e) => e.id));

interface Built {
  list: readonly OutletEntry[] | undefined;
  resolver: OutletResolver;
}

const built = new WeakMap<WorkspaceStore, Built>();

/** The workspace's resolver (the shared default when the person has no outlets of their own). */
export function workspaceOutlets(store: WorkspaceStore): OutletResolver {
  const list = store.data.userOutlets;
  const hit = built.get(store);
  if (hit && hit.list === list) return hit.resolver;
  const resolver = list && list.length > 0 ? createOutletResolver(SHIPPED, list) : defaultOutletResolver();
  built.set(store, { list, resolver });
  return resolver;
}

export function workspaceOutletSearch(store: WorkspaceStore): OutletSearch {
  return outletSearchFor(workspaceOutlets(store).all());
}

export function isShippedOutlet(id: string): boolean {
  return SHIPPED_IDS.has(id);
}

export function outletInfo(e: OutletEntry): OutletInfo {
  const info: OutletInfo = {
    id: e.id,
    name: e.name,
    aliases: [...e.aliases],
    domains: [...e.domains],
    country: e.country,
    language: e.language,
    kind: e.kind,
    kindLabel: outletKindLabel(e.kind),
    user: e.user === true,
    correctsShipped: e.user === true && SHIPPED_IDS.has(e.id),
  };
  if (e.wikidata) info.wikidata = e.wikidata;
  if (e.relays) info.relays = true;
  return info;
}
