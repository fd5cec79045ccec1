// Opens links in the system browser: http(s) only (ARCHITECTURE.md §7), checked again here after the handler's check.
import { shell } from 'electron';
import type { ExternalLinks } from '../api/handlers/context';
import { isExternalLinkAllowed } from './security';

export function electronExternalLinks(): ExternalLinks {
  return {
    async openExternal(url) {
      if (!isExternalLinkAllowed(url)) throw new Error('Only http and https links open in the browser.');
      await shell.openExternal(url);
    },
  };
}
