import fc from 'fast-check';
import { DesignSchema, type Design } from '../../../shared/model';

/** Labels that have broken renderers before: markup, CDATA ends, entities, control characters, lone surrogates, Mermaid syntax. */
const NASTY = ['<script>alert(1)</script>', '</title>', ']]>', '<![CDATA[', '&amp;', '"\'', 'a\nb\tc', '\u0000\u0007', '\ud800', '#quot;', '`x`', 'end', 'subgraph', '-->|x|', '--', '%%', '{{x}}', '👩‍💻'];
const label = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...NASTY), fc.string({ maxLength: 12 }));
const KINDS = ['client', 'dns', 'loadBalancer', 'appServer', 'cache', 'sqlDatabase', 'messageQueue', 'blobStore', 'monitoring', 'note', 'notAKind'];

/** Random but valid designs: up to 12 blocks and notes, nested groups, every connection kind. */
export const arbitraryDesign: fc.Arbitrary<Design> = fc
  .record({
    name: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(...NASTY.filter((n) => n.trim() !== ''))),
    nodes: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), label, x: fc.integer({ min: -800, max: 800 }), y: fc.integer({ min: -800, max: 800 }), group: fc.nat(4) }), { maxLength: 12 }),
    groups: fc.array(fc.record({ kind: fc.constantFrom('region', 'zone', 'network'), label, w: fc.integer({ min: 160, max: 900 }), h: fc.integer({ min: 100, max: 700 }), parent: fc.nat(3) }), { maxLength: 3 }),
    edges: fc.array(fc.record({ s: fc.nat(11), t: fc.nat(11), kind: fc.constantFrom('sync', 'async', 'replication'), label }), { maxLength: 16 }),
    users: fc.integer({ min: 0, max: 100_000_000 }),
  })
  .map((r) =>
    DesignSchema.parse({
      id: 'generated',
      name: r.name,
      schemaVersion: 1,
      groups: r.groups.map((g, i) => ({ id: `g${i}`, kind: g.kind, label: g.label, position: { x: 40 * i, y: 30 * i }, size: { width: g.w, height: g.h }, ...(g.parent < i ? { parentId: `g${g.parent}` } : {}) })),
      nodes: r.nodes.map((n, i) => ({
        id: `n${i}`,
        kind: n.kind,
        label: n.label,
        position: { x: n.x, y: n.y },
        params: {},
        ...(n.group < r.groups.length ? { groupId: `g${n.group}` } : {}),
        ...(n.kind === 'note' ? { size: { width: 200, height: 120 } } : {}),
      })),
      edges: r.edges.filter((e) => e.s < r.nodes.length && e.t < r.nodes.length).map((e, i) => ({ id: `e${i}`, source: `n${e.s}`, target: `n${e.t}`, kind: e.kind, label: e.label, params: {} })),
      workload: { dailyActiveUsers: r.users, operations: [{ id: 'op', name: 'Use', requestsPerUserPerDay: 5 }] },
    }),
  );
