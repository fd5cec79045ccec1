// Drag a .txt, .md or .html file anywhere on the window to import it. The file is read here (File.text()) and
// handed to the main side as text for a preview, so the renderer never needs a path or file-system access.
import type { ImportPreview } from '../main/api/contract';
import { request } from './bridge-client';
import type { DeskStore } from './desk-store';
import { el } from './dom';
import { isModalOpen } from './modal-dialog';
import { showError, showToast } from './toasts';

const IMPORTABLE = /\.(txt|md|markdown|html?|xhtml)$/i;
const MAX_BYTES = 20 * 1024 * 1024;

const carriesFiles = (event: DragEvent): boolean => [...(event.dataTransfer?.types ?? [])].includes('Files');

export function enableFileDrop(store: DeskStore, onPreview: (preview: ImportPreview) => void): void {
  const overlay = el('div', { className: 'drop-overlay', attrs: { hidden: true, 'aria-hidden': 'true' } }, [
    el('div', { className: 'drop-card' }, [
      el('strong', { text: 'Drop to import' }),
      el('span', { text: 'A .txt, .md or .html article file' }),
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
    void previewFile(store, files, onPreview);
  });
}

async function previewFile(
  store: DeskStore,
  files: File[],
  onPreview: (preview: ImportPreview) => void,
): Promise<void> {
  if (store.readOnly) {
    showToast('This workspace is open read-only: articles cannot be imported.', 'info');
    return;
  }
  if (isModalOpen()) return;
  const importable = files.filter((file) => {
    if (IMPORTABLE.test(file.name) && file.size <= MAX_BYTES) return true;
    showError(
      `“${file.name}” was not imported: ` +
        `${file.size > MAX_BYTES ? 'it is larger than 20 MB' : 'ClaimDesk imports .txt, .md and .html files'}.`,
    );
    return false;
  });
  const file = importable[0];
  if (!file) return;
  if (importable.length > 1) showToast(`One file at a time: “${file.name}” first.`, 'info');
  // The bytes go to the main side, which decodes them as it decodes a file opened from the menu (File.text()
  // would read only UTF-8 and turn a Latin-1 or UTF-16 file into replacement characters).
  let dataBase64: string;
  try {
    dataBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    showError(`Could not read “${file.name}”: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const result = await request('previewImport', { dataBase64, fileName: file.name }, `Could not import “${file.name}”`);
  if (result.ok) onPreview(result.value);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
