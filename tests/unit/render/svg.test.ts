import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../shared/render';
import { esc, num } from '../../../shared/render/xml';
import { FIXTURES, GOLDEN_NAMES, loadFixture } from './fixtures';
import { emptyDesign } from '../../../shared/model';
import { parseXml } from './xml';

// Goldens change only on purpose: UPDATE_GOLDEN=1 npx vitest run tests/unit/render/svg.test.ts
const options = (name: string) => ({ embedFonts: false, theme: name === 'kitchen-sink' ? ('dark' as const) : ('light' as const) });

describe('renderSvg', () => {
  for (const name of GOLDEN_NAMES) {
    it(`matches the golden SVG of ${name}`, () => {
      const { svg } = renderSvg(loadFixture(name), options(name));
      const golden = join(FIXTURES, `${name}.golden.svg`);
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, svg);
      expect(svg).toBe(readFileSync(golden, 'utf8'));
    });
  }

  it('gives the same bytes for the same input, and different bytes for a different theme', () => {
    const design = loadFixture('chat-app');
    const a = renderSvg(design).svg;
    const b = renderSvg(structuredClone(design)).svg;
    expect(a).toBe(b);
    expect(renderSvg(design, { theme: 'dark' }).svg).not.toBe(a);
  });

  it('keeps every hostile label as text: no element or CDATA comes out of a label', () => {
    const { svg } = renderSvg(loadFixture('kitchen-sink'));
    const doc = parseXml(svg);
    expect(doc.getElementsByTagName('script').length).toBe(0);
    expect(doc.getElementsByTagName('b').length).toBe(0);
    expect(svg).not.toContain('<![CDATA[');
    expect(svg).not.toContain(']]>');
    const texts = Array.from({ length: doc.getElementsByTagName('text').length }, (_, i) => doc.getElementsByTagName('text').item(i)!.textContent);
    expect(texts).toContain("<script>alert('lb')</script>");
    expect(texts).toContain('API ]]> <![CDATA[ &amp; bell');
    expect(doc.getElementsByTagName('title').item(0)!.textContent).toBe('Kitchen sink <script>alert(1)</script> & "quotes" ]]>');
  });

  it('names every block in a title and aria-label so the picture is searchable and accessible', () => {
    const { svg } = renderSvg(loadFixture('url-shortener'));
    const doc = parseXml(svg);
    const blocks = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'block');
    expect(blocks.map((b) => b.getAttribute('aria-label'))).toContain('URL database (SQL database)');
    expect(blocks.every((b) => b.getElementsByTagName('title').length === 1)).toBe(true);
  });

  it('draws the selection only, and a group brings its contents', () => {
    const design = loadFixture('kitchen-sink');
    const doc = parseXml(renderSvg(design, { selection: ['net'] }).svg);
    const ids = Array.from(doc.getElementsByTagName('g')).map((g) => g.getAttribute('data-id')).filter(Boolean);
    expect(ids).toEqual(['db']);
  });

  it('leaves badges out with figures none, and shows only the chosen ones', () => {
    const design = loadFixture('url-shortener');
    expect(renderSvg(design, { figures: [] }).svg).not.toMatch(/ rps</);
    const some = renderSvg(design, { figures: ['availability'] }).svg;
    expect(some).not.toMatch(/ rps</);
    expect(some).toMatch(/99\.\d+%</);
  });

  it('places blocks where the canvas does: group origins add up', () => {
    const design = loadFixture('kitchen-sink');
    const { svg, originX, originY } = renderSvg(design, { padding: 0 });
    const rect = svg.match(/data-id="db"[^]*?<rect x="([\d.-]+)" y="([\d.-]+)"/)!;
    // db sits at (30, 50) in the network at (20, 280) in the region at (200, 0); the border is drawn 0.5 inside.
    expect([Number(rect[1]), Number(rect[2])]).toEqual([250.5, 330.5]);
    expect(originX).toBeLessThanOrEqual(0);
    expect(originY).toBeLessThanOrEqual(0);
  });

  it('draws an empty design as a small blank picture', () => {
    const { svg, width, height } = renderSvg(emptyDesign('e1', 'Empty'));
    parseXml(svg);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  it('uses solid or transparent backgrounds as asked', () => {
    const design = loadFixture('chat-app');
    const solid = renderSvg(design, { background: 'solid', embedFonts: false }).svg;
    const clear = renderSvg(design, { background: 'transparent', embedFonts: false }).svg;
    expect(solid).toContain('fill="#f7f8fa"/>');
    expect(clear.split('\n').some((l) => l.startsWith('<rect') && l.includes('#f7f8fa'))).toBe(false);
  });
});

describe('xml helpers', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(esc(`<a href="x">'&'</a>\u0000\u001f\ud800`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(esc('emoji 👩‍💻 stays')).toBe('emoji 👩‍💻 stays');
  });
  it('writes numbers without exponents or negative zero', () => {
    expect([num(-0), num(1e-9), num(1234.5678), num(-3.005)]).toEqual(['0', '0', '1234.57', '-3']);
  });
});
