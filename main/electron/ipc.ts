// Wires every contract channel to the shared dispatch, with the sender's frame URL checked there.
import { ipcMain } from 'electron';
import { channels } from '../api/contract';
import type { Dispatch } from '../api/dispatch';

export function registerIpc(dispatch: Dispatch): void {
  for (const channel of Object.values(channels)) {
    ipcMain.handle(channel, (event, request: unknown) => dispatch(channel, request, event.senderFrame?.url ?? ''));
  }
}
