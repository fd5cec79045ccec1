// Workspace messages: recovery and migration notices (dismissible), the read-only state (stays), and, until it is
// answered, the question of who is reviewing (the person's profile, see profile-prompt.ts).
import type { WorkspaceInfo } from '../main/api/contract';
import type { DeskStore } from './desk-store';
import { clear, el } from './dom';
import { profilePrompt } from './profile-prompt';

export function renderBanners(
  root: HTMLElement,
  workspace: WorkspaceInfo,
  dismissed: Set<string>,
  store?: DeskStore,
): void {
  clear(root);
  if (workspace.readOnly) {
    root.appendChild(
      el('div', { className: 'banner banner-readonly', attrs: { role: 'status' } }, [
        el('strong', { text: 'Read-only. ' }),
        el('span', {
          text:
            'This workspace was opened read-only; you can read and export, but not change reviews or ' +
            'import articles.',
        }),
      ]),
    );
  }
  for (const notice of workspace.notices) {
    if (dismissed.has(notice)) continue;
    const close = el('button', { className: 'banner-close', text: 'Dismiss', attrs: { type: 'button' } });
    const banner = el('div', { className: 'banner banner-notice', attrs: { role: 'alert' } }, [
      el('strong', { text: 'Workspace notice. ' }),
      el('span', { className: 'banner-text', text: notice }),
      close,
    ]);
    close.addEventListener('click', () => {
      dismissed.add(notice);
      banner.remove();
    });
    root.appendChild(banner);
  }
  if (store && !workspace.readOnly) void profilePrompt(root);
}
