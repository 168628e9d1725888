import { copyText, pasteText, readClipboardText, writeSystemClipboard } from '../clipboard';
import { useInlineEditing } from '../nodes/editingStore';
import { clearSelection, deleteSelection, nudgeSelection, selectAll, selectedEdges, selectedNodes } from '../store/actions';
import { redo, undo, useEditor } from '../store/editorStore';
import { mod, type Command } from './types';

const hasSelection = (): boolean => selectedNodes().length > 0 || selectedEdges().length > 0;
const key = (e: KeyboardEvent, k: string): boolean => e.key.toLowerCase() === k;

function nudge(dx: number, dy: number, keyName: string, label: string): Command {
  return {
    id: `edit.nudge${label}`,
    label: `Nudge ${label.toLowerCase()}`,
    category: 'Edit',
    shortcut: `${keyName} (Shift: ×10)`,
    keyTest: (e) => e.key === keyName && !mod(e) && !e.altKey,
    enabled: () => selectedNodes().length > 0,
    perform: (e) => {
      const step = e?.shiftKey ? 80 : 8;
      nudgeSelection(dx * step, dy * step);
    },
  };
}

export const editCommands: Command[] = [
  {
    id: 'edit.undo',
    label: 'Undo',
    category: 'Edit',
    shortcut: 'Mod+Z',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    enabled: () => useEditor.getState().undoStack.length > 0,
    perform: undo,
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    category: 'Edit',
    shortcut: 'Mod+Shift+Z',
    keyTest: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')),
    enabled: () => useEditor.getState().redoStack.length > 0,
    perform: redo,
  },
  {
    id: 'edit.cut',
    label: 'Cut',
    category: 'Edit',
    shortcut: 'Mod+X',
    enabled: hasSelection,
    contextMenu: 'selection',
    perform: async () => {
      const text = copyText();
      if (text) {
        await writeSystemClipboard(text);
        deleteSelection();
      }
    },
  },
  {
    id: 'edit.copy',
    label: 'Copy',
    category: 'Edit',
    shortcut: 'Mod+C',
    enabled: hasSelection,
    contextMenu: 'selection',
    perform: async () => {
      const text = copyText();
      if (text) await writeSystemClipboard(text);
    },
  },
  {
    id: 'edit.paste',
    label: 'Paste',
    category: 'Edit',
    shortcut: 'Mod+V',
    contextMenu: 'canvas',
    perform: async () => {
      const text = await readClipboardText();
      if (text) pasteText(text);
    },
  },
  {
    id: 'edit.duplicate',
    label: 'Duplicate',
    category: 'Edit',
    shortcut: 'Mod+D',
    keyTest: (e) => mod(e) && key(e, 'd'),
    enabled: hasSelection,
    contextMenu: 'selection',
    perform: () => {
      const text = copyText();
      if (text) pasteText(text);
    },
  },
  {
    id: 'edit.delete',
    label: 'Delete',
    category: 'Edit',
    shortcut: 'Delete',
    keyTest: (e) => e.key === 'Delete' || e.key === 'Backspace',
    enabled: hasSelection,
    contextMenu: 'selection',
    perform: deleteSelection,
  },
  {
    id: 'edit.selectAll',
    label: 'Select all',
    category: 'Edit',
    shortcut: 'Mod+A',
    keyTest: (e) => mod(e) && key(e, 'a'),
    contextMenu: 'canvas',
    perform: selectAll,
  },
  {
    id: 'edit.deselect',
    label: 'Clear selection',
    category: 'Edit',
    shortcut: 'Escape',
    keyTest: (e) => e.key === 'Escape',
    enabled: hasSelection,
    perform: clearSelection,
  },
  {
    id: 'edit.rename',
    label: 'Rename',
    category: 'Edit',
    shortcut: 'F2',
    keyTest: (e) => e.key === 'F2',
    enabled: () => selectedNodes().length === 1,
    contextMenu: 'selection',
    perform: () => {
      const [node] = selectedNodes();
      if (node) useInlineEditing.getState().start(node.id);
    },
  },
  nudge(-1, 0, 'ArrowLeft', 'Left'),
  nudge(1, 0, 'ArrowRight', 'Right'),
  nudge(0, -1, 'ArrowUp', 'Up'),
  nudge(0, 1, 'ArrowDown', 'Down'),
];
