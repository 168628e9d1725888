// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { renderMermaid } from '../../../shared/render';
import { arbitraryDesign } from './arbitraryDesign';
import { loadFixture, GOLDEN_NAMES } from './fixtures';

// Mermaid's own parser (mermaid.parse), which needs a DOM for its sanitiser: happy-dom here.

describe('Mermaid export', () => {
  it('parses for the fixture designs, numbers in labels or not', async () => {
    for (const name of GOLDEN_NAMES) {
      for (const numbersInLabels of [false, true]) {
        const text = renderMermaid(loadFixture(name), { numbersInLabels });
        await expect(mermaid.parse(text)).resolves.toBeTruthy();
      }
    }
  });

  it('parses for generated designs with hostile labels', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDesign, async (design) => {
        const text = renderMermaid(design, { numbersInLabels: true });
        await expect(mermaid.parse(text)).resolves.toBeTruthy();
        expect(text.split('\n').filter((l) => l.trim().startsWith('subgraph')).length).toBe(design.groups.length);
      }),
      { numRuns: Number(process.env.MERMAID_RUNS ?? 80) },
    );
  }, 120_000);

  it('would catch a broken flowchart (the parser does reject)', async () => {
    await expect(mermaid.parse('flowchart LR\n  n1[[[ -->')).rejects.toThrow();
  });
});
