// The report preview: the Markdown report rendered in main (marked, sanitised), sanitised again here with
// DOMPurify as defence in depth, and saved where the person chooses.
import DOMPurify from 'dompurify';
import { request } from './bridge-client';
import { el } from './dom';
import { openModal } from './modal-dialog';
import { showToast } from './toasts';

export async function openReportDialog(articleId: string): Promise<void> {
  const rendered = await request('renderReport', { articleId }, 'Could not build the report');
  if (!rendered.ok) return;
  const preview = el('article', { className: 'report-preview', attrs: { 'aria-label': 'Report preview', tabindex: 0 } });
  preview.appendChild(
    DOMPurify.sanitize(rendered.value.html, {
      RETURN_DOM_FRAGMENT: true,
      FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
      FORBID_ATTR: ['style'],
    }),
  );
  // The preview is a document to read, not to browse: links would navigate the app window away.
  preview.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    event.preventDefault();
    showToast(`Links open from the saved report: ${link.getAttribute('href') ?? ''}`, 'info');
  });
  const saved = el('p', { className: 'saved-path', id: 'report-saved', attrs: { role: 'status', hidden: true } });
  const save = el('button', { className: 'button button-primary', text: 'Save…', attrs: { type: 'button' } });
  const close = el('button', { className: 'button', text: 'Close', attrs: { type: 'button' } });
  const modal = openModal({
    title: 'Verification report',
    className: 'report-dialog',
    initialFocus: save,
    body: [el('p', { className: 'field-hint', text: `Markdown · ${rendered.value.suggestedName}` }), preview],
    actions: [saved, el('span', { className: 'spacer' }), close, save],
  });
  close.addEventListener('click', () => modal.close());
  save.addEventListener('click', async () => {
    save.disabled = true;
    const result = await request('saveReport', { articleId }, 'Could not save the report');
    save.disabled = false;
    if (!result.ok || !result.value) return;
    saved.textContent = `Saved to ${result.value.path}`;
    saved.hidden = false;
    showToast(`Report saved to ${result.value.path}`, 'success');
  });
}
