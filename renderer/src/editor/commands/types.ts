/**
 * Every user command is one registered action (excalidraw-style): one definition serves the
 * toolbar, the keyboard, the context menu, the command palette and Electron's menu.
 */
export interface Command {
  /** Stable id, also what Electron's menu sends (e.g. "edit.undo"). */
  id: string;
  label: string;
  category: 'Edit' | 'View' | 'Insert' | 'Arrange' | 'Design' | 'Help';
  /** Shortcut as shown to the user; "Mod" is Ctrl, or Cmd on macOS. */
  shortcut?: string;
  /** Does this keyboard event trigger the command? */
  keyTest?: (e: KeyboardEvent) => boolean;
  /** Can the command run now (e.g. something is selected)? */
  enabled?: () => boolean;
  /** Shown in the context menu of the canvas or a selection. */
  contextMenu?: 'selection' | 'canvas' | 'both';
  /** The keyboard event when a shortcut triggered it (e.g. Shift for bigger nudges). */
  perform: (e?: KeyboardEvent) => void | Promise<void>;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl on Windows and Linux, Cmd on macOS. */
export const mod = (e: KeyboardEvent): boolean => (isMac ? e.metaKey : e.ctrlKey);

export function displayShortcut(shortcut: string): string {
  return isMac ? shortcut.replace(/Mod\+/g, '⌘').replace(/Shift\+/g, '⇧').replace(/Alt\+/g, '⌥') : shortcut.replace(/Mod\+/g, 'Ctrl+');
}
