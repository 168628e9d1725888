import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyDesign, restoreDesign } from '../../../shared/model';

const valid = () => ({
  ...emptyDesign('d1', 'Design'),
  nodes: [
    { id: 'a', kind: 'client', label: 'Users', position: { x: 0, y: 0 }, params: {} },
    { id: 'b', kind: 'appServer', label: 'API', position: { x: 200, y: 0 }, params: { replicas: 3 } },
  ],
  edges: [{ id: 'e1', source: 'a', target: 'b', kind: 'sync' as const, label: '', params: {} }],
});

describe('restoreDesign', () => {
  it('accepts a valid document and fills defaults', () => {
    const { groups: _g, workload: _w, ...bare } = valid();
    const result = restoreDesign(JSON.stringify(bare));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.design.groups).toEqual([]);
      expect(result.design.workload.dailyActiveUsers).toBeGreaterThan(0);
      expect(result.repairs).toEqual([]);
    }
  });

  it.each([
    ['', /empty/],
    ['{"id":"d1","name":"x","nodes":[{"id":', /not valid JSON/],
    ['[1,2,3]', /must be a JSON object/],
    ['{"id":"d1","name":"x","schemaVersion":1,"nodes":[{"id":"a","kind":"client","label":5,"position":{"x":0,"y":0}}],"edges":[]}', /nodes\.0\.label/],
    [`{"id":"d1","name":"x","schemaVersion":${CURRENT_SCHEMA_VERSION + 1},"nodes":[],"edges":[]}`, /newer Envelope/],
    ['{"id":"d1","name":"x","schemaVersion":"one","nodes":[],"edges":[]}', /schemaVersion must be a whole number/],
    ['{"id":"d1","name":"x","schemaVersion":1,"nodes":[],"edges":[],"__proto__":{"polluted":true}}', /forbidden key "__proto__"/],
    ['{"id":"d1","name":"x","schemaVersion":1,"nodes":[],"edges":[],"\\u005f_proto__":{"polluted":true}}', /forbidden key "__proto__"/],
    [`{"id":"d1","name":"x","nodes":${'['.repeat(65)}${']'.repeat(65)}}`, /nested more than 64 levels/],
    [`{"id":"d1","name":"x","nodes":[${'{},'.repeat(50_000)}{}],"edges":[]}`, /50,001 blocks; a design holds at most 50,000/],
    ['{"id":"d1","name":"x","schemaVersion":1,"nodes":[{"id":"a","kind":"client","label":"","position":{"x":1e400,"y":0}}],"edges":[]}', /nodes\.0\.position\.x/],
  ])('refuses %s with a message naming the problem', (text, message) => {
    const result = restoreDesign(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('migrates a version-0 document (blocks/links) to the current version', () => {
    const result = restoreDesign({ id: 'd0', name: 'Old', blocks: valid().nodes, links: valid().edges });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.migratedFrom).toBe(0);
      expect(result.design.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(result.design.nodes).toHaveLength(2);
    }
  });

  it('repairs dangling edges, duplicate ids and missing groups, and says so', () => {
    const doc = valid();
    doc.nodes.push({ ...doc.nodes[0]!, label: 'dupe' });
    (doc.nodes[1] as { groupId?: string }).groupId = 'nowhere';
    doc.edges.push({ id: 'e2', source: 'a', target: 'ghost', kind: 'sync', label: '', params: {} });
    const result = restoreDesign(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.design.nodes).toHaveLength(2);
      expect(result.design.edges.map((e) => e.id)).toEqual(['e1']);
      expect(result.design.nodes[1]?.groupId).toBeUndefined();
      expect(result.repairs).toHaveLength(3);
    }
  });
});
