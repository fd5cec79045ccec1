// The export dialog (issue 7): choose a format and options, see a preview (the rendered report for Markdown,
// HTML and PDF; the file's text for CSV, JSON and ClaimReview), and save through the main process's save
// dialog. The report is rendered and sanitised in main; the preview sanitises it again with DOMPurify.
import DOMPurify from 'dompurify';
import type { ReportExportOptions, ReportFormat, ReportPreview, ReportRequest, Response } from '../main/api/contract';
import { request } from './bridge-client';
import { el } from './dom';
import './export-dialog.css';
import { openModal } from './modal-dialog';
import { showToast } from './toasts';

type FormatInfo = Response<'reportFormats'>[number];

// The person's last choices, kept for the next export (no article text or notes: only the options).
const STORAGE_KEY = 'claimdesk.export-options';

interface Choices {
  format: ReportFormat;
  options: ReportExportOptions;
}

function loadChoices(formats: readonly FormatInfo[]): Choices {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Choices> | null;
    if (saved && formats.some((f) => f.format === saved.format) && typeof saved.options === 'object' && saved.options) {
      return { format: saved.format!, options: saved.options };
    }
  } catch {
    /* first export, or storage unavailable */
  }
  return { format: 'md', options: {} };
}

function saveChoices(choices: Choices): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choices));
  } catch {
    /* not essential */
  }
}

/** The desk's export: the open article. */
export function openReportDialog(articleId: string): Promise<void> {
  return openExportDialog([articleId]);
}

/** Export several articles at once (the library calls this with the selected ids). */
export async function openExportDialog(articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) {
    showToast('Choose at least one article to export.', 'info');
    return;
  }
  // The formats and what their options change come from main (core/report/formats.ts), described once there.
  const listed = await request('reportFormats', {}, 'Could not list the report formats');
  if (!listed.ok) return;
  const formats = listed.value;
  const infoOf = (f: ReportFormat): FormatInfo => formats.find((x) => x.format === f) ?? formats[0]!;
  const choices = loadChoices(formats);
  const select = (id: string, items: { value: string; label: string }[], value: string) => {
    const s = el(
      'select',
      { id },
      items.map((i) => el('option', { text: i.label, attrs: { value: i.value } })),
    );
    s.value = value;
    return s;
  };
  const format = select(
    'export-format',
    formats.map((f) => ({ value: f.format, label: f.label })),
    choices.format,
  );
  const groupBy = select(
    'export-group',
    [
      { value: 'article', label: 'Article order' },
      { value: 'status', label: 'Status' },
      { value: 'outlet', label: 'Outlet' },
    ],
    choices.options.groupBy ?? 'article',
  );
  const pageSize = select(
    'export-page',
    [
      { value: 'A4', label: 'A4' },
      { value: 'Letter', label: 'Letter' },
    ],
    choices.options.pageSize ?? 'A4',
  );
  const layout = select(
    'export-layout',
    [
      { value: 'full', label: 'Full' },
      { value: 'compact', label: 'Compact (a claim in a few lines)' },
    ],
    choices.options.layout ?? 'full',
  );
  const includePending = el('input', { id: 'export-pending', attrs: { type: 'checkbox' } });
  includePending.checked = !choices.options.reviewedOnly;
  const worthyOnly = el('input', { id: 'export-worthy', attrs: { type: 'checkbox' } });
  worthyOnly.checked = (choices.options.minCheckworthiness ?? 0) > 0;
  const threshold = el('input', {
    id: 'export-threshold',
    attrs: { type: 'number', min: 0, max: 1, step: 0.05, 'aria-label': 'Lowest check-worthiness' },
  });
  threshold.value = String(choices.options.minCheckworthiness || 0.5);
  const reportUrl = el('input', {
    id: 'export-url',
    attrs: { type: 'url', placeholder: 'https://…/report', 'aria-label': 'Where the report will be published' },
  });
  reportUrl.value = choices.options.reportUrl ?? '';

  const labelled = (text: string, control: HTMLElement, hidden = false) => {
    // An explicit name: a label's text would otherwise include the select's current option.
    if (!control.hasAttribute('aria-label')) control.setAttribute('aria-label', text);
    return el('label', { attrs: { hidden } }, [text, control]);
  };
  const pageLabel = labelled('Page size', pageSize);
  const layoutLabel = labelled('Layout', layout);
  const urlLabel = labelled('Report URL (ClaimReview)', reportUrl);
  const groupLabel = labelled('Group by', groupBy);
  const thresholdLabel = el('label', { className: 'export-check' }, [
    worthyOnly,
    'Only check-worthy, at least',
    threshold,
  ]);
  const controls = el(
    'div',
    { className: 'export-controls', attrs: { role: 'group', 'aria-label': 'Report format and options' } },
    [
      labelled('Format', format),
      groupLabel,
      el('label', { className: 'export-check' }, [includePending, 'Include pending claims']),
      thresholdLabel,
      pageLabel,
      layoutLabel,
      urlLabel,
    ],
  );

  const hint = el('p', { className: 'field-hint', id: 'export-hint' });
  const warnings = el('p', { className: 'export-warnings', attrs: { role: 'note' } });
  const preview = el('article', {
    className: 'report-preview',
    attrs: { 'aria-label': 'Report preview', tabindex: 0 },
  });
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

  const current = (): ReportRequest => {
    const opts: ReportExportOptions = {
      reviewedOnly: !includePending.checked,
      minCheckworthiness: worthyOnly.checked ? clamp(Number(threshold.value)) : 0,
      groupBy: groupBy.value as ReportExportOptions['groupBy'],
      pageSize: pageSize.value as 'A4' | 'Letter',
      layout: layout.value as 'full' | 'compact',
    };
    const url = reportUrl.value.trim();
    if (url && /^https?:\/\/\S+$/i.test(url)) opts.reportUrl = url;
    return { articleIds: [...articleIds], format: format.value as ReportFormat, options: opts };
  };

  let renderSeq = 0;
  const render = async (): Promise<boolean> => {
    const req = current();
    const f = req.format!;
    const applies = infoOf(f).options;
    pageLabel.hidden = !applies.pageSize;
    layoutLabel.hidden = f !== 'pdf' && f !== 'html';
    preview.classList.toggle('compact', !layoutLabel.hidden && layout.value === 'compact');
    urlLabel.hidden = !applies.reportUrl;
    groupLabel.hidden = !applies.groupBy;
    thresholdLabel.hidden = !applies.minCheckworthiness;
    includePending.closest('label')!.hidden = !applies.includePending;
    saveChoices({ format: f, options: req.options ?? {} });
    const seq = ++renderSeq;
    const rendered = await request('renderReport', req, 'Could not build the report');
    if (seq !== renderSeq || !rendered.ok) return rendered.ok;
    show(rendered.value);
    return true;
  };

  const show = (r: ReportPreview) => {
    const label = infoOf(r.format).label;
    const scope = articleIds.length === 1 ? '' : ` · ${articleIds.length} articles`;
    hint.textContent = `${label}${scope} · ${r.listed} of ${r.total} claims · ${r.suggestedName}`;
    warnings.textContent = r.warnings.join(' ');
    preview.replaceChildren();
    if (r.text !== undefined) {
      const pre = el('pre', { className: 'report-text-preview', text: r.text + (r.truncated ? '\n…' : '') });
      preview.appendChild(pre);
    } else {
      preview.appendChild(
        DOMPurify.sanitize(r.html, {
          RETURN_DOM_FRAGMENT: true,
          FORBID_TAGS: [
            'style',
            'form',
            'input',
            'button',
            'iframe',
            'object',
            'embed',
            'script',
            'foreignObject',
            'image',
            'use',
          ],
          FORBID_ATTR: ['style'],
        }),
      );
    }
  };

  const modal = openModal({
    title: 'Verification report',
    className: 'report-dialog',
    initialFocus: save,
    body: [controls, hint, warnings, preview],
    actions: [saved, el('span', { className: 'spacer' }), close, save],
  });
  const rerender = debounce(() => void render(), 150);
  for (const control of [format, groupBy, pageSize, layout, includePending, worthyOnly])
    control.addEventListener('change', () => void render());
  for (const input of [threshold, reportUrl]) input.addEventListener('input', rerender);
  close.addEventListener('click', () => modal.close());
  save.addEventListener('click', async () => {
    save.disabled = true;
    const result = await request('saveReport', current(), 'Could not save the report');
    save.disabled = false;
    if (!result.ok || !result.value) return;
    saved.textContent = `Saved to ${result.value.path}`;
    saved.hidden = false;
    showToast(`Report saved to ${result.value.path}`, 'success');
  });
  await render();
}

function clamp(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}
