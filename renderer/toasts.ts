// Messages for the person: one at a time, in the status line at the foot of the window (a strip that holds no
// control, so a message never covers a button or the selected row), gone on the next key. Read out once through
// the announcer; errors also stay in the save state.
import { announce } from './announcer';
import { el } from './dom';

export type ToastKind = 'error' | 'info' | 'success';

const LIFETIME_MS: Record<ToastKind, number | null> = { error: null, info: 8000, success: 6000 };
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

let region: HTMLElement | null = null;
let current: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

function toastRegion(): HTMLElement {
  if (region && region.isConnected) return region;
  region = document.getElementById('toasts') ?? el('div', { id: 'toasts' });
  region.classList.add('toasts');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', 'Messages');
  if (!region.isConnected) document.body.appendChild(region);
  // The key that follows a message dismisses it (the key still does its own work).
  document.addEventListener(
    'keydown',
    (event) => {
      // Capture phase: this runs before the key's own command, which may show the next message.
      if (current && !MODIFIERS.has(event.key) && !event.isComposing) dismissToast();
    },
    true,
  );
  return region;
}

export function dismissToast(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  current?.remove();
  current = null;
}

export function showToast(message: string, kind: ToastKind = 'info'): HTMLElement {
  const host = toastRegion();
  dismissToast();
  const close = el('button', {
    className: 'toast-close',
    text: '×',
    attrs: { type: 'button', 'aria-label': 'Dismiss message' },
  });
  // An error is an alert (read at once, by itself); the rest goes through the one polite announcer.
  const toast = el(
    'div',
    {
      className: `toast toast-${kind}`,
      attrs: { 'data-kind': kind, role: kind === 'error' ? 'alert' : null },
    },
    [
      el('span', { className: 'toast-kind', text: kind === 'error' ? 'Error' : kind === 'success' ? 'Done' : 'Note' }),
      el('span', { className: 'toast-message', text: message }),
      close,
    ],
  );
  close.addEventListener('click', () => {
    if (current === toast) dismissToast();
  });
  host.appendChild(toast);
  current = toast;
  if (kind !== 'error') announce(message);
  const lifetime = LIFETIME_MS[kind];
  if (lifetime !== null)
    timer = setTimeout(() => {
      if (current === toast) dismissToast();
    }, lifetime);
  return toast;
}

export function showError(message: string): void {
  showToast(message, 'error');
}
