// The sync state in the top bar (issue 16): not connected, up to date, N changes waiting, offline, or refused with
// the reason; a click opens the dialog to connect the workspace to a newsroom's CouchDB or to disconnect it.
// Colleagues' changes arriving are announced by name, and the open article is reloaded to show them.
import type { SyncState } from '../main/api/contract';
import { invoke, request } from './bridge-client';
import { announce } from './announcer';
import { el } from './dom';
import { openModal } from './modal-dialog';
import { showToast } from './toasts';
import './sync-panel.css';

const POLL_MS = 2000;

export function syncLabel(state: SyncState): { text: string; tone: string; detail: string } {
  const s = state.status;
  if (!state.connected || !s)
    return { text: 'Not synced', tone: 'off', detail: 'This workspace is not connected to a server.' };
  const where = `${state.user}@${state.db}`;
  switch (s.state) {
    case 'connecting':
      return { text: 'Connecting…', tone: 'busy', detail: `Connecting to ${where}.` };
    case 'up-to-date':
      return { text: 'Up to date', tone: 'ok', detail: `Synced with ${where}.` };
    case 'waiting':
      return { text: `${s.count} waiting`, tone: 'busy', detail: `${s.count} change(s) on their way to ${where}.` };
    case 'offline':
      return { text: s.count ? `Offline, ${s.count} waiting` : 'Offline', tone: 'warn', detail: s.reason };
    case 'refused':
      return { text: 'Sync refused', tone: 'bad', detail: s.reason };
  }
}

export class SyncPanel {
  readonly element: HTMLButtonElement;
  private state: SyncState = { connected: false, status: null, arrivals: 0 };
  private seenArrivals: number | null = null;

  constructor(private readonly onArrived: () => Promise<void>) {
    this.element = el('button', {
      className: 'sync-state',
      id: 'sync-state',
      attrs: { type: 'button', 'data-tone': 'off' },
      on: { click: () => this.openDialog() },
    });
    this.paint();
    void this.refresh();
    setInterval(() => void this.refresh(), POLL_MS);
  }

  private async refresh(): Promise<void> {
    const r = await invoke('getSyncState', {});
    if (!r.ok) return;
    this.state = r.value;
    if (this.seenArrivals !== null && r.value.arrivals > this.seenArrivals) {
      const who = r.value.lastArrivalBy?.join(', ');
      showToast(`Changes arrived${who ? ` from ${who}` : ''}.`, 'info');
      await this.onArrived();
    }
    this.seenArrivals = r.value.arrivals;
    this.paint();
  }

  private paint(): void {
    const label = syncLabel(this.state);
    // The desk has one live region (announcer.ts): the chip itself is quiet; a refusal is said once.
    if (label.tone === 'bad' && this.element.dataset.tone !== 'bad') announce(`${label.text}: ${label.detail}`);
    this.element.textContent = label.text;
    this.element.title = label.detail;
    this.element.dataset.tone = label.tone;
  }

  private openDialog(): void {
    if (this.state.connected) {
      const label = syncLabel(this.state);
      const disconnect = el('button', { className: 'button', text: 'Disconnect', attrs: { type: 'button' } });
      const close = el('button', { className: 'button primary', text: 'Close', attrs: { type: 'button' } });
      const modal = openModal({
        title: 'Sync',
        className: 'sync-dialog',
        body: [
          el('p', { text: `Server: ${this.state.server}` }),
          el('p', { text: `Database: ${this.state.db}, as ${this.state.user}` }),
          el('p', { className: 'sync-detail', text: label.detail }),
          ...(this.state.passwordKept === false
            ? [el('p', { className: 'sync-note', text: 'The password is kept for this session only.' })]
            : []),
        ],
        actions: [disconnect, close],
      });
      disconnect.addEventListener('click', async () => {
        const r = await request('disconnectSync', {}, 'Could not disconnect');
        if (r.ok) this.state = r.value;
        this.paint();
        modal.close();
      });
      close.addEventListener('click', () => modal.close());
      return;
    }
    const field = (label: string, name: string, type = 'text', value = '') => {
      const input = el('input', { className: 'field-input', attrs: { name, type, value, autocomplete: 'off' } });
      return { input, row: el('label', { className: 'field' }, [el('span', { text: label }), input]) };
    };
    const server = field('Server', 'server', 'url', 'https://');
    const db = field('Database', 'db');
    const user = field('User name', 'user');
    const password = field('Password', 'password', 'password');
    const message = el('p', { className: 'sync-error', attrs: { role: 'alert' } });
    const connect = el('button', { className: 'button primary', text: 'Connect', attrs: { type: 'button' } });
    const cancel = el('button', { className: 'button', text: 'Cancel', attrs: { type: 'button' } });
    const modal = openModal({
      title: 'Connect this workspace',
      className: 'sync-dialog',
      body: [
        el('p', {
          className: 'sync-note',
          text:
            'Reviews sync with your newsroom’s CouchDB. ' +
            'The password is kept in the system keychain, never in the workspace.',
        }),
        server.row,
        db.row,
        user.row,
        password.row,
        message,
      ],
      actions: [cancel, connect],
      initialFocus: server.input,
    });
    cancel.addEventListener('click', () => modal.close());
    connect.addEventListener('click', async () => {
      connect.disabled = true;
      message.textContent = '';
      const r = await invoke('connectSync', {
        server: server.input.value.trim(),
        db: db.input.value.trim(),
        user: user.input.value.trim(),
        password: password.input.value,
      });
      connect.disabled = false;
      if (!r.ok) {
        message.textContent = r.error.message;
        return;
      }
      password.input.value = '';
      this.state = r.value;
      this.paint();
      modal.close();
    });
  }
}
