import { memo } from 'react';
import { useEditor } from '../store/editorStore';
import { BlockInspector } from './BlockInspector';
import { EdgeInspector } from './EdgeInspector';
import { GroupInspector } from './GroupInspector';
import { MultiInspector } from './MultiInspector';
import { NoteInspector } from './NoteInspector';

/**
 * The side panel for the selection. Each single-item panel is keyed by the item's id so a draft
 * typed for one item never carries over to the next.
 */
export const Inspector = memo(function Inspector({ nodeIds, edgeIds }: { nodeIds: readonly string[]; edgeIds: readonly string[] }) {
  const singleNodeId = nodeIds.length === 1 && edgeIds.length === 0 ? nodeIds[0] : undefined;
  const nodeType = useEditor((s) => (singleNodeId ? s.nodes.find((n) => n.id === singleNodeId)?.type : undefined));
  const singleEdgeId = edgeIds.length === 1 && nodeIds.length === 0 ? edgeIds[0] : undefined;

  let body;
  if (singleNodeId && nodeType === 'block') body = <BlockInspector key={singleNodeId} id={singleNodeId} />;
  else if (singleNodeId && nodeType === 'group') body = <GroupInspector key={singleNodeId} id={singleNodeId} />;
  else if (singleNodeId && nodeType === 'note') body = <NoteInspector key={singleNodeId} id={singleNodeId} />;
  else if (singleEdgeId) body = <EdgeInspector key={singleEdgeId} id={singleEdgeId} />;
  else if (nodeIds.length + edgeIds.length > 1) body = <MultiInspector nodeCount={nodeIds.length} edgeCount={edgeIds.length} />;
  else
    body = (
      <div className="inspector-empty">
        <p>Select a block, connection or group to see and edit its label, kind and parameters.</p>
        <p className="muted small">Shift-click or drag a box to select several.</p>
      </div>
    );

  return (
    <aside className="inspector" aria-label="Inspector">
      {body}
    </aside>
  );
});
