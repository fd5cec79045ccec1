// A modal dialog: labelled, focus kept inside (Tab wraps), Escape closes, focus returns where it was.
import { el } from './dom';

export interface ModalOptions {
  title: string;
  className?: string;
  body: Node[];
  actions: HTMLElement[];
  /** The element to focus when the dialog opens; the first focusable one otherwise. */
  initialFocus?: HTMLElement;
  onClose?: () => void;
}

export interface Modal {
  element: HTMLDialogElement;
  close(): void;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), ' +
  'select:not([disabled]), [tabindex]:not([tabindex="-1"])';

let openCount = 0;
let counter = 0;

export function isModalOpen(): boolean {
  return openCount > 0;
}

export function openModal(options: ModalOptions): Modal {
  const titleId = `dialog-title-${++counter}`;
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const dialog = el(
    'dialog',
    {
      className: `modal ${options.className ?? ''}`.trim(),
      attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
    },
    [
      el('header', { className: 'modal-header' }, [
        el('h2', { className: 'modal-title', id: titleId, text: options.title }),
      ]),
      el('div', { className: 'modal-body' }, options.body),
      el('footer', { className: 'modal-actions' }, options.actions),
    ],
  );
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    openCount -= 1;
    dialog.close();
    dialog.remove();
    options.onClose?.();
    if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
  };
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (node) => node.offsetParent !== null || node === document.activeElement,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !dialog.contains(document.activeElement))) {
      event.preventDefault();
      first.focus();
    }
  });
  document.body.appendChild(dialog);
  openCount += 1;
  dialog.showModal();
  const initial = options.initialFocus ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
  initial?.focus();
  return { element: dialog, close };
}

/** A dialog whose only action is Close (the help, the lists of orphans and corrections). */
export function openCloseOnlyModal(options: Omit<ModalOptions, 'actions' | 'initialFocus'>): Modal {
  const close = el('button', { className: 'button button-primary', text: 'Close', attrs: { type: 'button' } });
  const modal = openModal({ ...options, initialFocus: close, actions: [el('span', { className: 'spacer' }), close] });
  close.addEventListener('click', () => modal.close());
  return modal;
}
