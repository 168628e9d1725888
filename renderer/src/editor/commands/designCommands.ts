import { navigate } from '../../app/route';
import { openDesignFilePicker } from '../../library/FilePicker';
import { requestNewDesignFocus } from '../../library/libraryStore';
import { useHistory } from '../history/historyStore';
import { saveDesignAsFile } from '../history/saveAsFile';
import { useEditor } from '../store/editorStore';
import { mod, type Command } from './types';
import { useUi } from './uiStore';
import { useExportUi } from '../export/exportStore';

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
    id: 'design.export',
    label: 'Export…',
    category: 'Design',
    shortcut: 'Mod+Shift+E',
    keyTest: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 'e',
    enabled: designOpen,
    contextMenu: 'canvas',
    perform: () => {
      useUi.getState().set({ paletteOpen: false, helpOpen: false });
      useExportUi.getState().set({ open: true, fromSelection: false });
    },
  },
  {
    id: 'design.exportSelection',
    label: 'Export selection…',
    category: 'Design',
    enabled: () => designOpen() && useEditor.getState().nodes.some((n) => n.selected),
    contextMenu: 'selection',
    perform: () => {
      useUi.getState().set({ paletteOpen: false, helpOpen: false });
      useExportUi.getState().set({ open: true, fromSelection: true });
    },
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
