/**
 * Native menu items that are app commands (not Chromium roles) reach the renderer as one message
 * on one channel, carrying a command id. Shared by menu.ts (sender) and the preload (receiver),
 * so it must stay free of anything the sandboxed preload cannot bundle.
 */
export const MENU_COMMAND_CHANNEL = 'envelope:menu-command';

export const menuCommandIds = [
  'design.new',
  'design.open',
  'design.export',
  'design.library',
  'version.save',
  'edit.undo',
  'edit.redo',
  'edit.duplicate',
  'edit.selectAll',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomReset',
  'view.fit',
  'view.zoomSelection',
  'view.toggleMinimap',
  'arrange.layoutRight',
  'arrange.layoutDown',
  'app.commandPalette',
  'app.help',
] as const;
export type MenuCommandId = (typeof menuCommandIds)[number];

/** The preload re-checks what arrives: a dotted camelCase id, short, nothing else. */
export function isMenuCommandId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && /^[a-z][a-zA-Z.]*$/.test(value);
}
