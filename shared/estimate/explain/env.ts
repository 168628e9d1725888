import type { Design } from '../../model/design';
import { buildContext, type EstimateContext } from '../context';
import { withoutNotes } from '../notes';
import { runTraffic, type Traffic } from '../traffic';
import type { EstimateResult } from '../schema';

/**
 * What explanations read: the estimate's own context (resolved parameters, graph) rebuilt from
 * the design, the result being explained, the traffic pass (for per-operation shares), and
 * each block's incoming connections. Built once per design and result, O(nodes + edges).
 */
export interface ExplainEnv {
  ctx: EstimateContext;
  result: EstimateResult;
  traffic: Traffic;
  inStart: Int32Array;
  inEdges: Int32Array;
  blockIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
  opIndex: Map<string, number>;
}

export function createEnv(given: Design, result: EstimateResult): ExplainEnv {
  // The design as the estimate saw it (notes left out), so indices match the result's.
  const kept = withoutNotes(given);
  const design = kept.design;
  const ctx = buildContext(design, kept);
  const traffic = runTraffic(ctx);
  const { inStart, inEdges } = ctx.graph;
  return {
    ctx,
    result,
    traffic,
    inStart,
    inEdges,
    blockIndex: ctx.graph.nodeIndex,
    edgeIndex: new Map(design.edges.map((e, i) => [e.id, i])),
    opIndex: new Map(design.workload.operations.map((o, i) => [o.id, i])),
  };
}

export function edgeName(env: ExplainEnv, e: number): string {
  const edge = env.ctx.design.edges[e]!;
  const label = (id: string): string => {
    const i = env.blockIndex.get(id);
    return i === undefined ? id : env.ctx.design.nodes[i]!.label || id;
  };
  return `${label(edge.source)} -> ${label(edge.target)}`;
}
