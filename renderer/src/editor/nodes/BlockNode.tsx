import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { BlockFlowNode } from './flowTypes';
import { blockInfo } from './blockInfo';
import { BlockIcon } from './BlockIcon';

/** A building block on the canvas. Memoised: React Flow re-renders only the nodes that change. */
function BlockNodeView({ data, selected }: NodeProps<BlockFlowNode>) {
  const info = blockInfo(data.kind);
  return (
    <div className={`block-node${selected ? ' selected' : ''}`} data-kind={data.kind}>
      <Handle type="target" position={Position.Left} id="l" />
      <Handle type="target" position={Position.Top} id="t" />
      <div className="block-icon">
        <BlockIcon icon={info.icon} />
      </div>
      <div className="block-text">
        <div className="block-label">{data.label}</div>
        {data.label !== info.name && <div className="block-kind">{info.name}</div>}
      </div>
      <Handle type="source" position={Position.Right} id="r" />
      <Handle type="source" position={Position.Bottom} id="b" />
    </div>
  );
}

export const BlockNode = memo(BlockNodeView);
