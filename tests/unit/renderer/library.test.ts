import { describe, expect, it } from 'vitest';
import { designOverview } from '../../../renderer/src/library/overview';
import { sortDesigns } from '../../../renderer/src/library/sortDesigns';
import { templates } from '../../../renderer/src/library/templates';
import { changeText } from '../../../renderer/src/editor/history/changeText';
import { emptyDesign, summarizeChange, type Design } from '../../../shared/model';

describe('templates', () => {
  it('are valid designs whose edges and workload entries point at their own blocks', () => {
    expect(templates.map((t) => t.name)).toEqual(['URL shortener', 'Chat app', 'Video upload']);
    for (const { document } of templates) {
      const ids = new Set(document.nodes.map((n) => n.id));
      const groupIds = new Set(document.groups.map((g) => g.id));
      for (const e of document.edges) expect(ids.has(e.source) && ids.has(e.target), `${document.name}: ${e.id}`).toBe(true);
      for (const n of document.nodes) if (n.groupId) expect(groupIds.has(n.groupId)).toBe(true);
      for (const op of document.workload.operations) if (op.entryNodeId) expect(ids.has(op.entryNodeId)).toBe(true);
    }
  });
});

describe('the thumbnail overview', () => {
  const design: Design = {
    ...emptyDesign('d', 'Nested'),
    groups: [
      { id: 'region', kind: 'region', label: 'r', position: { x: 100, y: 100 }, size: { width: 600, height: 400 } },
      { id: 'zone', kind: 'zone', label: 'z', position: { x: 50, y: 50 }, size: { width: 300, height: 200 }, parentId: 'region' },
    ],
    nodes: [
      { id: 'a', kind: 'client', label: 'A', position: { x: 0, y: 0 }, params: {} },
      { id: 'b', kind: 'cache', label: 'B', position: { x: 10, y: 20 }, params: {}, groupId: 'zone' },
    ],
    edges: [
      { id: 'e', source: 'a', target: 'b', kind: 'sync', label: '', params: {} },
      { id: 'dangling', source: 'a', target: 'missing', kind: 'sync', label: '', params: {} },
    ],
  };

  it('places blocks inside nested groups at their absolute canvas position', () => {
    const o = designOverview(design);
    expect(o.groups[1]).toMatchObject({ x: 150, y: 150 });
    expect(o.blocks[1]).toMatchObject({ x: 160, y: 170 });
    // One line (the dangling edge has no target to draw to), from centre to centre.
    expect(o.lines).toHaveLength(1);
    expect(o.lines[0]).toMatchObject({ x1: 90, y1: 32, x2: 250, y2: 202 });
  });

  it('frames everything with a margin, and an empty design still has a view box', () => {
    const { viewBox } = designOverview(design);
    expect(viewBox.x).toBeLessThan(0);
    expect(viewBox.x + viewBox.width).toBeGreaterThan(700);
    expect(designOverview(emptyDesign('e', 'Empty')).viewBox.width).toBeGreaterThan(0);
  });
});

describe('history change text', () => {
  it('counts additions, removals and changes the way the panel says them', () => {
    const before = { nodes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], edges: [{ id: 'e1' }], groups: [] };
    const after = { nodes: [{ id: 'a', label: 'A2' }, { id: 'c' }, { id: 'd' }, { id: 'e' }], edges: [], groups: [] };
    expect(changeText(summarizeChange(before, after))).toBe('+3 blocks, −1 block, −1 edge, 1 changed');
    expect(changeText(summarizeChange(after, after))).toBe('no changes');
    expect(changeText(null)).toBe('');
  });
});

describe('library sorting', () => {
  const d = (name: string, createdAt: string, updatedAt: string) => ({ id: name, name, createdAt, updatedAt, blockCount: 0 });
  const designs = [d('beta', '2025-01-02', '2025-03-01'), d('Alpha 10', '2025-01-03', '2025-02-01'), d('alpha 9', '2025-01-01', '2025-04-01')];

  it('orders by last change, name (natural, case-insensitive) or creation, and filters by name', () => {
    expect(sortDesigns(designs, 'updated').map((x) => x.name)).toEqual(['alpha 9', 'beta', 'Alpha 10']);
    expect(sortDesigns(designs, 'name').map((x) => x.name)).toEqual(['alpha 9', 'Alpha 10', 'beta']);
    expect(sortDesigns(designs, 'created').map((x) => x.name)).toEqual(['Alpha 10', 'beta', 'alpha 9']);
    expect(sortDesigns(designs, 'name', 'ALPHA').map((x) => x.name)).toEqual(['alpha 9', 'Alpha 10']);
    expect(designs.map((x) => x.name)).toEqual(['beta', 'Alpha 10', 'alpha 9']);
  });
});
