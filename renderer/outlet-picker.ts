// "Change the outlet": a type-ahead over the registry and the person's outlets, in the ARIA combobox pattern
// (an input with role combobox that owns a listbox; the active option is aria-activedescendant). Up and down
// move, Enter chooses, Escape closes the list and then the dialog. "No outlet" and "Add a new outlet" are
// options too, so the whole choice is made from the keyboard.
import type { OutletInfo, OutletSearchResult } from '../main/api/contract';
import { invoke } from './bridge-client';
import { el } from './dom';
import { openModal } from './modal-dialog';

export type OutletChoice = { kind: 'outlet'; outlet: OutletInfo } | { kind: 'none' } | { kind: 'add'; name: string };

interface Option {
  id: string;
  choice: OutletChoice;
  node: HTMLElement;
}

let counter = 0;

export function pickOutlet(options: {
  claimText: string;
  current: { id: string; name: string } | null;
}): Promise<OutletChoice | null> {
  return new Promise((resolve) => {
    const n = ++counter;
    const listId = `outlet-options-${n}`;
    const input = el('input', {
      className: 'field-input outlet-combo',
      id: `outlet-combo-${n}`,
      attrs: {
        type: 'text',
        role: 'combobox',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': listId,
        placeholder: 'Type a name, alias, acronym or domain: “reu”, “NYT”, “bbc.co.uk”',
      },
    });
    const list = el('ul', {
      className: 'outlet-options',
      id: listId,
      attrs: { role: 'listbox', 'aria-label': 'Outlets' },
    });
    const status = el('p', {
      className: 'field-hint outlet-combo-status',
      attrs: { role: 'status', 'aria-live': 'polite' },
    });
    const quote = options.claimText.length > 160 ? `${options.claimText.slice(0, 157)}…` : options.claimText;
    let answer: OutletChoice | null = null;
    let items: Option[] = [];
    let active = -1;
    let seq = 0;

    const cancel = el('button', { className: 'button', text: 'Cancel', attrs: { type: 'button' } });
    const modal = openModal({
      title: 'Change the claim’s outlet',
      className: 'prompt-dialog outlet-picker',
      initialFocus: input,
      body: [
        el('blockquote', { className: 'picker-claim', text: quote }),
        el('p', { className: 'picker-current' }, [
          'Now: ',
          el('strong', { text: options.current?.name ?? 'no outlet' }),
        ]),
        el('label', { className: 'field-label', attrs: { for: input.id }, text: 'Outlet' }),
        el('div', { className: 'combo-wrap' }, [input, list]),
        status,
      ],
      actions: [
        el('span', { className: 'field-hint', text: '↑ ↓ to choose · Enter to set · Esc to close' }),
        el('span', { className: 'spacer' }),
        cancel,
      ],
      onClose: () => resolve(answer),
    });
    cancel.addEventListener('click', () => modal.close());

    const choose = (i: number) => {
      const item = items[i];
      if (!item) return;
      answer = item.choice;
      modal.close();
    };

    const setActive = (i: number) => {
      if (items.length === 0) {
        active = -1;
        input.removeAttribute('aria-activedescendant');
        return;
      }
      active = (i + items.length) % items.length;
      items.forEach((item, j) => item.node.setAttribute('aria-selected', String(j === active)));
      const node = items[active]?.node;
      if (node) {
        input.setAttribute('aria-activedescendant', node.id);
        node.scrollIntoView({ block: 'nearest' });
      }
    };

    const expand = (open: boolean) => {
      input.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
    };

    const option = (choice: OutletChoice, children: (Node | string | null)[], extraClass = ''): Option => {
      const id = `${listId}-${items.length}`;
      const node = el(
        'li',
        { className: `outlet-option ${extraClass}`.trim(), id, attrs: { role: 'option', 'aria-selected': 'false' } },
        children,
      );
      const index = items.length;
      node.addEventListener('mousedown', (event) => event.preventDefault());
      node.addEventListener('click', () => choose(index));
      node.addEventListener('mousemove', () => {
        if (active !== index) setActive(index);
      });
      return { id, choice, node };
    };

    const render = (results: OutletSearchResult[], query: string) => {
      items = [];
      for (const r of results) {
        const o = r.outlet;
        const detail = [o.kindLabel, o.country, o.domains[0]].filter(Boolean).join(' · ');
        items.push(
          option({ kind: 'outlet', outlet: o }, [
            el('span', { className: 'option-name', text: o.name }),
            o.user ? el('span', { className: 'option-badge', text: o.correctsShipped ? 'corrected' : 'yours' }) : null,
            o.id === options.current?.id ? el('span', { className: 'option-badge is-current', text: 'current' }) : null,
            el('span', { className: 'option-detail', text: r.matched ? `${detail} · matches “${r.matched}”` : detail }),
          ]),
        );
      }
      if (options.current)
        items.push(
          option(
            { kind: 'none' },
            [
              el('span', { className: 'option-name', text: 'No outlet' }),
              el('span', { className: 'option-detail', text: 'The claim names no outlet' }),
            ],
            'is-special',
          ),
        );
      const name = query.trim();
      items.push(
        option(
          { kind: 'add', name },
          [
            el('span', {
              className: 'option-name',
              text: name ? `Add “${name}” as a new outlet…` : 'Add a new outlet…',
            }),
            el('span', { className: 'option-detail', text: 'Kept in this workspace; wins over the built-in registry' }),
          ],
          'is-special',
        ),
      );
      list.replaceChildren(...items.map((i) => i.node));
      const found = results.length;
      status.textContent = name
        ? found
          ? `${found} outlet${found === 1 ? '' : 's'} match “${name}”.`
          : `No outlet matches “${name}”: add it as a new one.`
        : 'Start typing to search the registry and your outlets.';
      expand(true);
      setActive(0);
    };

    const search = async () => {
      const query = input.value;
      const mine = ++seq;
      if (!query.trim()) {
        render([], '');
        return;
      }
      const r = await invoke('searchOutlets', { query: query.slice(0, 200), limit: 8 });
      if (mine !== seq) return; // a later keystroke has its own answer coming
      render(r.ok ? r.value.results : [], query);
    };

    input.addEventListener('input', () => void search());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        if (list.hidden) expand(true);
        setActive(active + 1);
      } else if (event.key === 'ArrowUp') {
        if (list.hidden) expand(true);
        setActive(active - 1);
      } else if (event.key === 'Enter') {
        if (active >= 0 && !list.hidden) choose(active);
      } else if (event.key === 'Escape') {
        if (list.hidden || !input.value) return; // the dialog closes
        input.value = '';
        void search();
        expand(false);
      } else return;
      event.preventDefault();
      event.stopPropagation();
    });
    render([], '');
  });
}
