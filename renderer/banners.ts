// Workspace messages: recovery and migration notices (dismissible), the read-only state (stays), and, once, the
// question of the reviewer's name (kept in the workspace's settings; it goes into every change's history).
import type { WorkspaceInfo } from '../main/api/contract';
import { request } from './bridge-client';
import type { DeskStore } from './desk-store';
import { clear, el } from './dom';
import { showToast } from './toasts';

const ASKED_KEY = 'claimdesk.reviewerNameAsked';

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
  if (store && !workspace.readOnly && !workspace.settings.reviewerName && !alreadyAsked())
    root.appendChild(reviewerPrompt(store));
}

function alreadyAsked(): boolean {
  try {
    return window.localStorage.getItem(ASKED_KEY) === 'yes';
  } catch {
    return false;
  }
}

function rememberAsked(): void {
  try {
    window.localStorage.setItem(ASKED_KEY, 'yes');
  } catch {
    // Without storage the question comes back next time; harmless.
  }
}

function reviewerPrompt(store: DeskStore): HTMLElement {
  const input = el('input', {
    className: 'field-input banner-input',
    id: 'reviewer-name',
    attrs: { type: 'text', autocomplete: 'name', placeholder: 'Your name' },
  });
  const save = el('button', {
    className: 'button button-small button-primary',
    text: 'Save',
    attrs: { type: 'submit' },
  });
  const later = el('button', { className: 'banner-close', text: 'Not now', attrs: { type: 'button' } });
  const form = el(
    'form',
    { className: 'banner banner-ask', attrs: { 'aria-label': 'Your name for the review history' } },
    [
      el('label', { attrs: { for: 'reviewer-name' } }, [
        el('strong', { text: 'Who is reviewing? ' }),
        el('span', { text: 'Your name goes with each change in the claims’ history and in the report.' }),
      ]),
      input,
      save,
      later,
    ],
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = input.value.trim();
    if (!name) return input.focus();
    const r = await request('updateSettings', { reviewerName: name }, 'Could not save your name');
    if (!r.ok) return;
    if (store.workspace) store.setWorkspace({ ...store.workspace, settings: r.value });
    rememberAsked();
    form.remove();
    showToast(`Thanks, ${name}: your changes are signed with your name.`, 'success');
    document.getElementById('checklist')?.focus();
  });
  later.addEventListener('click', () => {
    rememberAsked();
    form.remove();
    document.getElementById('checklist')?.focus();
  });
  return form;
}
