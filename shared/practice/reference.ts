import type { DesignEdge, DesignNode, EdgeKind, ParamValue } from '../model/design';
import type { Workload } from '../model/workload';

/**
 * A compact way to write a reference design: blocks on a grid (column, row) and connections as
 * pairs, so twelve prompts stay readable. The result is plain design data.
 */
export type BlockSpec = [id: string, kind: string, label: string, column: number, row: number, params?: Record<string, ParamValue>];
export type EdgeSpec = [source: string, target: string, opts?: { kind?: EdgeKind; label?: string; params?: Record<string, ParamValue> }];

const COLUMN_PX = 260;
const ROW_PX = 140;

export function referenceDesign(blocks: BlockSpec[], edges: EdgeSpec[], workload: Workload, workloadSource: string) {
  const nodes: DesignNode[] = blocks.map(([id, kind, label, column, row, params]) => ({ id, kind, label, position: { x: column * COLUMN_PX, y: row * ROW_PX }, params: params ?? {} }));
  const designEdges: DesignEdge[] = edges.map(([source, target, opts]) => ({
    id: `e-${source}-${target}`,
    source,
    target,
    kind: opts?.kind ?? 'sync',
    label: opts?.label ?? '',
    params: opts?.params ?? {},
  }));
  return { nodes, edges: designEdges, groups: [], workload, workloadSource };
}

/** An operation of a reference workload; request and response sizes in bytes. */
export function op(id: string, name: string, requestsPerUserPerDay: number, sizes: { requestBytes: number; responseBytes: number; writes?: boolean }) {
  return { id, name, requestsPerUserPerDay, requestBytes: sizes.requestBytes, responseBytes: sizes.responseBytes, payloadMix: [], writes: sizes.writes ?? false };
}
