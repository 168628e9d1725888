import type { Design, DesignEdge, DesignNode, EdgeKind, ParamValue } from '../../../shared/model/design';
import type { Operation, Workload } from '../../../shared/model/workload';
import type { EstimateResult } from '../../../shared/estimate';

/** Small designs written the way an architect would sketch them: "users -> lb -> app". */

export function block(id: string, kind: string, params: Record<string, ParamValue> = {}, groupId?: string): DesignNode {
  return { id, kind, label: id, position: { x: 0, y: 0 }, params, ...(groupId ? { groupId } : {}) };
}

export function link(source: string, target: string, params: Record<string, ParamValue> = {}, kind: EdgeKind = 'sync'): DesignEdge {
  return { id: `${source}-${target}`, source, target, kind, label: '', params };
}

export function op(id: string, perUserPerDay: number, extra: Partial<Operation> = {}): Operation {
  return { id, name: id, requestsPerUserPerDay: perUserPerDay, requestBytes: 1_000, responseBytes: 1_000, payloadMix: [], writes: false, ...extra };
}

export function design(nodes: DesignNode[], edges: DesignEdge[], workload: Partial<Workload> = {}): Design {
  return {
    id: 'test',
    name: 'test',
    schemaVersion: 1,
    nodes,
    edges,
    groups: [],
    workload: { dailyActiveUsers: 86_400, operations: [op('read', 1)], peak: { type: 'factor', factor: 1 }, retentionDays: 365, units: 'decimal', ...workload },
  };
}

/** One block's column value by id. */
export function at(result: EstimateResult, column: keyof EstimateResult['blocks'], id: string): number {
  const i = result.blocks.id.indexOf(id);
  if (i < 0) throw new Error(`no block ${id}`);
  const col = result.blocks[column] as unknown[];
  return col[i] as number;
}

export function edgeAt(result: EstimateResult, column: 'avgRps' | 'requestBitsPerSecond' | 'responseBitsPerSecond' | 'hopLatencyMs', id: string): number {
  const e = result.edges.id.indexOf(id);
  if (e < 0) throw new Error(`no connection ${id}`);
  return result.edges[column][e]!;
}
