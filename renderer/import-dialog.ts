// Import by pasting: a title and the article's text; or open a .txt / .md file through the main side.
import type { ArticleSummary } from '../main/api/contract';
import { request } from './bridge-client';
import { el } from './dom';
import { openModal } from './modal-dialog';

export function openImportDialog(onImported: (summary: ArticleSummary) => void): void {
  const title = el('input', { className: 'field-input', id: 'import-title', attrs: { type: 'text', autocomplete: 'off', placeholder: 'Taken from the first line when left empty' } });
  const text = el('textarea', { className: 'field-input import-text', id: 'import-text', attrs: { rows: 14, placeholder: 'Paste the article here: headline, paragraphs, everything.', spellcheck: 'false' } });
  const problem = el('p', { className: 'field-error', id: 'import-problem', attrs: { role: 'alert', hidden: true } });
  const openFile = el('button', { className: 'button', text: 'Open file…', attrs: { type: 'button', title: 'Open a .txt or .md file' } });
  const cancel = el('button', { className: 'button', text: 'Cancel', attrs: { type: 'button' } });
  const submit = el('button', { className: 'button button-primary', text: 'Import', attrs: { type: 'button' } });
  const setBusy = (busy: boolean): void => {
    for (const control of [openFile, cancel, submit]) control.disabled = busy;
  };

  const modal = openModal({
    title: 'Import an article',
    className: 'import-dialog',
    initialFocus: text,
    body: [
      el('label', { className: 'field-label', attrs: { for: 'import-title' }, text: 'Title' }),
      title,
      el('label', { className: 'field-label', attrs: { for: 'import-text' }, text: 'Article text' }),
      text,
      problem,
      el('p', { className: 'field-hint', text: 'You can also drop a .txt or .md file anywhere on the window.' }),
    ],
    actions: [openFile, el('span', { className: 'spacer' }), cancel, submit],
  });

  const finish = (summary: ArticleSummary): void => {
    modal.close();
    onImported(summary);
  };

  cancel.addEventListener('click', () => modal.close());
  openFile.addEventListener('click', async () => {
    setBusy(true);
    const result = await request('openArticleFile', {}, 'Could not open the file');
    setBusy(false);
    if (result.ok && result.value) finish(result.value);
  });
  submit.addEventListener('click', async () => {
    if (text.value.trim() === '') {
      problem.textContent = 'Paste the article text first.';
      problem.hidden = false;
      text.focus();
      return;
    }
    problem.hidden = true;
    setBusy(true);
    const titleText = title.value.trim();
    const result = await request('importArticle', titleText ? { text: text.value, title: titleText } : { text: text.value }, 'Could not import the article');
    setBusy(false);
    if (result.ok) finish(result.value);
  });
}
