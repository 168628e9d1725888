import { LayoutGrid, Magnet, Redo2, StickyNote, Undo2, Command as CommandIcon, HelpCircle, Maximize, Trash2, Copy } from 'lucide-react';
import type { ReactNode } from 'react';
import { commandById, isEnabled } from '../commands/registry';
import { displayShortcut } from '../commands/types';
import { useUi } from '../commands/uiStore';
import { useEditor } from '../store/editorStore';

function ToolButton({ id, icon, pressed }: { id: string; icon: ReactNode; pressed?: boolean }) {
  const command = commandById(id);
  // Subscribing to the stacks and selection keeps enabled states current without re-rendering per frame.
  useEditor((s) => s.undoStack.length + s.redoStack.length);
  if (!command) return null;
  const title = command.shortcut ? `${command.label} (${displayShortcut(command.shortcut)})` : command.label;
  return (
    <button
      type="button"
      className="tool"
      title={title}
      aria-label={command.label}
      aria-pressed={pressed}
      disabled={!isEnabled(command)}
      onClick={() => void command.perform()}
    >
      {icon}
    </button>
  );
}

/** The editor's toolbar: the most used commands, each the same action as its shortcut. */
export function Toolbar() {
  const snap = useUi((s) => s.snapToGrid);
  useEditor((s) => s.nodes.some((n) => n.selected) || s.edges.some((e) => e.selected));
  return (
    <div className="toolbar" role="toolbar" aria-label="Editor tools">
      <ToolButton id="edit.undo" icon={<Undo2 size={16} />} />
      <ToolButton id="edit.redo" icon={<Redo2 size={16} />} />
      <span className="tool-sep" />
      <ToolButton id="edit.duplicate" icon={<Copy size={16} />} />
      <ToolButton id="edit.delete" icon={<Trash2 size={16} />} />
      <span className="tool-sep" />
      <ToolButton id="insert.note" icon={<StickyNote size={16} />} />
      <ToolButton id="arrange.layoutRight" icon={<LayoutGrid size={16} />} />
      <ToolButton id="view.fit" icon={<Maximize size={16} />} />
      <ToolButton id="view.toggleSnap" icon={<Magnet size={16} />} pressed={snap} />
      <span className="tool-sep" />
      <ToolButton id="app.commandPalette" icon={<CommandIcon size={16} />} />
      <ToolButton id="app.help" icon={<HelpCircle size={16} />} />
    </div>
  );
}
