import { describe, expect, it } from 'vitest';
import { blockKinds, defaultParams, validateBlockParams, validateEdgeParams } from '../../../shared/catalog';

describe('validating a block\'s parameters against its kind', () => {
  it('accepts every kind\'s own defaults', () => {
    for (const kind of blockKinds) {
      const result = validateBlockParams(kind.id, defaultParams(kind.params));
      expect(result.ok, kind.id).toBe(true);
    }
  });

  it('fills in defaults for what the user did not set and keeps what they did', () => {
    const result = validateBlockParams('appServer', { instances: 4 });
    expect(result.ok && result.values.instances).toBe(4);
    expect(result.ok && result.values.cores).toBe(64);
    expect(result.ok && 'availability' in result.values).toBe(false);
  });

  it('names the field and the problem when a value is out of range or of the wrong type', () => {
    const low = validateBlockParams('appServer', { instances: 0 });
    expect(low.ok).toBe(false);
    if (!low.ok) {
      expect(low.issues[0]?.path).toBe('params.instances');
      expect(low.issues[0]?.message).toMatch(/at least 1/);
    }
    const fractional = validateBlockParams('sqlDatabase', { replicationFactor: 2.5 });
    expect(!fractional.ok && fractional.issues[0]?.path).toBe('params.replicationFactor');
    const wrongType = validateBlockParams('cache', { cacheHitRatio: 'high' });
    expect(!wrongType.ok && wrongType.issues[0]?.message).toMatch(/Hit ratio/);
    const badChoice = validateBlockParams('webServer', { capacityModel: 'magic' });
    expect(!badChoice.ok && badChoice.issues[0]?.message).toMatch(/cpuBound/);
  });

  it('treats an unknown kind as generic with a warning, and warns about unknown parameters', () => {
    const result = validateBlockParams('teleporter', { instances: 2, colour: 'red' });
    expect(result.ok).toBe(true);
    expect(result.kind.id).toBe('generic');
    expect(result.warnings.join(' ')).toMatch(/unknown block kind "teleporter"/);
    expect(result.warnings.join(' ')).toMatch(/"colour"/);
  });

  it('validates connection parameters', () => {
    expect(validateEdgeParams({ share: 0.3, fanOut: 5, network: 'crossRegion' }).ok).toBe(true);
    const bad = validateEdgeParams({ share: 1.5 });
    expect(!bad.ok && bad.issues[0]?.path).toBe('params.share');
    expect(validateEdgeParams({ appliesTo: 'sometimes' }).ok).toBe(false);
  });
});
