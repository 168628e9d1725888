import { describe, expect, it } from 'vitest';
import { isFarZoom, withFarBoxSizes } from '../../../renderer/src/editor/zoomDetail';
import { UNMEASURED_BLOCK } from '../../../renderer/src/editor/nodes/blockBox';

describe('opening far out', () => {
  it('gives never-measured blocks the size their far box is drawn at, and leaves the rest alone', () => {
    type N = { id: string; type: string; measured?: { width?: number; height?: number } };
    const measured: N = { id: 'a', type: 'block', measured: { width: 236, height: 66 } };
    const fresh: N = { id: 'b', type: 'block' };
    const note: N = { id: 'c', type: 'note' };
    const out = withFarBoxSizes([measured, fresh, note]);
    expect(out[0]).toBe(measured);
    expect(out[1]!.measured).toEqual(UNMEASURED_BLOCK);
    expect(out[2]).toBe(note);
    expect(fresh).not.toHaveProperty('measured');
  });

  it('calls under 35 % far', () => {
    expect(isFarZoom(0.34)).toBe(true);
    expect(isFarZoom(0.35)).toBe(false);
  });
});
