import { useEffect } from 'react';
import type { EnvelopeBridge } from '../../../../main/electron/bridgeTypes';
import { runCommand } from './registry';

/** Electron's native menu sends command ids; they run the same registered actions as the keyboard. */
export function useMenuCommands(): void {
  useEffect(() => {
    const bridge = (window as { envelope?: Partial<EnvelopeBridge> }).envelope;
    if (!bridge?.onMenuCommand) return;
    return bridge.onMenuCommand((id) => {
      // In a text field, the menu's Undo, Redo and Select All act on the text, as users expect.
      const el = document.activeElement;
      const typing = el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA'].includes(el.tagName));
      const textCommand = { 'edit.undo': 'undo', 'edit.redo': 'redo', 'edit.selectAll': 'selectAll' }[id];
      if (typing && textCommand) document.execCommand(textCommand);
      else runCommand(id);
    });
  }, []);
}
