// Small dialogs for one answer: a line of text (speaker, title, reviewer's name) or a split point in a claim.
import { el } from './dom';
import { openModal } from './modal-dialog';

export function askText(options: {
  title: string;
  label: string;
  value: string;
  hint?: string;
  confirm: string;
  allowEmpty?: boolean;
  /** Answers to offer as the person types (a datalist). */
  suggestions?: readonly string[];
  /** A problem with the answer, shown under the field; null when it is fine. */
  validate?: (value: string) => string | null;
}): Promise<string | null> {
  return new Promise((resolve) => {
    const input = el('input', {
      className: 'field-input',
      id: 'prompt-input',
      attrs: { type: 'text', autocomplete: 'off' },
    });
    input.value = options.value;
    const suggestions = options.suggestions?.length
      ? el(
          'datalist',
          { id: 'prompt-suggestions' },
          options.suggestions.map((s) => el('option', { attrs: { value: s } })),
        )
      : null;
    if (suggestions) input.setAttribute('list', 'prompt-suggestions');
    const problem = el('p', { className: 'field-error', attrs: { role: 'alert', hidden: true } });
    const cancel = el('button', { className: 'button', text: 'Cancel', attrs: { type: 'button' } });
    const ok = el('button', { className: 'button button-primary', text: options.confirm, attrs: { type: 'button' } });
    let answer: string | null = null;
    const modal = openModal({
      title: options.title,
      className: 'prompt-dialog',
      initialFocus: input,
      body: [
        el('label', { className: 'field-label', attrs: { for: 'prompt-input' }, text: options.label }),
        input,
        suggestions ?? '',
        suggestions
          ? el('p', {
              className: 'field-hint',
              id: 'prompt-suggestions-hint',
              text: namesHint(options.suggestions ?? []),
            })
          : '',
        options.hint ? el('p', { className: 'field-hint', text: options.hint }) : '',
        problem,
      ].filter(Boolean) as Node[],
      actions: [el('span', { className: 'spacer' }), cancel, ok],
      onClose: () => resolve(answer),
    });
    input.select();
    const submit = () => {
      const value = input.value.trim();
      if (!value && !options.allowEmpty) {
        problem.textContent = 'Type something first.';
        problem.hidden = false;
        return;
      }
      const wrong = options.validate?.(value) ?? null;
      if (wrong) {
        problem.textContent = wrong;
        problem.hidden = false;
        return;
      }
      answer = value;
      modal.close();
    };
    ok.addEventListener('click', submit);
    cancel.addEventListener('click', () => modal.close());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        submit();
      }
    });
  });
}

function namesHint(names: readonly string[]): string {
  const more = names.length > 6 ? ' …' : '';
  return `Names in this article: ${names.slice(0, 6).join(' · ')}${more} (↓ to choose)`;
}

/** Where to split a claim: the person moves the cursor in the claim's text; resolves to the offset in the claim. */
export function askSplitPoint(claimText: string): Promise<number | null> {
  return new Promise((resolve) => {
    const area = el('textarea', {
      className: 'field-input split-text',
      id: 'split-text',
      // Not readonly: Chromium hides the caret in a read-only field, and the caret is the whole point here.
      attrs: { rows: 5, spellcheck: 'false', 'aria-readonly': 'true', autocomplete: 'off' },
    });
    area.value = claimText;
    area.addEventListener('beforeinput', (event) => event.preventDefault());
    for (const type of ['paste', 'cut', 'drop'] as const)
      area.addEventListener(type, (event) => event.preventDefault());
    // An IME composition cannot be cancelled: put the claim's text back, keeping the caret.
    area.addEventListener('input', () => {
      if (area.value === claimText) return;
      const at = Math.min(area.selectionStart, claimText.length);
      area.value = claimText;
      area.setSelectionRange(at, at);
    });
    const position = el('p', { className: 'field-hint split-position', attrs: { 'aria-live': 'polite' } });
    const cancel = el('button', { className: 'button', text: 'Cancel', attrs: { type: 'button' } });
    const ok = el('button', { className: 'button button-primary', text: 'Split here', attrs: { type: 'button' } });
    let answer: number | null = null;
    const modal = openModal({
      title: 'Split the claim',
      className: 'prompt-dialog split-dialog',
      initialFocus: area,
      body: [
        el('label', {
          className: 'field-label',
          attrs: { for: 'split-text' },
          text: 'Put the cursor where the second claim starts, then press Enter',
        }),
        area,
        position,
      ],
      actions: [el('span', { className: 'spacer' }), cancel, ok],
      onClose: () => resolve(answer),
    });
    const guess = defaultSplit(claimText);
    area.setSelectionRange(guess, guess);
    const paint = () => {
      const at = area.selectionStart;
      const tail = claimText.slice(at, at + 40).trim();
      position.textContent = tail
        ? `Second claim starts: “${tail}${claimText.length - at > 40 ? '…' : ''}”`
        : 'Move the cursor inside the claim.';
    };
    paint();
    area.addEventListener('keyup', paint);
    area.addEventListener('click', paint);
    const submit = () => {
      answer = area.selectionStart;
      modal.close();
    };
    ok.addEventListener('click', submit);
    cancel.addEventListener('click', () => modal.close());
    area.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        submit();
      }
    });
  });
}

/** A sensible first split point: after a clause break nearest the middle, else a word break at the middle. */
export function defaultSplit(text: string): number {
  const middle = text.length / 2;
  let best = -1;
  const re = /[,;:—–]\s+|\s+(?:and|but|while|whereas)\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (at > 3 && at < text.length - 3 && (best < 0 || Math.abs(at - middle) < Math.abs(best - middle))) best = at;
  }
  if (best > 0) return best;
  const space = text.indexOf(' ', Math.floor(middle));
  return space > 0 ? space + 1 : Math.floor(middle);
}
