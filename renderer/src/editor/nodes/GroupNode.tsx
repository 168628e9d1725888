import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import type { GroupFlowNode } from '../flowTypes';
import { updateGroup } from '../store/actions';
import { InlineText } from './InlineText';
import { useInlineEditing } from './editingStore';

const KIND_NAMES = { region: 'Region', zone: 'Availability zone', network: 'Network / VPC' } as const;

/** A region, availability zone or network boundary: blocks dropped inside belong to it and move with it. */
function GroupNodeView({ id, data, selected }: NodeProps<GroupFlowNode>) {
  const editing = useInlineEditing((s) => s.id === id);
  const stop = useInlineEditing((s) => s.stop);
  return (
    <div className={`group-node group-${data.kind}${selected ? ' selected' : ''}`}>
      <NodeResizer isVisible={selected ?? false} minWidth={160} minHeight={100} />
      <div className="group-title">
        <span className="group-kind">{KIND_NAMES[data.kind]}</span>
        <InlineText className="group-label" value={data.label} editing={editing} ariaLabel="Group label" onCommit={(label) => updateGroup(id, { label })} onDone={stop} />
      </div>
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
