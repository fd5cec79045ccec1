// The outlet menu (o): the outlet's home page, a search of the outlet's own domain for this claim, and the
// article's archived copy. Links come from the main side (built by the outlet registry, http(s) only) and open
// in the system browser. A menu in the ARIA sense: arrows move, Enter opens, Escape closes.
import type { OutletLinks } from '../main/api/contract';
import { request } from './bridge-client';
import type { DeskStore } from './desk-store';
import { el } from './dom';
import { showToast } from './toasts';

let openMenu: { close(): void } | null = null;

export function isMenuOpen(): boolean {
  return openMenu !== null;
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

export async function showOutletMenu(store: DeskStore, anchor: HTMLElement): Promise<void> {
  openMenu?.close();
  const claimId = store.selectedId;
  if (!claimId) return;
  const links = await outletLinksFor(store, claimId);
  if (!links || store.selectedId !== claimId) return;
  const items: { label: string; detail: string; url: string | null; key?: string }[] = [
    { label: 'Open the outlet’s home page', detail: links.outlet?.domain || 'no outlet for this claim', url: links.home },
    { label: 'Search the outlet for this claim', detail: links.outlet?.domain ? `site:${links.outlet.domain}` : 'no outlet domain', url: links.search, key: 'S' },
    { label: 'Open the article’s archived copy', detail: links.articleUrl ? 'web.archive.org' : 'the article has no URL', url: links.articleArchive },
    { label: 'Open the article’s page', detail: links.articleUrl ? hostOf(links.articleUrl) : 'the article has no URL', url: links.articleUrl },
  ];
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const buttons = items.map((item) =>
    el('button', {
      className: 'menu-item',
      attrs: { type: 'button', role: 'menuitem', tabindex: -1, 'aria-disabled': item.url ? 'false' : 'true', ...(item.key ? { 'aria-keyshortcuts': item.key } : {}) },
    }, [
      el('span', { className: 'menu-label', text: item.label }),
      el('span', { className: 'menu-detail', text: item.detail }),
      item.key ? el('kbd', { text: item.key, attrs: { 'aria-hidden': 'true' } }) : null,
    ]),
  );
  const heading = links.outlet
    ? el('div', { className: 'menu-heading', attrs: { role: 'presentation' } }, [
        el('strong', { text: links.outlet.name }),
        el('span', { text: `${links.outlet.domain || 'no domain'} · ${links.outlet.stated ? 'named in the claim' : 'inherited from the context'}` }),
      ])
    : el('div', { className: 'menu-heading', attrs: { role: 'presentation' } }, [el('strong', { text: 'No outlet for this claim' })]);
  const menu = el('div', { className: 'menu outlet-menu', id: 'outlet-menu', attrs: { role: 'menu', 'aria-label': links.outlet ? `Outlet: ${links.outlet.name}` : 'Outlet links' } }, [heading, ...buttons]);
  document.body.appendChild(menu);
  const box = anchor.getBoundingClientRect();
  const width = 340;
  menu.style.left = `${Math.max(8, Math.min(window.innerWidth - width - 8, box.right - width))}px`;
  menu.style.top = `${Math.min(window.innerHeight - 240, box.bottom + 4)}px`;
  let index = buttons.findIndex((_b, i) => items[i]?.url);
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
    const url = items[i]?.url;
    if (!url) return;
    close();
    void openLink(url);
  };
  buttons.forEach((b, i) => b.addEventListener('click', () => activate(i)));
  menu.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'ArrowDown' || event.key === 'j') focus(index + 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(buttons.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') activate(index);
    else if (event.key === 's') activate(1);
    else if (event.key === 'Escape' || event.key === 'Tab' || event.key === 'o') close();
    else return;
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
