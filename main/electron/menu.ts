// The application menu: File (Import, Paste, Export report, Quit) plus the standard Edit, View and Window
// menus so that copy, paste and zoom work in the window.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../api/contract';
import { installCliCommand } from './cli-install';
import type { WorkspaceMenuActions } from './workspace-menu';

/** Builds the menu; call again when the recent-workspaces list changes. */
export async function installMenu(
  window: () => BrowserWindow | null,
  workspaces?: WorkspaceMenuActions,
): Promise<void> {
  const recent = (await workspaces?.recent().catch(() => [])) ?? [];
  const send = (command: MenuCommand) => () => window()?.webContents.send(MENU_COMMAND_EVENT, command);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        ...(workspaces
          ? ([
              { label: 'New Workspace…', click: () => workspaces.newWorkspace() },
              { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+Shift+O', click: () => workspaces.openWorkspace() },
              {
                label: 'Open Recent',
                enabled: recent.length > 0,
                submenu: recent.map((path) => ({ label: path, click: () => workspaces.openRecent(path) })),
              },
              { label: 'Save Workspace As…', click: () => workspaces.saveWorkspaceAs() },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { label: 'Import Article File…', accelerator: 'CmdOrCtrl+O', click: send('import-file') },
        { label: 'Paste Article…', accelerator: 'CmdOrCtrl+Shift+V', click: send('import-paste') },
        // Not Shift+O: that opens a workspace.
        { label: 'Import from a Web Address…', accelerator: 'CmdOrCtrl+Shift+U', click: send('import-url') },
        { label: 'Library', accelerator: 'CmdOrCtrl+L', click: send('show-library') },
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
        { type: 'separator' },
        { label: 'Keyboard Shortcuts', accelerator: 'Shift+/', click: send('show-help') },
        // From a source checkout the command comes from `npm link` instead (README).
        ...(app.isPackaged
          ? [
              { type: 'separator' as const },
              { label: "Install 'claimdesk' Command in PATH…", click: () => void installCliCommand() },
            ]
          : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
