import type { Design } from '../model/design';

export const EDGE_SYNC = 0;
export const EDGE_ASYNC = 1;
export const EDGE_REPLICATION = 2;

/**
 * The design as integer-indexed arrays: outgoing connections in CSR form, the connections
 * that close a cycle, and a topological order of everything else. Built once per estimate in
 * O(nodes + edges); every later pass walks these arrays instead of maps of objects.
 */
export interface Graph {
  nodeCount: number;
  edgeCount: number;
  nodeIndex: Map<string, number>;
  source: Int32Array;
  target: Int32Array;
  edgeKind: Uint8Array;
  outStart: Int32Array;
  outEdges: Int32Array;
  inDegree: Int32Array;
  /** Incoming connections in CSR form: inEdges[inStart[v] .. inStart[v + 1]) end at v. */
  inStart: Int32Array;
  inEdges: Int32Array;
  /** 1 for a connection that closes a cycle (a DFS back edge); its traffic is not followed. */
  closesCycle: Uint8Array;
  /** Topological order of the graph without the cycle-closing connections. */
  topo: Int32Array;
}

export function buildGraph(design: Design, nodeIndex: Map<string, number>, roots: readonly number[]): Graph {
  const nodeCount = design.nodes.length;
  const edgeCount = design.edges.length;
  const source = new Int32Array(edgeCount);
  const target = new Int32Array(edgeCount);
  const edgeKind = new Uint8Array(edgeCount);
  const outStart = new Int32Array(nodeCount + 1);
  const inDegree = new Int32Array(nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const edge = design.edges[e]!;
    // A connection to a missing block is dropped by restoreDesign; here it is inert (-1).
    source[e] = nodeIndex.get(edge.source) ?? -1;
    target[e] = nodeIndex.get(edge.target) ?? -1;
    edgeKind[e] = edge.kind === 'async' ? EDGE_ASYNC : edge.kind === 'replication' ? EDGE_REPLICATION : EDGE_SYNC;
    if (source[e]! >= 0 && target[e]! >= 0) {
      outStart[source[e]! + 1]!++;
      inDegree[target[e]!]!++;
    }
  }
  for (let i = 0; i < nodeCount; i++) outStart[i + 1]! += outStart[i]!;
  const fill = outStart.slice(0, nodeCount);
  const outEdges = new Int32Array(outStart[nodeCount]!);
  for (let e = 0; e < edgeCount; e++) {
    const s = source[e]!;
    if (s >= 0 && target[e]! >= 0) outEdges[fill[s]!++] = e;
  }
  const inStart = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v++) inStart[v + 1] = inStart[v]! + inDegree[v]!;
  const inFill = inStart.slice(0, nodeCount);
  const inEdges = new Int32Array(inStart[nodeCount]!);
  for (let e = 0; e < edgeCount; e++) if (source[e]! >= 0 && target[e]! >= 0) inEdges[inFill[target[e]!]!++] = e;
  const { closesCycle, topo } = orderGraph(nodeCount, outStart, outEdges, target, roots);
  return { nodeCount, edgeCount, nodeIndex, source, target, edgeKind, outStart, outEdges, inDegree, inStart, inEdges, closesCycle, topo };
}

/**
 * Iterative depth-first search from the operation entries first (so the cycle-closing edge is
 * the one pointing back toward the traffic's origin), then from every other block. Back edges
 * close cycles; reverse post-order is a topological order of the rest.
 */
function orderGraph(nodeCount: number, outStart: Int32Array, outEdges: Int32Array, target: Int32Array, roots: readonly number[]): { closesCycle: Uint8Array; topo: Int32Array } {
  const state = new Uint8Array(nodeCount); // 0 new, 1 on stack, 2 done
  const cursor = new Int32Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  const closesCycle = new Uint8Array(target.length);
  const post = new Int32Array(nodeCount);
  let postCount = 0;
  const visit = (root: number): void => {
    if (root < 0 || state[root] !== 0) return;
    let top = 0;
    stack[0] = root;
    state[root] = 1;
    cursor[root] = outStart[root]!;
    while (top >= 0) {
      const u = stack[top]!;
      const c = cursor[u]!;
      if (c < outStart[u + 1]!) {
        cursor[u] = c + 1;
        const e = outEdges[c]!;
        const v = target[e]!;
        if (state[v] === 1) closesCycle[e] = 1;
        else if (state[v] === 0) {
          state[v] = 1;
          cursor[v] = outStart[v]!;
          stack[++top] = v;
        }
      } else {
        state[u] = 2;
        post[postCount++] = u;
        top--;
      }
    }
  };
  for (const r of roots) visit(r);
  for (let i = 0; i < nodeCount; i++) visit(i);
  const topo = new Int32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) topo[i] = post[nodeCount - 1 - i]!;
  return { closesCycle, topo };
}
