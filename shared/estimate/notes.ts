import type { Design } from '../model/design';

/**
 * Sticky notes are stored as nodes of kind "note" (the canvas draws them; shared/render/layout.ts
 * names the same kind), but they are annotations, not blocks: the engine estimates the design
 * without them, and without any connection drawn to one. Otherwise every note was "a block of
 * the unknown kind note, estimated as a generic service": a warning, an instance counted, and
 * one more instance for a monitoring block that watches everything to scrape.
 */
export const NOTE_KIND = 'note';

export interface WithoutNotes {
  design: Design;
  /** Index in the given design of each node and connection kept; null when nothing was dropped. */
  nodeIndex: number[] | null;
  edgeIndex: number[] | null;
}

export function withoutNotes(design: Design): WithoutNotes {
  if (!design.nodes.some((n) => n.kind === NOTE_KIND)) return { design, nodeIndex: null, edgeIndex: null };
  const notes = new Set<string>();
  const nodeIndex: number[] = [];
  design.nodes.forEach((n, i) => (n.kind === NOTE_KIND ? notes.add(n.id) : nodeIndex.push(i)));
  const edgeIndex: number[] = [];
  design.edges.forEach((e, i) => notes.has(e.source) || notes.has(e.target) || edgeIndex.push(i));
  return {
    design: { ...design, nodes: nodeIndex.map((i) => design.nodes[i]!), edges: edgeIndex.map((i) => design.edges[i]!) },
    nodeIndex,
    edgeIndex,
  };
}

/** A warning's field path ("nodes.3.kind") in the estimated design, as a path in the given one. */
export function fieldInGiven(field: string, kept: Pick<WithoutNotes, 'nodeIndex' | 'edgeIndex'>): string {
  return field.replace(/^(nodes|edges)\.(\d+)/, (whole, list: string, at: string) => {
    const map = list === 'nodes' ? kept.nodeIndex : kept.edgeIndex;
    const given = map?.[Number(at)];
    return given === undefined ? whole : `${list}.${given}`;
  });
}
