import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffDesign } from '../../shared/model';
import { LibraryHarness, block } from './libraryHarness';

/** Issue 18, finding 7, at the store: the change a closing page sends is applied and checked like a full save. */
let lib: LibraryHarness;
beforeEach(() => (lib = new LibraryHarness()));
afterEach(() => lib.close());

describe('saveDesignChanges', () => {
  it('applies the change since the last save to the stored design', async () => {
    const saved = await lib.design('Changes', ['A', 'B', 'C']);
    const next = { ...saved, name: 'Changed', nodes: [{ ...saved.nodes[0]!, label: 'A2' }, saved.nodes[2]!, block('n9', 'New')] };
    const changes = diffDesign(saved, next);
    expect(JSON.stringify(changes).length).toBeLessThan(JSON.stringify(next).length);
    await lib.call('saveDesignChanges', { id: saved.id, changes });
    const { document, summary } = await lib.call('getDesign', { id: saved.id });
    expect(document.nodes.map((n) => [n.id, n.label])).toEqual([['n0', 'A2'], ['n2', 'C'], ['n9', 'New']]);
    expect(summary).toMatchObject({ name: 'Changed', blockCount: 3 });
  });

  it('refuses a change that would make the design invalid, and keeps the stored one', async () => {
    const saved = await lib.design('Changes', ['A']);
    const failure = await lib.failure('saveDesignChanges', { id: saved.id, changes: { nodes: { put: [{ ...block('n0', 'A'), params: JSON.parse('{"constructor":1}') as object }] } } });
    expect(failure.code).toBe('badRequest');
    expect(failure.message).toContain('"constructor" cannot be used as a name here');
    const bigLabel = { nodes: { put: [block('n0', 'x'.repeat(501))] } };
    expect((await lib.failure('saveDesignChanges', { id: saved.id, changes: bigLabel })).message).toMatch(/a label is at most 500 characters/);
    expect((await lib.call('getDesign', { id: saved.id })).document.nodes[0]?.label).toBe('A');
  });

  it('answers notFound for a design that is gone', async () => {
    const saved = await lib.design('Gone', ['A']);
    await lib.call('deleteDesign', { id: saved.id });
    expect((await lib.failure('saveDesignChanges', { id: saved.id, changes: { name: 'x' } })).code).toBe('notFound');
  });
});
