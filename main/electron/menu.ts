import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommandId } from './menuCommands';

export interface MenuOptions {
  isMac: boolean;
  /** Developer tools and reload only exist in development builds. */
  isPackaged: boolean;
  /** Deliver an app command to the renderer (the focused window's, in the app). */
  send: (id: MenuCommandId) => void;
}

/**
 * File, Edit, View, Window, Help with the usual accelerators. Chromium roles do what Chromium
 * already knows (clipboard, zoom, full screen, window management); app commands are forwarded
 * to the renderer, which owns the design and its undo history. Undo/Redo are app commands: the
 * renderer decides whether they apply to a text field or to the canvas.
 */
export function menuTemplate({ isMac, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, id: MenuCommandId, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Design', 'design.new', 'CmdOrCtrl+N'),
      command('Open…', 'design.open', 'CmdOrCtrl+O'),
      separator,
      command('Save Version', 'version.save', 'CmdOrCtrl+S'),
      command('Export…', 'design.export', 'CmdOrCtrl+Shift+E'),
      command('Library', 'design.library'),
      separator,
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
      command('Redo', 'edit.redo', 'CmdOrCtrl+Shift+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      command('Duplicate', 'edit.duplicate', 'CmdOrCtrl+D'),
      separator,
      // The renderer selects all blocks on the canvas, or all text inside a text field.
      command('Select All', 'edit.selectAll', 'CmdOrCtrl+A'),
      separator,
      command('Command Palette…', 'app.commandPalette', 'CmdOrCtrl+K'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      // Canvas zoom, not Chromium's page zoom: the renderer's view commands.
      command('Actual Size', 'view.zoomReset', 'CmdOrCtrl+0'),
      command('Zoom In', 'view.zoomIn', 'CmdOrCtrl+='),
      command('Zoom Out', 'view.zoomOut', 'CmdOrCtrl+-'),
      command('Fit View', 'view.fit', 'Shift+1'),
      command('Zoom to Selection', 'view.zoomSelection', 'Shift+2'),
      command('Minimap', 'view.toggleMinimap', 'CmdOrCtrl+M'),
      separator,
      command('Auto-layout Left to Right', 'arrange.layoutRight', 'Shift+L'),
      command('Auto-layout Top to Bottom', 'arrange.layoutDown', 'Shift+T'),
      separator,
      { role: 'togglefullscreen' },
      ...(isPackaged ? [] : [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [command('Keyboard Shortcuts', 'app.help', '?'), { role: 'about', label: 'About Envelope' }],
  };
  // On macOS the first menu is always the application's own (About, Hide, Quit…).
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, window, help];
}

/** `own` lists commands main performs itself (e.g. File > Open… with a native dialog) instead of forwarding. */
export function installMenu(isPackaged: boolean, own: Partial<Record<MenuCommandId, () => void>> = {}): void {
  const send = (id: MenuCommandId): void => {
    const perform = own[id];
    if (perform) perform();
    else BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, id);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isPackaged, send })));
}
