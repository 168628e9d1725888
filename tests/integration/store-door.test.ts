import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryHarness, block } from './libraryHarness';

/**
 * Issue 18, finding 2: what the store acknowledges must open. Parameter names JavaScript reserves
 * were saved with ok and then refused on every read; now the save refuses them, by the same rule.
 */
let lib: LibraryHarness;
beforeEach(() => (lib = new LibraryHarness()));
afterEach(() => lib.close());

describe('one door for what is stored', () => {
  it.each(['constructor', 'prototype', '__proto__'])('refuses a parameter named "%s" on save, and the stored design still opens', async (key) => {
    const design = await lib.design('Door', ['API']);
    const hostile = JSON.parse(`{"id":"${design.id}","document":${JSON.stringify({ ...design, nodes: [{ ...block('n0', 'API'), params: { replicas: 2 } }] }).replace('"replicas":2', `"replicas":2,"${key}":1`)}}`) as unknown;
    const failure = await lib.failure('saveDesign', hostile);
    expect(failure.code).toBe('badRequest');
    expect(failure.message).toContain(`"${key}" cannot be used as a name here`);
    expect(failure.message).toContain('document.nodes.0.params');

    const reopened = await lib.call('getDesign', { id: design.id });
    expect(reopened.document.nodes[0]?.params).toEqual({});
    await lib.call('duplicateDesign', { id: design.id });
    await lib.call('exportDesignFile', { id: design.id });
  });

  it('refuses the same names on connections', async () => {
    const design = await lib.design('Door', ['A', 'B']);
    const edge = { id: 'e1', source: 'n0', target: 'n1', kind: 'sync', label: '', params: JSON.parse('{"constructor":"x"}') as object };
    const failure = await lib.failure('saveDesign', { id: design.id, document: { ...design, edges: [edge] } });
    expect(failure.message).toMatch(/document\.edges\.0\.params.*"constructor" cannot be used/);
  });
});
