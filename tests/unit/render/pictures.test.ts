import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designFromPicture, embedDesignInPng, renderSvg } from '../../../shared/render';
import { crc32 } from '../../../shared/render/png';
import { serializeDesignFile } from '../../../shared/model';
import { rasterize } from '../../../main/export/png';
import { loadFixture } from './fixtures';
import { EXPECTED } from '../../fixtures/bad-pictures/expected';

const BAD = join(__dirname, '../../fixtures/bad-pictures');


describe('opening pictures', () => {
  it('has every corpus file listed, and refuses each with its own message', () => {
    const files = readdirSync(BAD).filter((f) => /\.(png|svg)$/.test(f)).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    for (const file of files) {
      const result = designFromPicture(new Uint8Array(readFileSync(join(BAD, file))));
      expect(result.ok, file).toBe(false);
      if (!result.ok) expect(result.message, file).toContain(EXPECTED[file]);
    }
  });

  it('refuses a design chunk of 60 MB without inflating or checking it', () => {
    const png = rasterize(renderSvg(loadFixture('url-shortener'), { embedFonts: false, embedDesign: false, figures: [] }).svg, 1);
    const size = 60_000_000;
    const chunk = new Uint8Array(12 + size);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, size);
    chunk.set([105, 84, 88, 116], 4); // iTXt
    view.setUint32(8 + size, crc32(chunk, 4, 8 + size));
    const big = new Uint8Array(png.length + chunk.length);
    big.set(png.subarray(0, png.length - 12));
    big.set(chunk, png.length - 12);
    big.set(png.subarray(png.length - 12), png.length - 12 + chunk.length);
    const result = designFromPicture(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("the PNG's iTXt chunk is 60.0 MB, over the 50 MB a design may take");
  });

  it('round-trips the design through SVG and PNG, byte for byte as a design file', () => {
    for (const name of ['url-shortener', 'kitchen-sink']) {
      const design = loadFixture(name);
      const text = serializeDesignFile(design);
      const svg = designFromPicture(new TextEncoder().encode(renderSvg(design).svg));
      const png = designFromPicture(embedDesignInPng(rasterize(renderSvg(design, { embedDesign: false, embedFonts: false }).svg, 1), text));
      for (const back of [svg, png]) {
        expect(back.ok).toBe(true);
        if (back.ok) expect(serializeDesignFile(back.design)).toBe(text);
      }
    }
  });

  it('replaces the design chunk when a picture is embedded twice', () => {
    const design = loadFixture('chat-app');
    const png = rasterize(renderSvg(design, { embedDesign: false, embedFonts: false }).svg, 1);
    const twice = embedDesignInPng(embedDesignInPng(png, serializeDesignFile({ ...design, name: 'Old' })), serializeDesignFile(design));
    const back = designFromPicture(twice);
    expect(back.ok && back.design.name).toBe('Chat app');
  });
});
