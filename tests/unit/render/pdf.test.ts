import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../shared/render';
import { exportDesign } from '../../../main/export/exportDesign';
import { loadFixture } from './fixtures';
import { markdownTable, pdfNumbersText, section } from './pdfText';

// The PDF's numbers pages print the Markdown report's tables: the same rows, cell for cell.

describe("the PDF's tables", () => {
  const design = loadFixture('url-shortener');

  it('are the tables of the Markdown report: a DNS block is managed, a store counts the nodes its data needs', async () => {
    const runs = await pdfNumbersText((await exportDesign(design, { format: 'pdf' })).bytes);
    const md = renderMarkdown(design);
    const text = (heading: string) => markdownTable(md, heading).flat().join(' ');
    expect(section(runs, 'Summary', 'Blocks')).toBe(text('Summary'));
    const blocks = section(runs, 'Blocks', 'Warnings');
    expect(blocks).toBe(text('Blocks'));
    // What the tester saw: "2/0" for both, where the app says "managed" and "2 / 1".
    expect(blocks).toContain('DNS Domain Name System 2,315 requests/s managed — — 99.99%');
    expect(blocks).toContain('Monitoring Service monitoring 0 requests/s 2 / 1');
  });
});
