import { describe, expect, it } from 'vitest';
import { getBlockKind } from '../../../shared/catalog';
import { estimate } from '../../../shared/estimate';
import { blockAutoValues } from '../../../renderer/src/editor/inspector/blockAuto';
import { emptyDesign, type Design } from '../../../shared/model';

const kind = (id: string) => getBlockKind(id)!;

describe("the inspector's write consistency when unset", () => {
  it('follows the copies the store keeps: a quorum of 3 or more, one of fewer', () => {
    expect(blockAutoValues(kind('sqlDatabase'), {}).writeConsistency?.text).toBe('Quorum, 3 copies');
    expect(blockAutoValues(kind('sqlDatabase'), { replicationFactor: 2 }).writeConsistency?.text).toBe('One, 2 copies');
    expect(blockAutoValues(kind('sqlDatabase'), { replicationFactor: 1 }).writeConsistency?.text).toBe('One, 1 copy');
    expect(blockAutoValues(kind('sqlDatabase'), { replicationFactor: 5 }).writeConsistency?.text).toBe('Quorum, 5 copies');
    // Logging keeps two copies by its kind's default.
    expect(blockAutoValues(kind('logging'), {}).writeConsistency?.text).toBe('One, 2 copies');
    // An invalid value is estimated at the kind's default (3 copies), and so it reads.
    expect(blockAutoValues(kind('sqlDatabase'), { replicationFactor: 0 }).writeConsistency?.text).toBe('Quorum, 3 copies');
    expect(blockAutoValues(kind('sqlDatabase'), { replicationFactor: 2.5 }).writeConsistency?.text).toBe('Quorum, 3 copies');
    // A kind without copies has nothing to say.
    expect(blockAutoValues(kind('appServer'), {})).toEqual({});
  });

  it('says what the engine uses: the availability of a two-copy store is that of writing one copy', () => {
    // Worked by hand: one copy of 0.99 must be up for a write with "one": 1 - 0.01^2 = 0.9999 for
    // two copies; with "quorum" (both of two) it would be 0.99^2 = 0.9801.
    const design: Design = {
      ...emptyDesign('d', 'Two copies'),
      nodes: [
        { id: 'u', kind: 'client', label: 'Users', position: { x: 0, y: 0 }, params: {} },
        { id: 'db', kind: 'sqlDatabase', label: 'DB', position: { x: 300, y: 0 }, params: { replicationFactor: 2, availability: 0.99 } },
        { id: 'q', kind: 'sqlDatabase', label: 'Q', position: { x: 300, y: 200 }, params: { replicationFactor: 2, availability: 0.99, writeConsistency: 'quorum' } },
      ],
      edges: [
        { id: 'e1', source: 'u', target: 'db', kind: 'sync', label: '', params: {} },
        { id: 'e2', source: 'u', target: 'q', kind: 'sync', label: '', params: {} },
      ],
    };
    design.workload.operations = [{ id: 'w', name: 'Write', requestsPerUserPerDay: 1, requestBytes: 100, responseBytes: 100, payloadMix: [], writes: true }];
    const r = estimate(design);
    const at = (id: string) => r.blocks.blockAvailability[r.blocks.id.indexOf(id)]!;
    expect(blockAutoValues(kind('sqlDatabase'), { replicationFactor: 2 }).writeConsistency?.text).toMatch(/^One/);
    expect(at('db')).toBeCloseTo(0.9999, 6);
    expect(at('q')).toBeCloseTo(0.9801, 6);
  });
});
