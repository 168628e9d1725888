import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { resolveBlockKind } from '../../../../shared/catalog';
import type { BlockFlowNode } from '../flowTypes';
import { iconMaskUrl } from './iconMask';
import { updateBlock } from '../store/actions';
import { InlineText } from './InlineText';
import { useInlineEditing } from './editingStore';
import { BlockBadges } from '../../estimate/BlockBadges';
import { loadLevel } from '../../estimate/badges';
import { useEstimate } from '../../estimate/estimateStore';
import { useFarZoom } from '../zoomDetail';
import { UNMEASURED_BLOCK } from './blockBox';
import { BlockHandles, TOUCH_SCREEN, useHovered } from './BlockHandles';
import { useConnectingFrom } from './connectingStore';

/**
 * A building block on the canvas, with the engine's badges. Memoised: React Flow re-renders only
 * the nodes that change.
 * Handles on all four sides (see BlockHandles).
 */
// The store's action is stable: read once, not subscribed to by every block on the canvas.
const stopEditing = (): void => useInlineEditing.getState().stop();

function BlockNodeView({ id, data, selected, width, height }: NodeProps<BlockFlowNode>) {
  const { kind, known } = resolveBlockKind(data.kind);
  const editing = useInlineEditing((s) => s.id === id);
  const far = useFarZoom((s) => s.far);
  const className = `block-node${selected ? ' selected' : ''}${known ? '' : ' unknown'}${editing ? ' editing' : ''}`;
  const title = known ? kind.description : `Unknown block kind "${data.kind}"`;
  const [hovered, hover] = useHovered();
  const connectingFrom = useConnectingFrom((s) => s.nodeId === id);
  // Over capacity, the block's border turns the danger colour (as in exported pictures): a boolean
  // selector, so only blocks that cross the line re-render when an estimate lands.
  const over = useEstimate((s) => {
    const badge = s.badges.get(id);
    return badge !== undefined && !badge.isClient && loadLevel(badge) === 'over';
  });
  const classes = `${className}${connectingFrom ? ' connecting-from' : ''}${over ? ' over' : ''}`;
  // Zoomed far out only the box is mounted, at the size the block was last measured (so React Flow
  // re-measures nothing), without handles (no connection starts or ends on a block that small;
  // crossing back in re-measures them, see measureHandles); a rename started out there gets the
  // whole block.
  if (far && !editing) {
    const size = { width: width || UNMEASURED_BLOCK.width, height: height || UNMEASURED_BLOCK.height };
    return (
      // Hover is tracked out here too: zoomed in under a resting pointer, the block enters no
      // pointerenter, yet must know it is pointed at to offer live handles.
      <div className={`${classes} far`} style={size} data-kind={data.kind} title={`${data.label}: ${title}`} {...hover} />
    );
  }
  return (
    <div className={classes} data-kind={data.kind} title={title} {...hover}>
      <BlockHandles nodeId={id} live={hovered || connectingFrom || (selected && TOUCH_SCREEN)} />
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
            onDone={stopEditing}
          />
          {data.label !== kind.name && <div className="block-kind">{known ? kind.name : data.kind}</div>}
        </div>
      </div>
      <BlockBadges id={id} />
    </div>
  );
}

export const BlockNode = memo(BlockNodeView);
