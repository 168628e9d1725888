import { describe, expect, it } from 'vitest';
import { emptyDesign, restoreDesign, type DesignGroup } from '../../../shared/model';

const group = (id: string, parentId?: string): DesignGroup => ({
  id,
  kind: 'region',
  label: id,
  position: { x: 0, y: 0 },
  size: { width: 100, height: 100 },
  ...(parentId ? { parentId } : {}),
});

/** A document as a file or a database row holds it: text through the one door. */
function restore(groups: DesignGroup[]) {
  const result = restoreDesign(JSON.stringify({ ...emptyDesign('d1', 'Groups'), groups }));
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Every group's chain of parents ends (no cycle, no self-parent, no missing parent). */
function chainsEnd(groups: DesignGroup[]): boolean {
  const byId = new Map(groups.map((g) => [g.id, g]));
  return groups.every((g) => {
    const seen = new Set<string>();
    for (let c: DesignGroup | undefined = g; c; c = c.parentId ? byId.get(c.parentId) : undefined) {
      if (seen.has(c.id)) return false;
      seen.add(c.id);
      if (c.parentId !== undefined && !byId.has(c.parentId)) return false;
    }
    return true;
  });
}

describe('group repairs (issue 18, finding 6)', () => {
  it('drops a second group with an id already used, and says so', () => {
    const { design, repairs } = restore([group('r1'), group('r1'), group('r2')]);
    expect(design.groups.map((g) => g.id)).toEqual(['r1', 'r2']);
    expect(repairs).toEqual(['dropped a second group with the id "r1"']);
  });

  it('frees a group that is its own parent', () => {
    const { design, repairs } = restore([group('r1', 'r1')]);
    expect(design.groups[0]?.parentId).toBeUndefined();
    expect(repairs).toEqual(['group "r1" was its own parent; it now stands alone']);
  });

  it('breaks a cycle of parents at one link and names the groups on it', () => {
    const { design, repairs } = restore([group('a', 'c'), group('b', 'a'), group('c', 'b'), group('d', 'a')]);
    expect(chainsEnd(design.groups)).toBe(true);
    expect(design.groups.filter((g) => g.parentId === undefined)).toHaveLength(1);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]).toMatch(/closed a cycle of parent groups \("a", "c", "b"\); it now stands alone/);
    // The group outside the cycle keeps its parent.
    expect(design.groups.find((g) => g.id === 'd')?.parentId).toBe('a');
  });

  it('frees a group whose parent is missing', () => {
    const { design, repairs } = restore([group('a', 'ghost')]);
    expect(design.groups[0]?.parentId).toBeUndefined();
    expect(repairs[0]).toMatch(/missing parent group "ghost"/);
  });

  it('leaves a sound hierarchy alone', () => {
    const { design, repairs } = restore([group('a'), group('b', 'a'), group('c', 'b')]);
    expect(repairs).toEqual([]);
    expect(design.groups.map((g) => g.parentId)).toEqual([undefined, 'a', 'b']);
  });

  it('ends every chain for any parent links at all', () => {
    // Deterministic pseudo-random parent graphs, cycles of every length included.
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const count = 1 + next(12);
      const groups = Array.from({ length: count }, () => group(`g${next(count + 2)}`, next(3) === 0 ? undefined : `g${next(count + 1)}`));
      expect(chainsEnd(restore(groups).design.groups), `round ${round}`).toBe(true);
    }
  });
});
