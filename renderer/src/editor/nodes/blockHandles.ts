import type { NodeHandle } from '@xyflow/react';
import { SIDES } from './sides';
import { UNMEASURED_BLOCK } from './blockBox';
import type { FlowNode } from '../flowTypes';

/** React Flow's default handle: 6 px square, centred on the side it sits on (its stylesheet). */
const HANDLE = 6;

/**
 * Where a block's four handles are, from its size alone: the centre of each side, as the
 * stylesheet places them. Measured in the browser at several block sizes (and checked by the
 * e2e run), this is what React Flow would read from the DOM.
 */
export function blockHandles(width: number, height: number): NodeHandle[] {
  // Most blocks share a handful of sizes (far out, all of them one): one list per size.
  const key = `${width}x${height}`;
  let handles = bySize.get(key);
  if (!handles) bySize.set(key, (handles = placeHandles(width, height)));
  return handles;
}

const bySize = new Map<string, NodeHandle[]>();

function placeHandles(width: number, height: number): NodeHandle[] {
  const half = HANDLE / 2;
  const at = { l: [-half, height / 2 - half], t: [width / 2 - half, -half], r: [width - half, height / 2 - half], b: [width / 2 - half, height - half] };
  return SIDES.map(({ id, position }) => ({ id, type: 'source', position, x: at[id][0]!, y: at[id][1]!, width: HANDLE, height: HANDLE }));
}

const withHandles = new WeakMap<FlowNode, FlowNode>();

/**
 * The blocks as React Flow gets them, with their handles stated. React Flow otherwise finds a
 * block's handles by querying its DOM and measuring each one, for every block it measures (a
 * tenth of opening a large design); and far out a block mounts no handles at all (BlockNode),
 * which would leave its selected connections with no end to draw from. One derived object per
 * store object, so React Flow still sees unchanged blocks as the same objects.
 */
export function withBlockHandles(nodes: FlowNode[]): FlowNode[] {
  return nodes.map((n) => {
    if (n.type !== 'block') return n;
    let derived = withHandles.get(n);
    if (!derived) {
      const width = n.measured?.width ?? UNMEASURED_BLOCK.width;
      const height = n.measured?.height ?? UNMEASURED_BLOCK.height;
      withHandles.set(n, (derived = { ...n, handles: blockHandles(width, height) }));
    }
    return derived;
  });
}
