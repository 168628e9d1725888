import { describe, expect, it } from 'vitest';
import type { ReactFlowState } from '@xyflow/react';
import { NO_HANDLES } from '../../../renderer/src/editor/nodes/farPlacement';
import { withoutNeedlessRemeasures } from '../../../renderer/src/editor/nodes/skipRemeasure';

type Lookup = ReactFlowState['nodeLookup'];
type Updates = Parameters<ReactFlowState['updateNodeInternals']>[0];

// `handleBounds: null` stands for none on record (a default parameter would swallow undefined).
const node = (id: string, handles: unknown, size = { width: 184, height: 72 }, handleBounds: unknown = { source: [], target: [] }) =>
  [id, { id, measured: size, internals: { userNode: { id, handles }, handleBounds: handleBounds ?? undefined } }] as const;
const update = (id: string, offsetWidth = 184, offsetHeight = 72) => [id, { id, force: true, nodeElement: { offsetWidth, offsetHeight } }] as const;

describe('skipping needless re-measures', () => {
  it('drops forced measures of far-out blocks whose size React Flow already holds, and keeps every other', () => {
    const lookup = new Map<string, unknown>([
      node('far', NO_HANDLES),
      node('grown', NO_HANDLES),
      node('near', undefined),
      node('ownList', []),
      node('unmeasured', NO_HANDLES, { width: 184, height: 72 }, null),
    ]) as unknown as Lookup;
    const updates = new Map<string, unknown>([update('far'), update('grown', 250, 72), update('near'), update('ownList'), update('unmeasured'), update('gone')]) as unknown as Updates;
    expect([...withoutNeedlessRemeasures(updates, lookup).keys()]).toEqual(['grown', 'near', 'ownList', 'unmeasured', 'gone']);
    // The caller's map is not changed.
    expect(updates.size).toBe(6);
  });

  it('hands back the same map when nothing is dropped', () => {
    const lookup = new Map<string, unknown>([node('near', undefined)]) as unknown as Lookup;
    const updates = new Map<string, unknown>([update('near')]) as unknown as Updates;
    expect(withoutNeedlessRemeasures(updates, lookup)).toBe(updates);
  });
});
