import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { resolveBlockKind } from '../../../../shared/catalog';
import type { BlockFlowNode } from '../flowTypes';
import { iconMaskUrl } from './iconMask';
import { updateBlock } from '../store/actions';
import { InlineText } from './InlineText';
import { useInlineEditing } from './editingStore';
import { BlockBadges } from '../../estimate/BlockBadges';

/**
 * A building block on the canvas, with the engine's badges. Memoised: React Flow re-renders only
 * the nodes that change.
 * Handles on all four sides; with ConnectionMode.Loose any of them starts or ends a connection.
 */
function BlockNodeView({ id, data, selected }: NodeProps<BlockFlowNode>) {
  const { kind, known } = resolveBlockKind(data.kind);
  const editing = useInlineEditing((s) => s.id === id);
  const stop = useInlineEditing((s) => s.stop);
  return (
    <div className={`block-node${selected ? ' selected' : ''}${known ? '' : ' unknown'}${editing ? ' editing' : ''}`} data-kind={data.kind} title={known ? kind.description : `Unknown block kind "${data.kind}"`}>
      <Handle type="source" position={Position.Left} id="l" />
      <Handle type="source" position={Position.Top} id="t" />
      <Handle type="source" position={Position.Right} id="r" />
      <Handle type="source" position={Position.Bottom} id="b" />
      <div className="block-main">
        <div className="block-icon" aria-hidden>
          <span className="block-icon-mask" style={{ maskImage: iconMaskUrl(kind.icon) }} />
        </div>
        <div className="block-text">
          <InlineText
            className="block-label"
            value={data.label}
            editing={editing}
            ariaLabel="Block label"
            onCommit={(label) => updateBlock(id, { label })}
            onDone={stop}
          />
          {data.label !== kind.name && <div className="block-kind">{known ? kind.name : data.kind}</div>}
        </div>
      </div>
      <BlockBadges id={id} />
    </div>
  );
}

export const BlockNode = memo(BlockNodeView);
