import { useEffect } from 'react';
import type { EnvelopeBridge } from '../../../../main/electron/bridgeTypes';
import { runCommand } from './registry';

/** Electron's native menu sends command ids; they run the same registered actions as the keyboard. */
export function useMenuCommands(): void {
  useEffect(() => {
    const bridge = (window as { envelope?: Partial<EnvelopeBridge> }).envelope;
    if (!bridge?.onMenuCommand) return;
    return bridge.onMenuCommand((id) => void runCommand(id));
  }, []);
}
