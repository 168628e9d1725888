import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode } from 'fast-png';
import { zlibSync } from 'fflate';
import { renderSvg, renderSvgBands } from '../../../shared/render';
import { adler32, adler32Combine } from '../../../main/export/adler32';
import { rasterize, rasterizeBands } from '../../../main/export/png';
import { loadFixture } from './fixtures';

/** zlib's own Adler-32: the last four bytes of a stored (level 0) zlib stream. */
const zlibAdler = (bytes: Uint8Array): number => {
  const z = zlibSync(bytes, { level: 0 });
  return new DataView(z.buffer, z.byteOffset + z.length - 4).getUint32(0);
};

describe('Adler-32 for PNG bands', () => {
  it('matches zlib, and combining two runs gives the checksum of both', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), fc.uint8Array({ maxLength: 20_000 }), (a, b) => {
        const both = new Uint8Array([...a, ...b]);
        expect(adler32(both)).toBe(zlibAdler(both));
        expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(zlibAdler(both));
        // Running on from the first run's checksum is the same as combining.
        expect(adler32(b, adler32(a))).toBe(zlibAdler(both));
      }),
      { numRuns: 200 },
    );
  });

  it('stays exact past the 5,552 bytes zlib sums before its modulo (all 255s are the worst case)', () => {
    const worst = new Uint8Array(100_000).fill(255);
    expect(adler32(worst)).toBe(zlibAdler(worst));
  });

  it('reads a view that starts off a four-byte boundary, or has a length that is not a multiple of four', () => {
    const bytes = Uint8Array.from({ length: 20_011 }, (_, i) => (i * 7919) % 256);
    for (const offset of [0, 1, 2, 3, 5]) {
      for (const length of [0, 1, 3, 4, 9_999, 20_000 - offset]) {
        const view = bytes.subarray(offset, offset + length);
        expect(adler32(view)).toBe(zlibAdler(view.slice()));
      }
    }
  });
});

describe('a picture cut into bands', () => {
  const design = loadFixture('kitchen-sink');

  it('covers every row once, at the size resvg gives the whole picture', () => {
    for (const scale of [1, 2, 3] as const) {
      const whole = renderSvg(design, { scale, embedDesign: false, embedFonts: false });
      const banded = renderSvgBands(design, { scale }, undefined, 200_000);
      expect(banded.width).toBe(Math.round(whole.width * scale));
      expect(banded.height).toBe(Math.round(whole.height * scale));
      expect(banded.bands.length).toBeGreaterThan(2);
      let next = 0;
      for (const band of banded.bands) {
        expect(band.top).toBe(next);
        next += band.rows;
      }
      expect(next).toBe(banded.height);
    }
  });

  it('puts a block only in the bands its box reaches', () => {
    const banded = renderSvgBands(design, { scale: 1, figures: [] }, undefined, 100_000);
    const whole = renderSvg(design, { scale: 1, figures: [], embedDesign: false, embedFonts: false });
    for (const node of design.nodes.filter((n) => n.kind !== 'note' && !n.groupId)) {
      const inBands = banded.bands.filter((b) => b.svg.includes(`data-id="${node.id}"`));
      expect(inBands.length).toBeGreaterThan(0);
      // A block a few dozen units tall touches at most the bands around it, never all of them.
      expect(inBands.length).toBeLessThan(banded.bands.length);
      const y = node.position.y - whole.originY;
      for (const band of inBands) expect(band.top - 8).toBeLessThan(y + 200);
    }
  });

  it('gives the PNG the whole picture would have, but for anti-aliasing where a path runs past a band', async () => {
    // resvg clips a path to the band it draws, which can shift the anti-aliasing of a few of its
    // pixels; the bands must not show as seams or missing pieces.
    for (const background of ['solid', 'transparent'] as const) {
      const options = { scale: 2 as const, background, embedDesign: false, embedFonts: false };
      const whole = decode(rasterize(renderSvg(design, options).svg, 2));
      const picture = renderSvgBands(design, options, undefined, 150_000);
      expect(picture.bands.length).toBeGreaterThan(10);
      const banded = decode(await rasterizeBands(picture));
      expect([banded.width, banded.height]).toEqual([whole.width, whole.height]);
      const differingInRow = new Array<number>(whole.height).fill(0);
      let far = 0;
      for (let i = 0; i < whole.data.length; i += 4) {
        const gap = Math.max(...[0, 1, 2, 3].map((c) => Math.abs(whole.data[i + c]! - banded.data[i + c]!)));
        if (gap > 0) differingInRow[Math.floor(i / 4 / whole.width)]!++;
        if (gap > 48 && whole.data[i + 3]! > 64) far++;
      }
      const differing = differingInRow.reduce((a, b) => a + b, 0);
      expect(differing / (whole.width * whole.height)).toBeLessThan(0.002);
      // No row (a seam) differs in more than 1 % of its pixels; clearly different pixels are a handful.
      expect(Math.max(...differingInRow)).toBeLessThan(whole.width / 100);
      expect(far).toBeLessThan(10);
    }
  });
});
