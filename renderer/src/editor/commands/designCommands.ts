import { navigate } from '../../app/route';
import { openDesignFilePicker } from '../../library/FilePicker';
import { requestNewDesignFocus } from '../../library/libraryStore';
import { useHistory } from '../history/historyStore';
import { saveDesignAsFile } from '../history/saveAsFile';
import { useEditor } from '../store/editorStore';
import { mod, type Command } from './types';
import { useUi } from './uiStore';

const designOpen = (): boolean => useEditor.getState().status === 'ready';

/** Versions and files: the same actions as the History panel's buttons and Electron's File menu. */
export const designCommands: Command[] = [
  {
    id: 'version.save',
    label: 'Name this version…',
    category: 'Design',
    shortcut: 'Mod+S',
    keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 's',
    enabled: designOpen,
    perform: () => {
      useUi.getState().set({ paletteOpen: false, helpOpen: false });
      useHistory.getState().set({ naming: true });
    },
  },
  {
    id: 'design.saveFile',
    label: 'Save as file…',
    category: 'Design',
    shortcut: 'Mod+Shift+S',
    keyTest: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 's',
    enabled: designOpen,
    perform: () => saveDesignAsFile(),
  },
  {
    id: 'design.open',
    label: 'Open file…',
    category: 'Design',
    shortcut: 'Mod+O',
    keyTest: (e) => mod(e) && e.key.toLowerCase() === 'o',
    perform: () => {
      useUi.getState().set({ paletteOpen: false, helpOpen: false });
      openDesignFilePicker();
    },
  },
  {
    id: 'design.new',
    label: 'New design',
    category: 'Design',
    perform: () => {
      useUi.getState().set({ paletteOpen: false, helpOpen: false });
      navigate({ view: 'library' });
      requestNewDesignFocus();
    },
  },
];
