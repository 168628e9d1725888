import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { designFromPicture, renderMarkdown, renderSvg } from '../../../shared/render';
import { serializeDesignFile } from '../../../shared/model';
import { exportDesign } from '../../../main/export/exportDesign';
import { arbitraryDesign } from './arbitraryDesign';
import { parseXml } from './xml';

// Every export of any valid design parses with a reader that is not ours: SVG as strict XML
// (xmldom), PNG with fast-png, PDF with pdfjs-dist; SVG and PNG give back the same design.
// Mermaid is parsed by Mermaid itself in mermaid.test.ts (it needs a DOM).

const same = (a: unknown, b: unknown): void => expect(serializeDesignFile(a as never)).toBe(serializeDesignFile(b as never));

describe('exports of generated designs', () => {
  it('SVG is well-formed XML with one group per block, carries the design back, and is deterministic', () => {
    fc.assert(
      fc.property(arbitraryDesign, fc.constantFrom('light', 'dark') as fc.Arbitrary<'light' | 'dark'>, (design, theme) => {
        const { svg } = renderSvg(design, { theme, embedFonts: false });
        const doc = parseXml(svg);
        const blocks = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'block');
        expect(blocks.length).toBe(design.nodes.filter((n) => n.kind !== 'note').length);
        expect(doc.getElementsByTagName('script').length).toBe(0);
        expect(renderSvg(structuredClone(design), { theme, embedFonts: false }).svg).toBe(svg);
        const back = designFromPicture(new TextEncoder().encode(svg));
        expect(back.ok).toBe(true);
        if (back.ok) same(back.design, design);
      }),
      { numRuns: 80 },
    );
  });

  it('Markdown never prints scientific notation', () => {
    fc.assert(
      fc.property(arbitraryDesign, (design) => {
        const md = renderMarkdown(design);
        expect(md).not.toMatch(/\d\.?\d*e[+-]\d/);
        expect(md.startsWith('# ')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('PNG decodes, at the scale asked, and carries the design back', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDesign, fc.constantFrom(1, 2) as fc.Arbitrary<1 | 2>, async (design, scale) => {
        const file = await exportDesign(design, { format: 'png', scale, padding: 8 });
        const png = decode(file.bytes);
        const { width, height } = renderSvg(design, { padding: 8, embedFonts: false, embedDesign: false });
        expect(Math.abs(png.width - width * scale)).toBeLessThanOrEqual(1);
        expect(Math.abs(png.height - height * scale)).toBeLessThanOrEqual(1);
        const back = designFromPicture(file.bytes);
        expect(back.ok).toBe(true);
        if (back.ok) same(back.design, design);
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('PDF opens in pdf.js with the diagram on page 1 and the numbers after', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDesign, async (design) => {
        const file = await exportDesign(design, { format: 'pdf' });
        const pdf = await getDocument({ data: file.bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
        expect(pdf.numPages).toBeGreaterThanOrEqual(2);
        const numbers = await (await pdf.getPage(2)).getTextContent();
        expect(numbers.items.map((i) => ('str' in i ? i.str : '')).join(' ')).toContain('Workload');
        await pdf.destroy();
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
