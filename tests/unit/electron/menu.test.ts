import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installMenu, menuTemplate } from '../../../main/electron/menu';
import { isMenuCommandId, MENU_COMMAND_CHANNEL, menuCommandIds, type MenuCommandId } from '../../../main/electron/menuCommands';
import { BrowserWindow, Menu } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function menuFor(options: { isMac?: boolean; isPackaged?: boolean } = {}) {
  const sent: MenuCommandId[] = [];
  const template = menuTemplate({ isMac: false, isPackaged: true, send: (id) => sent.push(id), ...options });
  const byLabel = (label: string) => items(template).find((item) => item.label === label);
  const click = (label: string) => (byLabel(label)?.click as (() => void) | undefined)?.();
  return { template, sent, byLabel, click };
}

describe('the native menu', () => {
  it('has File, Edit, View, Window and Help, with the app menu first on macOS', () => {
    expect(menuFor().template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'Window', 'help']);
    expect(menuFor({ isMac: true }).template[0]?.role).toBe('appMenu');
  });

  it.each([
    ['New Design', 'CmdOrCtrl+N', 'design.new'],
    ['Open…', 'CmdOrCtrl+O', 'design.open'],
    ['Save Version', 'CmdOrCtrl+S', 'version.save'],
    ['Undo', 'CmdOrCtrl+Z', 'edit.undo'],
    ['Redo', 'CmdOrCtrl+Shift+Z', 'edit.redo'],
    ['Select All', 'CmdOrCtrl+A', 'edit.selectAll'],
    ['Zoom In', 'CmdOrCtrl+=', 'view.zoomIn'],
    ['Fit View', 'Shift+1', 'view.fit'],
    ['Auto-layout Left to Right', 'Shift+L', 'arrange.layoutRight'],
    ['Command Palette…', 'CmdOrCtrl+K', 'app.commandPalette'],
  ])('%s (%s) sends the %s command to the renderer', (label, accelerator, id) => {
    const menu = menuFor();
    expect(menu.byLabel(label)?.accelerator).toBe(accelerator);
    menu.click(label);
    expect(menu.sent).toEqual([id]);
  });

  it('uses Chromium roles for clipboard, zoom, full screen and About', () => {
    const roles = items(menuFor().template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'togglefullscreen', 'about']));
  });

  it('offers developer tools only in development', () => {
    const roles = (isPackaged: boolean) => items(menuFor({ isPackaged }).template).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('only uses command ids the preload lets through', () => {
    for (const id of menuCommandIds) expect(isMenuCommandId(id), id).toBe(true);
  });

  it('delivers a command to the focused window on the one menu channel', () => {
    installMenu(true);
    const window = new BrowserWindow({});
    const installed = Menu.setApplicationMenu.mock.calls[0]?.[0] as { template: MenuItemConstructorOptions[] };
    (items(installed.template).find((item) => item.label === 'New Design')?.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(MENU_COMMAND_CHANNEL, 'design.new');
  });
});
