import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editableNumber } from '../../../renderer/src/editor/inspector/paramFormat';

describe('a stored parameter in its text box', () => {
  it('is written out in full, never in scientific notation', () => {
    expect(editableNumber(1e-7)).toBe('0.0000001');
    expect(editableNumber(-2.5e-8)).toBe('-0.000000025');
    expect(editableNumber(2e21)).toBe('2000000000000000000000');
    expect(editableNumber(1.2345e22)).toBe('12345000000000000000000');
    expect(editableNumber(0.5)).toBe('0.5');
    expect(editableNumber(16_000)).toBe('16000');
  });

  it('reads back as the very same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = editableNumber(x);
        expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});
