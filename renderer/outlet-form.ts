// Adding an outlet, or correcting one (a built-in one too): name, domains, country, language, kind, aliases.
// Saved in the workspace (saveUserOutlet), where it wins over the shipped registry and survives app updates.
import type { OutletInfo, OutletKind, SaveUserOutletResult } from '../main/api/contract';
import { invoke } from './bridge-client';
import { el } from './dom';
import { openModal } from './modal-dialog';

export interface OutletFormResult {
  saved: SaveUserOutletResult;
  /** The person asked to set it as the selected claim's outlet. */
  useForClaim: boolean;
}

const split = (s: string): string[] =>
  s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function openOutletForm(options: {
  name?: string;
  correct?: OutletInfo;
  claimText?: string | null;
  /** The kinds to choose from, as the main side lists them (WorkspaceInfo.outletKinds). */
  kinds: readonly { kind: OutletKind; label: string }[];
}): Promise<OutletFormResult | null> {
  return new Promise((resolve) => {
    const base = options.correct;
    const field = (id: string, label: string, input: HTMLElement, hint?: string, wide = false): HTMLElement =>
      el('div', { className: `outlet-field${wide ? ' is-wide' : ''}` }, [
        el('label', { className: 'field-label', attrs: { for: id }, text: label }),
        input,
        hint ? el('p', { className: 'field-hint', text: hint }) : null,
      ]);
    const text = (id: string, value: string, attrs: Record<string, string | boolean> = {}) => {
      const input = el('input', {
        className: 'field-input',
        id,
        attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', ...attrs },
      });
      input.value = value;
      return input;
    };
    const name = text('outlet-name', base?.name ?? options.name ?? '', { required: true, maxlength: '200' });
    const domains = text('outlet-domains', (base?.domains ?? []).join(', '), { placeholder: 'kyivindependent.com' });
    const country = text('outlet-country', base?.country ?? '', { placeholder: 'UA', maxlength: '3', required: true });
    const language = text('outlet-language', base?.language ?? '', {
      placeholder: 'en',
      maxlength: '20',
      required: true,
    });
    const kind = el(
      'select',
      { className: 'field-input', id: 'outlet-kind' },
      options.kinds.map((k) => el('option', { text: k.label, attrs: { value: k.kind } })),
    );
    kind.value = base && base.kind !== 'generic' ? base.kind : 'newspaper';
    const aliases = el('textarea', {
      className: 'field-input',
      id: 'outlet-aliases',
      attrs: { rows: 2, spellcheck: 'false', placeholder: 'Short forms, other spellings, the local-language name' },
    });
    aliases.value = (base?.aliases ?? []).join(', ');
    const useIt = el('input', { id: 'outlet-use', attrs: { type: 'checkbox' } });
    useIt.checked = !base && Boolean(options.claimText);
    const problem = el('p', { className: 'field-error', attrs: { role: 'alert', hidden: true } });
    const cancel = el('button', { className: 'button', text: 'Cancel', attrs: { type: 'button' } });
    const save = el('button', {
      className: 'button button-primary',
      text: base ? 'Save correction' : 'Add outlet',
      attrs: { type: 'button' },
    });
    let answer: OutletFormResult | null = null;
    const note = base
      ? base.user && !base.correctsShipped
        ? 'You added this outlet; your changes replace it in this workspace.'
        : 'Your correction is kept in this workspace and wins over the built-in entry. The app’s own ' +
          'registry is not changed.'
      : 'Kept in this workspace: articles that mention it are re-read at once, and new imports recognise it.';
    const modal = openModal({
      title: base ? `Correct “${base.name}”` : 'Add an outlet',
      className: 'prompt-dialog outlet-form',
      // A name already filled in (an outlet the text names): the person goes on with what is still missing.
      initialFocus: !base && name.value ? country : name,
      body: [
        el('p', { className: 'field-hint outlet-form-note', text: note }),
        el('div', { className: 'outlet-grid' }, [
          field('outlet-name', 'Name', name, undefined, true),
          field('outlet-kind', 'Kind', kind),
          field('outlet-domains', 'Web domains', domains, 'Comma-separated; the first is used for links'),
          field('outlet-country', 'Country', country, 'Two letters (GB, US, UA) or INT'),
          field('outlet-language', 'Language', language, 'en, fr, uk, pt-BR…'),
          field('outlet-aliases', 'Aliases', aliases, 'Comma-separated: “NYT”, “the Times”, “Нью-Йорк таймс”', true),
        ]),
        !base && options.claimText
          ? el('label', { className: 'check-line', attrs: { for: 'outlet-use' } }, [
              useIt,
              ' Set it as the selected claim’s outlet',
            ])
          : null,
        problem,
      ].filter(Boolean) as Node[],
      actions: [el('span', { className: 'spacer' }), cancel, save],
      onClose: () => resolve(answer),
    });
    cancel.addEventListener('click', () => modal.close());
    const submit = async () => {
      problem.hidden = true;
      save.disabled = true;
      modal.element.setAttribute('aria-busy', 'true');
      const request = {
        ...(base ? { id: base.id } : {}),
        name: name.value,
        domains: split(domains.value),
        country: country.value.trim(),
        language: language.value.trim(),
        kind: kind.value as OutletKind,
        aliases: split(aliases.value),
        ...(base?.wikidata ? { wikidata: base.wikidata } : {}),
      };
      const r = await invoke('saveUserOutlet', { outlet: request });
      save.disabled = false;
      modal.element.removeAttribute('aria-busy');
      if (!r.ok) {
        problem.textContent = r.error.message;
        problem.hidden = false;
        return;
      }
      answer = { saved: r.value, useForClaim: !base && useIt.checked };
      modal.close();
    };
    save.addEventListener('click', () => void submit());
    modal.element.addEventListener('keydown', (event) => {
      if (
        event.key === 'Enter' &&
        !(event.target instanceof HTMLTextAreaElement) &&
        !(event.target instanceof HTMLButtonElement)
      ) {
        event.preventDefault();
        void submit();
      }
    });
  });
}
