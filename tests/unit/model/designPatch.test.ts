import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffDesign, emptyDesign, isEmptyPatch, type Design } from '../../../shared/model';

/** Issue 18, finding 7: the change that leaves with a closing page rebuilds the document it came from. */
const block = (id: string, label: string, x: number): Design['nodes'][number] => ({ id, kind: 'appServer', label, position: { x, y: 0 }, params: {} });

/** A document as a map by id, so element order (new ones are appended) does not matter. */
const byId = (d: Design) => ({
  name: d.name,
  workload: d.workload,
  nodes: Object.fromEntries(d.nodes.map((n) => [n.id, n])),
  edges: Object.fromEntries(d.edges.map((e) => [e.id, e])),
  groups: Object.fromEntries(d.groups.map((g) => [g.id, g])),
});

/** Random edits to a design: relabel, move, add, delete blocks; rename; change the user count. */
const edit = (d: Design, ops: [number, number, number][]): Design => {
  let next: Design = { ...d, nodes: [...d.nodes] };
  for (const [op, i, v] of ops) {
    const at = next.nodes.length ? i % next.nodes.length : 0;
    if (op === 0 && next.nodes[at]) next.nodes[at] = { ...next.nodes[at]!, label: `L${v}` };
    else if (op === 1 && next.nodes[at]) next.nodes[at] = { ...next.nodes[at]!, position: { x: v, y: v } };
    else if (op === 2) next.nodes.push(block(`n${v}x${i}`, 'new', v));
    else if (op === 3) next.nodes.splice(at, 1);
    else if (op === 4) next = { ...next, name: `Name ${v}` };
    else next = { ...next, workload: { ...next.workload, dailyActiveUsers: v } };
  }
  // Ids stay unique, as the editor keeps them.
  const seen = new Set<string>();
  return { ...next, nodes: next.nodes.filter((n) => !seen.has(n.id) && seen.add(n.id)) };
};

const edits = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat(50), fc.nat(1000)), { maxLength: 8 });
const base = (): Design => ({ ...emptyDesign('d1', 'Base'), nodes: Array.from({ length: 12 }, (_, i) => block(`n${i}`, `Block ${i}`, i * 10)) });

describe('design patches', () => {
  it('rebuild the new document from the base', () => {
    fc.assert(
      fc.property(edits, (ops) => {
        const next = edit(base(), ops);
        expect(byId(applyPatch(base(), diffDesign(base(), next)))).toEqual(byId(next));
      }),
    );
  });

  it('rebuild it too when a save sent in between did land first, or did not', () => {
    fc.assert(
      fc.property(edits, edits, (first, second) => {
        const between = edit(base(), first);
        const next = edit(between, second);
        const patch = diffDesign(base(), next, [between]);
        expect(byId(applyPatch(base(), patch))).toEqual(byId(next));
        expect(byId(applyPatch(between, patch))).toEqual(byId(next));
      }),
    );
  });

  it('carry only what changed: one relabelled block of 10,000', () => {
    const big: Design = { ...emptyDesign('d1', 'Big'), nodes: Array.from({ length: 10_000 }, (_, i) => block(`n${i}`, 'x'.repeat(150), i)) };
    const next = { ...big, nodes: big.nodes.map((n, i) => (i === 5_000 ? { ...n, label: 'Renamed' } : { ...n })) };
    const patch = diffDesign(big, next);
    expect(patch).toEqual({ nodes: { put: [next.nodes[5_000]], remove: [] } });
    expect(JSON.stringify(patch).length).toBeLessThan(300);
    expect(JSON.stringify(big).length).toBeGreaterThan(2_000_000);
    expect(isEmptyPatch(diffDesign(big, { ...big, nodes: big.nodes.map((n) => ({ ...n })) }))).toBe(true);
  });
});
