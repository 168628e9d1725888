import type { EstimateContext } from './context';
import { type Traffic } from './traffic';
import { isWriteAt } from './edgeRules';
import { EDGE_REPLICATION, EDGE_SYNC } from './graph';
import { B_CLIENT, ROLE_DNS } from './blockTable';
import { bitsPerSecond } from './formulas/bandwidth';

/**
 * Average bandwidth per connection (request bytes forward; response bytes back on synchronous
 * connections), per block in and out, and across the system's edge (to and from clients or
 * the outside world at a non-client entry). Peak figures are these times the peak factor.
 */
export interface Bandwidth {
  edgeRequestBps: Float64Array;
  edgeResponseBps: Float64Array;
  nodeInBps: Float64Array;
  nodeOutBps: Float64Array;
  ingressBps: number;
  egressBps: number;
  /** Bytes per second each block is sent to keep, by operations that write there (average). */
  nodeWrittenBytesPerSecond: Float64Array;
  /** The part of it that arrives over replication connections: copies of data kept elsewhere. */
  nodeReplicatedBytesPerSecond: Float64Array;
}

export function computeBandwidth(ctx: EstimateContext, traffic: Traffic): Bandwidth {
  const { nodeCount, edgeCount, source, target, edgeKind } = ctx.graph;
  const edgeRequestBps = new Float64Array(edgeCount);
  const edgeResponseBps = new Float64Array(edgeCount);
  const nodeInBps = new Float64Array(nodeCount);
  const nodeOutBps = new Float64Array(nodeCount);
  const nodeWrittenBytesPerSecond = new Float64Array(nodeCount);
  const nodeReplicatedBytesPerSecond = new Float64Array(nodeCount);
  let ingressBps = 0;
  let egressBps = 0;
  const isClient = (i: number): boolean => (ctx.blocks.behaviour[i]! & B_CLIENT) !== 0;
  const isDns = (i: number): boolean => ctx.blocks.role[i] === ROLE_DNS;
  for (const op of ctx.ops) {
    const eBase = op.index * edgeCount;
    for (let e = 0; e < edgeCount; e++) {
      const rps = traffic.edgeRps[eBase + e]!;
      if (rps === 0) continue;
      const requestBytes = traffic.edgeRequestBytes[eBase + e]!;
      edgeRequestBps[e]! += bitsPerSecond(rps, requestBytes);
      if (edgeKind[e] === EDGE_SYNC) edgeResponseBps[e]! += bitsPerSecond(rps, traffic.edgeResponseBytes[eBase + e]!);
      const t = target[e]!;
      if (isWriteAt(op, ctx.blocks.behaviour[t]!)) {
        nodeWrittenBytesPerSecond[t]! += rps * requestBytes;
        if (edgeKind[e] === EDGE_REPLICATION) nodeReplicatedBytesPerSecond[t]! += rps * requestBytes;
      }
    }
    // Requests that enter at a block we run come from outside the design.
    if (op.entry >= 0 && !isClient(op.entry)) {
      if (isWriteAt(op, ctx.blocks.behaviour[op.entry]!)) nodeWrittenBytesPerSecond[op.entry]! += op.avgRps * op.requestBytes;
      const inBps = bitsPerSecond(op.avgRps, op.requestBytes);
      const outBps = bitsPerSecond(op.avgRps, op.responseBytes);
      nodeInBps[op.entry]! += inBps;
      nodeOutBps[op.entry]! += outBps;
      ingressBps += inBps;
      egressBps += outBps;
    }
  }
  for (let e = 0; e < edgeCount; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s < 0 || t < 0) continue;
    const req = edgeRequestBps[e]!;
    const resp = edgeResponseBps[e]!;
    nodeOutBps[s]! += req;
    nodeInBps[t]! += req;
    nodeInBps[s]! += resp;
    nodeOutBps[t]! += resp;
    // What a DNS block drawn in the path passes on comes from the users, across the system's edge.
    if ((isClient(s) && !isClient(t)) || (isDns(s) && !isClient(t) && !isDns(t))) {
      ingressBps += req;
      egressBps += resp;
    } else if (!isClient(s) && isClient(t)) {
      egressBps += req;
      ingressBps += resp;
    }
  }
  return { edgeRequestBps, edgeResponseBps, nodeInBps, nodeOutBps, ingressBps, egressBps, nodeWrittenBytesPerSecond, nodeReplicatedBytesPerSecond };
}
