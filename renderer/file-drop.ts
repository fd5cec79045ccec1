// Drag a .txt or .md file anywhere on the window to import it. The file is read here (File.text()) and handed to
// the main side as text, so the renderer never needs a path or file-system access.
import type { ArticleSummary } from '../main/api/contract';
import { request } from './bridge-client';
import type { DeskStore } from './desk-store';
import { el } from './dom';
import { showError, showToast } from './toasts';

const IMPORTABLE = /\.(txt|md|markdown)$/i;
const MAX_BYTES = 20 * 1024 * 1024;

const carriesFiles = (event: DragEvent): boolean => [...(event.dataTransfer?.types ?? [])].includes('Files');

export function enableFileDrop(store: DeskStore, onImported: (summary: ArticleSummary) => void): void {
  const overlay = el('div', { className: 'drop-overlay', attrs: { hidden: true, 'aria-hidden': 'true' } }, [
    el('div', { className: 'drop-card' }, [
      el('strong', { text: 'Drop to import' }),
      el('span', { text: 'A .txt or .md article file' }),
    ]),
  ]);
  document.body.appendChild(overlay);
  let depth = 0;
  const hide = (): void => {
    depth = 0;
    overlay.hidden = true;
  };

  window.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    overlay.hidden = false;
  });
  window.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('drop', (event) => {
    // Always stop the browser's default, which would navigate the window to the file.
    event.preventDefault();
    hide();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    void importFiles(store, files, onImported);
  });
}

async function importFiles(store: DeskStore, files: File[], onImported: (summary: ArticleSummary) => void): Promise<void> {
  if (store.readOnly) {
    showToast('This workspace is open read-only: articles cannot be imported.', 'info');
    return;
  }
  let last: ArticleSummary | null = null;
  for (const file of files) {
    if (!IMPORTABLE.test(file.name)) {
      showError(`“${file.name}” was not imported: ClaimDesk imports .txt and .md files.`);
      continue;
    }
    if (file.size > MAX_BYTES) {
      showError(`“${file.name}” was not imported: it is larger than 20 MB.`);
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      showError(`Could not read “${file.name}”: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const result = await request('importArticle', { text, fileName: file.name }, `Could not import “${file.name}”`);
    if (result.ok) last = result.value;
  }
  if (last) onImported(last);
}
