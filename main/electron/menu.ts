// The application menu: File (Import, Paste, Export report, Quit) plus the standard Edit, View and Window
// menus so that copy, paste and zoom work in the window.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../api/contract';

export function installMenu(window: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => () => window()?.webContents.send(MENU_COMMAND_EVENT, command);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import Article File…', accelerator: 'CmdOrCtrl+O', click: send('import-file') },
        { label: 'Paste Article…', accelerator: 'CmdOrCtrl+Shift+V', click: send('import-paste') },
        { type: 'separator' },
        { label: 'Export Report…', accelerator: 'CmdOrCtrl+E', click: send('export-report') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
