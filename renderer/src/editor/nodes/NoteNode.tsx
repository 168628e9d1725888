import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import type { NoteFlowNode } from '../flowTypes';
import { updateNote } from '../store/actions';
import { InlineText } from './InlineText';
import { useInlineEditing } from './editingStore';

/** A sticky note for whiteboard-style reasoning; resizable, edited in place. */
function NoteNodeView({ id, data, selected }: NodeProps<NoteFlowNode>) {
  const editing = useInlineEditing((s) => s.id === id);
  const stop = useInlineEditing((s) => s.stop);
  return (
    <div className={`note-node${selected ? ' selected' : ''}`}>
      <NodeResizer isVisible={selected ?? false} minWidth={120} minHeight={60} />
      <InlineText className="note-text" multiline value={data.text} editing={editing} ariaLabel="Note text" onCommit={(text) => updateNote(id, text)} onDone={stop} />
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
