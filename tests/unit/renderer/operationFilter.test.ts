import { describe, expect, it } from 'vitest';
import { formatOperationIds, namedOperationIds, operationLabels, parseOperationIds, removeEntry, toggleOperation, unknownOperationIds } from '../../../renderer/src/editor/inspector/operationFilter';

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
    const [read, upload] = ops as [(typeof ops)[0], (typeof ops)[1]];
    expect(toggleOperation(undefined, upload, true)).toBe('op_upload');
    expect(toggleOperation('op_gone,op_read', upload, true)).toBe('op_gone,op_read,op_upload');
    expect(toggleOperation('op_read,op_upload', read, true)).toBe('op_read,op_upload');
    expect(toggleOperation('op_gone,op_read', read, false)).toBe('op_gone');
    // Nothing left: unset, so every operation takes the connection again.
    expect(toggleOperation('op_read', read, false)).toBeUndefined();
    expect(formatOperationIds([])).toBeUndefined();
    // An entry that names the operation by its name is the operation, as the engine reads it.
    expect(toggleOperation('read photo', read, true)).toBe('read photo');
    expect(toggleOperation('Read  Photo,op_upload', read, false)).toBe('op_upload');
  });

  it('reads entries as the engine does, by id or by name, and finds those that name no operation', () => {
    expect([...namedOperationIds('Upload, op_read', ops)].sort()).toEqual(['op_read', 'op_upload']);
    expect(unknownOperationIds('op_read, op_gone,Upload,Uplaod', ops)).toEqual(['op_gone', 'Uplaod']);
    expect(unknownOperationIds(undefined, ops)).toEqual([]);
    expect(removeEntry('Uplaod,op_read', 'Uplaod')).toBe('op_read');
  });

  it('labels operations by name, with the id only where two share a name', () => {
    expect([...operationLabels(ops).values()]).toEqual(['Read photo', 'Upload']);
    const twins = operationLabels([...ops, { id: 'op_upload2', name: 'Upload' }]);
    expect(twins.get('op_upload')).toBe('Upload (op_upload)');
    expect(twins.get('op_upload2')).toBe('Upload (op_upload2)');
    expect(twins.get('op_read')).toBe('Read photo');
  });
});
