import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConnectionFlowEdge, FlowNode } from '../../../renderer/src/editor/flowTypes';
import { LARGEST_BLOCK, UNMEASURED_BLOCK } from '../../../renderer/src/editor/nodes/blockBox';
import { autoLayout, type LayoutDirection, type LayoutResult } from '../../../renderer/src/editor/layout/autoLayout';
import { canvasArbitrary, largeCanvas, type Canvas } from './canvasArbitrary';
import { absoluteRects, contains, overlaps } from './geometry';

/** Everything the issue promises of auto-layout, checked on one laid-out canvas. */
function expectTidy({ nodes }: Canvas, result: LayoutResult): void {
  for (const n of nodes) expect(result.positions.has(n.id), `position for ${n.id}`).toBe(true);
  const rects = absoluteRects(nodes, result);
  const leaves = nodes.filter((n) => n.type !== 'group');
  for (let i = 0; i < leaves.length; i++) {
    for (let j = i + 1; j < leaves.length; j++) {
      const [a, b] = [leaves[i]!, leaves[j]!];
      expect(overlaps(rects.get(a.id)!, rects.get(b.id)!), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
  const ancestors = (n: FlowNode): Set<string> => {
    const out = new Set<string>();
    for (let p = n.parentId; p; p = nodes.find((m) => m.id === p)?.parentId) out.add(p);
    return out;
  };
  for (const n of nodes) {
    if (n.parentId) expect(contains(rects.get(n.parentId)!, rects.get(n.id)!), `${n.id} inside ${n.parentId}`).toBe(true);
  }
  // Sibling and cousin groups may not cover each other or each other's blocks either.
  for (const g of nodes.filter((n) => n.type === 'group')) {
    for (const other of nodes) {
      if (other.id === g.id || ancestors(other).has(g.id) || ancestors(g).has(other.id)) continue;
      expect(overlaps(rects.get(g.id)!, rects.get(other.id)!), `${other.id} overlaps group ${g.id}`).toBe(false);
    }
  }
}

const directions: LayoutDirection[] = ['RIGHT', 'DOWN'];

describe('autoLayout', () => {
  it.each(directions)('lays out random canvases %s with no overlaps, children inside their groups', async (direction) => {
    await fc.assert(
      fc.asyncProperty(canvasArbitrary, async (canvas) => {
        expectTidy(canvas, await autoLayout(canvas.nodes, canvas.edges, direction));
      }),
      { numRuns: 40, seed: 4 },
    );
  });

  it('lays out 200 blocks in nested zones', async () => {
    const canvas = largeCanvas();
    const result = await autoLayout(canvas.nodes, canvas.edges, 'RIGHT');
    expectTidy(canvas, result);
    // The groups were resized to their content, not left at the 480x300 they were drawn with.
    expect(result.sizes.get('g0')).not.toEqual({ width: 480, height: 300 });
  });

  it('gives the same layout on every run', async () => {
    const canvas = largeCanvas();
    const first = await autoLayout(canvas.nodes, canvas.edges, 'DOWN');
    const second = await autoLayout(structuredClone(canvas.nodes), structuredClone(canvas.edges), 'DOWN');
    expect([...second.positions]).toEqual([...first.positions]);
    expect([...second.sizes]).toEqual([...first.sizes]);
  });

  it('flows left to right for RIGHT and top to bottom for DOWN', async () => {
    const canvas: Canvas = {
      nodes: ['a', 'b'].map((id): FlowNode => ({ id, type: 'block', position: { x: 0, y: 0 }, data: { kind: 'cache', label: id, params: {} } })),
      edges: [{ id: 'e', source: 'a', target: 'b' }],
    };
    const right = await autoLayout(canvas.nodes, canvas.edges, 'RIGHT');
    expect(right.positions.get('b')!.x).toBeGreaterThan(right.positions.get('a')!.x);
    const down = await autoLayout(canvas.nodes, canvas.edges, 'DOWN');
    expect(down.positions.get('b')!.y).toBeGreaterThan(down.positions.get('a')!.y);
  });

  it('keeps an empty group at its size and ignores connections to groups', async () => {
    const canvas: Canvas = {
      nodes: [
        { id: 'g', type: 'group', position: { x: 5, y: 5 }, width: 300, height: 200, data: { kind: 'region', label: 'Empty' } },
        { id: 'a', type: 'block', position: { x: 0, y: 0 }, data: { kind: 'cache', label: 'a', params: {} } },
      ],
      edges: [{ id: 'e', source: 'a', target: 'g' }, { id: 'gone', source: 'a', target: 'missing' }],
    };
    const result = await autoLayout(canvas.nodes, canvas.edges, 'RIGHT');
    expectTidy(canvas, result);
    expect(result.sizes.has('g')).toBe(false);
  });

  it.each(directions)('leaves room %s for blocks only ever drawn as far-zoom boxes to grow to full size', async (direction) => {
    // A large design opened far out: every block measured at the box's guessed size.
    const nodes = Array.from({ length: 12 }, (_, i) => ({
      id: `b${i}`, type: 'block', position: { x: 0, y: 0 }, measured: { ...UNMEASURED_BLOCK },
      data: { kind: 'appServer', label: `App ${i}`, params: {} },
    })) as unknown as FlowNode[];
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `b${i % 3}`, target: n.id })) as unknown as ConnectionFlowEdge[];
    const result = await autoLayout(nodes, edges, direction);
    // Zoomed in, each block takes its real size, here the largest a block grows to.
    const grown = nodes.map((n) => ({ ...n, measured: { ...LARGEST_BLOCK } }));
    const rects = absoluteRects(grown, { ...result, sizes: new Map() });
    for (let i = 0; i < grown.length; i++) {
      for (let j = i + 1; j < grown.length; j++) expect(overlaps(rects.get(`b${i}`)!, rects.get(`b${j}`)!), `b${i} overlaps b${j}`).toBe(false);
    }
  });
});
