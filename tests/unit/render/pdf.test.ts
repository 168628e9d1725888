import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../shared/render';
import { exportDesign } from '../../../main/export/exportDesign';
import { loadFixture } from './fixtures';
import { markdownTable, pdfNumbersText, section } from './reportText';

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

  it('of a selection cover the selected blocks only, as the Markdown report of it does', async () => {
    const kitchen = loadFixture('kitchen-sink');
    const selection = ['db', 'mystery'];
    const runs = await pdfNumbersText((await exportDesign(kitchen, { format: 'pdf', selection })).bytes);
    const md = renderMarkdown(kitchen, { selection });
    const blocks = section(runs, 'Blocks', 'Warnings');
    expect(blocks).toBe(markdownTable(md, 'Blocks').flat().join(' '));
    expect(blocks).toContain('Orders DB SQL database');
    expect(blocks).toContain('Mystery box unknown (quantumThing)');
    for (const other of ['Users', 'Events', 'Load balancer', 'Application server']) expect(blocks).not.toContain(other);
    expect(section(runs, 'Summary', 'Blocks')).toContain("Blocks in this report 2 of 6; the other figures here are the whole design's");
    const warnings = runs.slice(runs.indexOf('Warnings') + 1).join(' ');
    expect(warnings).toContain('"Mystery box" has the unknown kind');
  });
});

