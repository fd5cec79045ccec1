// The outlet menu (o): the outlet's home page, a search of the outlet's own domain for this claim, an archived
// copy of a URL the person gives, the article's page, and changing, adding or correcting the outlet. Links come
// from the main side (built by the outlet registry, http(s) only) and open in the system browser. A menu in the
// ARIA sense: arrows move, Enter opens, Escape closes; each entry has a letter.
import type { OutletLinks } from '../main/api/contract';
import { request } from './bridge-client';
import type { DeskStore } from './desk-store';
import { el } from './dom';
import { showToast } from './toasts';

let openMenu: { close(): void } | null = null;

/** True from the key that asks for the menu until it is shown: its item keys (H, S) must not run desk commands. */
let menuComing = false;

export function isMenuOpen(): boolean {
  return openMenu !== null || menuComing;
}

export async function outletLinksFor(store: DeskStore, claimId: string): Promise<OutletLinks | null> {
  const article = store.article;
  if (!article) return null;
  const result = await request('outletLinks', { articleId: article.id, claimId }, 'Could not build the outlet links');
  return result.ok ? result.value : null;
}

export async function openLink(url: string): Promise<void> {
  const result = await request('openExternal', { url }, 'Could not open the link');
  if (result.ok) showToast(`Opened in your browser: ${url}`, 'success');
}

export interface OutletMenuCommands {
  changeOutlet(): void;
  addOutlet(): void;
  /** Adds an outlet the text names but no registry holds to the workspace's outlets, its name filled in. */
  registerOutlet(name: string): void;
  correctOutlet(outletId: string): void;
  /** Asks for a URL (the article's by default) and opens its archived copy. */
  archive(defaultUrl: string | null): void;
}

interface MenuItem {
  label: string;
  detail: string;
  url?: string | null;
  run?: (() => void) | null;
  key?: string;
  separator?: boolean;
}

export async function showOutletMenu(
  store: DeskStore,
  anchor: HTMLElement,
  commands: OutletMenuCommands,
): Promise<void> {
  openMenu?.close();
  const claimId = store.selectedId;
  if (!claimId) return;
  menuComing = true;
  const links = await outletLinksFor(store, claimId).finally(() => (menuComing = false));
  if (!links || store.selectedId !== claimId) return;
  const editable = !store.readOnly;
  const o = links.outlet;
  const claimOutlet = store.selected?.outlet;
  const unregistered = claimOutlet?.registered === false ? claimOutlet : null;
  const items: MenuItem[] = [
    // First, so that o then Enter adds it.
    ...(unregistered
      ? [
          {
            label: `Add “${unregistered.name}” to your outlets…`,
            detail: 'not registered · kept in this workspace',
            run: editable ? () => commands.registerOutlet(unregistered.name) : null,
            key: 'R',
          },
        ]
      : []),
    {
      label: 'Open the outlet’s home page',
      detail: o?.domain || 'no outlet for this claim',
      url: links.home,
      key: 'H',
    },
    {
      label: 'Search the outlet for this claim',
      detail: o?.domain ? `site:${o.domain}` : 'no outlet domain',
      url: links.search,
      key: 'S',
    },
    {
      label: 'Open an archived copy of a URL…',
      detail: links.articleUrl
        ? `web.archive.org · ${hostOf(links.articleUrl)} or another URL`
        : 'web.archive.org · asks for the URL',
      run: () => commands.archive(links.articleUrl),
      key: 'A',
    },
    {
      label: 'Open the article’s page',
      detail: links.articleUrl ? hostOf(links.articleUrl) : 'the article has no URL',
      url: links.articleUrl,
      key: 'P',
    },
    {
      label: 'Change the outlet…',
      detail: 'type-ahead over the registry and your outlets',
      run: editable ? () => commands.changeOutlet() : null,
      key: 'C',
      separator: true,
    },
    {
      label: 'Add a new outlet…',
      detail: 'kept in this workspace',
      run: editable ? () => commands.addOutlet() : null,
      key: 'N',
    },
    {
      label: 'Correct this outlet’s details…',
      detail: o ? `name, domains, country, kind of ${o.name}` : 'no outlet for this claim',
      run: editable && o && o.kindLabel ? () => commands.correctOutlet(o.id) : null,
      key: 'E',
    },
  ];
  const enabled = (item: MenuItem | undefined): boolean => Boolean(item && (item.url || item.run));
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const buttons = items.map((item) =>
    el(
      'button',
      {
        className: `menu-item${item.separator ? ' has-separator' : ''}`,
        attrs: {
          type: 'button',
          role: 'menuitem',
          tabindex: -1,
          'aria-disabled': enabled(item) ? 'false' : 'true',
          ...(item.key ? { 'aria-keyshortcuts': item.key } : {}),
        },
      },
      [
        el('span', { className: 'menu-label', text: item.label }),
        el('span', { className: 'menu-detail', text: item.detail }),
        item.key ? el('kbd', { text: item.key, attrs: { 'aria-hidden': 'true' } }) : null,
      ],
    ),
  );
  const how = o
    ? unregistered
      ? 'not registered'
      : o.setBy === 'reviewer'
        ? 'set by you'
        : o.stated
          ? 'named in the claim'
          : 'inherited from the context'
    : '';
  const heading = o
    ? el('div', { className: 'menu-heading', attrs: { role: 'presentation' } }, [
        el('strong', { text: o.name }),
        el('span', { text: [o.kindLabel, o.domain || 'no domain', how].filter(Boolean).join(' · ') }),
      ])
    : el('div', { className: 'menu-heading', attrs: { role: 'presentation' } }, [
        el('strong', { text: 'No outlet for this claim' }),
        el('span', { text: 'Change the outlet to link one' }),
      ]);
  const menu = el(
    'div',
    {
      className: 'menu outlet-menu',
      id: 'outlet-menu',
      attrs: { role: 'menu', 'aria-label': links.outlet ? `Outlet: ${links.outlet.name}` : 'Outlet links' },
    },
    [heading, ...buttons],
  );
  document.body.appendChild(menu);
  const box = anchor.getBoundingClientRect();
  const width = 340;
  menu.style.left = `${Math.max(8, Math.min(window.innerWidth - width - 8, box.right - width))}px`;
  menu.style.top = `${Math.max(8, Math.min(window.innerHeight - 420, box.bottom + 4))}px`;
  let index = buttons.findIndex((_b, i) => enabled(items[i]));
  const focus = (i: number) => {
    index = (i + buttons.length) % buttons.length;
    buttons[index]?.focus();
  };
  const close = (restore = true) => {
    menu.remove();
    document.removeEventListener('mousedown', outside, true);
    openMenu = null;
    if (restore && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
  };
  const outside = (event: MouseEvent) => {
    if (!(event.target instanceof Node) || !menu.contains(event.target)) close(false);
  };
  const activate = (i: number) => {
    const item = items[i];
    if (!item || !enabled(item)) return;
    close();
    if (item.url) void openLink(item.url);
    else item.run?.();
  };
  buttons.forEach((b, i) => b.addEventListener('click', () => activate(i)));
  menu.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'ArrowDown' || event.key === 'j') focus(index + 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(buttons.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') activate(index);
    else if (event.key === 'Escape' || event.key === 'Tab' || event.key === 'o') close();
    else {
      const byKey = items.findIndex((item) => item.key?.toLowerCase() === event.key.toLowerCase());
      if (byKey < 0) return;
      activate(byKey);
    }
    event.preventDefault();
  });
  document.addEventListener('mousedown', outside, true);
  openMenu = { close: () => close() };
  focus(index < 0 ? 0 : index);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
