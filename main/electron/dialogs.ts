// The system's open and save dialogs, attached to the app window.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../api/dialogs';
import { decodeArticleBytes, ImportError, MAX_IMPORT_BYTES } from '../import/decode';

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async chooseArticleFile() {
      const win = window();
      const options = {
        title: 'Import an article',
        properties: ['openFile' as const],
        filters: [
          { name: 'Articles (text, Markdown or web page)', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
        ],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      if ((await stat(path)).size > MAX_IMPORT_BYTES) {
        throw new ImportError(`${basename(path)} is larger than the 20 MB ClaimDesk imports.`);
      }
      return { name: basename(path), content: decodeArticleBytes(await readFile(path), basename(path)) };
    },
    async chooseReportPath(suggestedName, filter = { name: 'Markdown', extensions: ['md'] }) {
      const win = window();
      const options = { title: 'Save the verification report', defaultPath: suggestedName, filters: [filter] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
