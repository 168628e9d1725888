import { describe, expect, it } from 'vitest';
import { exportDesign } from '../../../main/export/exportDesign';
import { loadFixture } from './fixtures';

describe('PNG size limit', () => {
  it('refuses a PNG over 32,000 pixels a side with a message that says what to do, before drawing it', async () => {
    const design = loadFixture('url-shortener');
    const far = { ...design, nodes: design.nodes.map((n, i) => (i === 0 ? { ...n, groupId: undefined, position: { x: 40_000, y: 0 } } : n)) };
    await expect(exportDesign(far, { format: 'png', scale: 1 })).rejects.toThrow(/the PNG would be 4\d,\d{3} x \d[\d,]* pixels at 1x, more than Envelope draws.*export SVG or PDF/);
    // The same design as SVG is fine.
    await expect(exportDesign(far, { format: 'svg' })).resolves.toMatchObject({ mimeType: 'image/svg+xml' });
  });
});
