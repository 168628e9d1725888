import { useEffect } from 'react';
import type { EnvelopeBridge } from '../../../main/electron/bridgeTypes';
import { openDesignFilePicker } from '../library/FilePicker';
import { requestNewDesignFocus } from '../library/libraryStore';
import { navigate, type Route } from './route';

const bridge = (): Partial<EnvelopeBridge> | undefined => (window as { envelope?: Partial<EnvelopeBridge> }).envelope;

/**
 * What the Electron shell asks of the whole app, whichever view is showing: open a design it
 * imported from a file (double-click, drag onto the dock, a second launch), and the File menu's
 * commands while the library shows (in the editor, useMenuCommands runs them as editor commands).
 */
export function useShellRequests(view: Route['view']): void {
  useEffect(() => bridge()?.onOpenDesign?.((designId) => navigate({ view: 'editor', designId })), []);

  useEffect(() => {
    if (view !== 'library') return;
    return bridge()?.onMenuCommand?.((id) => {
      if (id === 'design.new') requestNewDesignFocus();
      if (id === 'design.open') openDesignFilePicker();
    });
  }, [view]);
}
