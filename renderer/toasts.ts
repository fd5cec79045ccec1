// Non-blocking messages for the person: errors stay until dismissed, confirmations fade by themselves.
import { el } from './dom';

export type ToastKind = 'error' | 'info' | 'success';

const LIFETIME_MS: Record<ToastKind, number | null> = { error: null, info: 6000, success: 5000 };

let region: HTMLElement | null = null;

/** The live region the toasts go into; created once, on first use. */
function toastRegion(): HTMLElement {
  if (region && region.isConnected) return region;
  region = el('div', {
    className: 'toasts',
    id: 'toasts',
    attrs: { 'aria-live': 'polite', role: 'region', 'aria-label': 'Messages' },
  });
  document.body.appendChild(region);
  return region;
}

export function showToast(message: string, kind: ToastKind = 'info'): HTMLElement {
  const close = el('button', {
    className: 'toast-close',
    text: '×',
    attrs: { type: 'button', 'aria-label': 'Dismiss message' },
  });
  const toast = el(
    'div',
    { className: `toast toast-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } },
    [
      el('span', { className: 'toast-kind', text: kind === 'error' ? 'Error' : kind === 'success' ? 'Done' : 'Note' }),
      el('span', { className: 'toast-message', text: message }),
      close,
    ],
  );
  const dismiss = (): void => toast.remove();
  close.addEventListener('click', dismiss);
  toastRegion().appendChild(toast);
  const lifetime = LIFETIME_MS[kind];
  if (lifetime !== null) setTimeout(dismiss, lifetime);
  return toast;
}

export function showError(message: string): void {
  showToast(message, 'error');
}
