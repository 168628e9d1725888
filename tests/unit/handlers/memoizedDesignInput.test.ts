import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { emptyDesign, type Design } from '../../../shared/model';
import { memoizedSaveDesignInput } from '../../../main/handlers/memoizedDesignInput';

const base = (): Design => ({
  ...emptyDesign('d1', 'Memo'),
  nodes: [0, 1, 2].map((i) => ({ id: `n${i}`, kind: 'appServer', label: `block ${i}`, position: { x: i * 100, y: 0 }, params: { instances: i } })),
  edges: [{ id: 'e1', source: 'n0', target: 'n1', kind: 'sync', label: '', params: {} }],
  groups: [{ id: 'g1', kind: 'region', label: 'EU', position: { x: 0, y: 0 }, size: { width: 100, height: 100 } }],
});

/** Edits an autosave might carry, valid or not: labels of any length, any number, missing or stray fields. */
const edit = fc.oneof(
  fc.record({ list: fc.constantFrom('nodes', 'edges', 'groups'), field: fc.constantFrom('label', 'kind', 'id', 'extra'), value: fc.oneof(fc.string({ maxLength: 600 }), fc.integer(), fc.constant(undefined)) }),
  fc.record({ list: fc.constantFrom('nodes', 'groups'), field: fc.constant('position'), value: fc.record({ x: fc.double(), y: fc.oneof(fc.double(), fc.string()) }) }),
  fc.record({ list: fc.constant('nodes'), field: fc.constant('params'), value: fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.double(), fc.boolean(), fc.object())) }),
  fc.record({ list: fc.constant('top'), field: fc.constantFrom('name', 'schemaVersion'), value: fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 2 })) }),
);

function apply(design: Design, change: { list: string; field: string; value: unknown }, index: number): Design {
  const copy = structuredClone(design) as unknown as Record<string, Record<string, unknown>[] | unknown>;
  if (change.list === 'top') return { ...(copy as unknown as Design), [change.field]: change.value } as Design;
  const list = copy[change.list] as Record<string, unknown>[];
  const target = list[index % list.length]!;
  if (change.value === undefined) delete target[change.field];
  else target[change.field] = change.value;
  return copy as unknown as Design;
}

describe('memoizedSaveDesignInput', () => {
  it('answers like the contract schema over sequences of saves', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(edit, fc.nat(5)), { minLength: 1, maxLength: 8 }), (edits) => {
        const validate = memoizedSaveDesignInput();
        let design = base();
        for (const [change, index] of edits) {
          const next = apply(design, change, index);
          const payload = { id: 'd1', document: next };
          const fast = validate(payload);
          const full = contract.saveDesign.input.safeParse(payload);
          expect(fast.success).toBe(full.success);
          if (fast.success && full.success) {
            expect(fast.data).toEqual(full.data);
            design = next;
          } else if (!fast.success && !full.success) {
            const known = full.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
            for (const issue of fast.error.issues) expect(known).toContain(`${issue.path.join('.')}: ${issue.message}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('validates an element with a stray uncopyable key like the schema does', () => {
    const validate = memoizedSaveDesignInput();
    const design = base();
    (design.nodes[0] as unknown as Record<string, unknown>).onClick = () => undefined;
    const result = validate({ id: 'd1', document: design });
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.document.nodes[0]).not.toHaveProperty('onClick');
  });

  it('never reuses an answer for an element changed in place after it was validated', () => {
    const validate = memoizedSaveDesignInput();
    const design = base();
    expect(validate({ id: 'd1', document: design }).success).toBe(true);
    design.nodes[0]!.label = 'x'.repeat(501);
    const again = validate({ id: 'd1', document: design });
    expect(again.success).toBe(false);
    if (!again.success) expect(again.error.issues[0]?.path).toEqual(['document', 'nodes', 0, 'label']);
  });
});
