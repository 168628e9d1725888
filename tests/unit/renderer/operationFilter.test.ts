import { describe, expect, it } from 'vitest';
import { formatOperationIds, operationLabels, parseOperationIds, toggleOperation, unknownOperationIds } from '../../../renderer/src/editor/inspector/operationFilter';

const ops = [
  { id: 'op_read', name: 'Read photo' },
  { id: 'op_upload', name: 'Upload' },
];

describe('"Only these operations" as a list of operations', () => {
  it('reads the stored ids as the engine does: split on commas, trimmed, blanks dropped', () => {
    expect(parseOperationIds(undefined)).toEqual([]);
    expect(parseOperationIds('')).toEqual([]);
    expect(parseOperationIds(' op_read , ,op_upload,op_read ')).toEqual(['op_read', 'op_upload']);
  });

  it('ticks and unticks one operation, keeping the others where they were', () => {
    expect(toggleOperation(undefined, 'op_upload', true)).toBe('op_upload');
    expect(toggleOperation('op_gone,op_read', 'op_upload', true)).toBe('op_gone,op_read,op_upload');
    expect(toggleOperation('op_read,op_upload', 'op_read', true)).toBe('op_read,op_upload');
    expect(toggleOperation('op_gone,op_read', 'op_read', false)).toBe('op_gone');
    // Nothing left: unset, so every operation takes the connection again.
    expect(toggleOperation('op_read', 'op_read', false)).toBeUndefined();
    expect(formatOperationIds([])).toBeUndefined();
  });

  it('finds ids that name no operation of the workload', () => {
    expect(unknownOperationIds('op_read, op_gone,Upload', ops)).toEqual(['op_gone', 'Upload']);
    expect(unknownOperationIds(undefined, ops)).toEqual([]);
  });

  it('labels operations by name, with the id only where two share a name', () => {
    expect([...operationLabels(ops).values()]).toEqual(['Read photo', 'Upload']);
    const twins = operationLabels([...ops, { id: 'op_upload2', name: 'Upload' }]);
    expect(twins.get('op_upload')).toBe('Upload (op_upload)');
    expect(twins.get('op_upload2')).toBe('Upload (op_upload2)');
    expect(twins.get('op_read')).toBe('Read photo');
  });
});
