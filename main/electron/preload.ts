// The bridge: `window.claimdesk` gets one named async function per contract channel, built from the same
// channel list the handlers implement, plus one subscriber for menu commands. Nothing else crosses over.
import { contextBridge, ipcRenderer } from 'electron';
import { channels, MENU_COMMAND_EVENT, type ImportPreview, type MenuCommand } from '../api/contract';

const bridge: Record<string, unknown> = {};
for (const [name, channel] of Object.entries(channels)) {
  bridge[name] = (request: unknown) => ipcRenderer.invoke(channel, request ?? {});
}
bridge.onMenuCommand = (listener: (command: MenuCommand, preview?: ImportPreview) => void) => {
  ipcRenderer.on(MENU_COMMAND_EVENT, (_event, command: MenuCommand, preview?: ImportPreview) =>
    listener(command, preview),
  );
};

contextBridge.exposeInMainWorld('claimdesk', bridge);
