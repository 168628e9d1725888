import { describe, expect, it } from 'vitest';
import { estimate } from '../../../shared/estimate';
import { compareWorksheet, parseQuantity, practiceDesign, promptById, ratioOf, verdictFor, WORKSHEET_FIGURES } from '../../../shared/practice';

describe('reading a figure as a candidate writes it', () => {
  it.each([
    ['23k', 'rate', 23_000],
    ['1.2M', 'rate', 1_200_000],
    ['12,000 rps', 'rate', 12_000],
    ['3e4', 'rate', 30_000],
    ['20 B', 'rate', 20e9],
    ['40 GB', 'bytes', 40e9],
    ['36.5TB', 'bytes', 36.5e12],
    ['4 TB/day', 'bytes', 4e12],
    ['800', 'bytes', 800],
    ['5 Gbps', 'bitsPerSecond', 5e9],
    ['20 MB/s', 'bitsPerSecond', 160e6],
    ['90 servers', 'count', 90],
  ] as const)('%s as %s is %d', (text, dimension, value) => {
    expect(parseQuantity(text, dimension)).toEqual({ ok: true, value });
  });

  it('says what is wrong with a figure it cannot read, with examples', () => {
    const r = parseQuantity('lots', 'rate');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/not a number.*23k/);
    const unit = parseQuantity('40 furlongs', 'bytes');
    expect(unit.ok).toBe(false);
    if (!unit.ok) expect(unit.error).toMatch(/"furlongs" is not a unit.*GB/);
  });
});

describe('worksheet comparison', () => {
  it('grades by the factor between the two figures: within 2x, within 10x, or off', () => {
    expect(ratioOf(100, 100)).toBe(1);
    expect(ratioOf(50, 100)).toBe(2);
    expect(ratioOf(1000, 100)).toBe(10);
    expect(ratioOf(0, 5)).toBe(Infinity);
    expect(verdictFor(2)).toBe('within2x');
    expect(verdictFor(2.01)).toBe('within10x');
    expect(verdictFor(10)).toBe('within10x');
    expect(verdictFor(10.5)).toBe('off');
  });

  it('compares each figure with the engine’s figure for the same design, whatever the engine returns', () => {
    const prompt = promptById('url-shortener')!;
    const design = { ...practiceDesign(prompt, 'p', 'P'), nodes: prompt.reference.nodes, edges: prompt.reference.edges };
    const totals = estimate(design).totals;
    const rows = compareWorksheet(
      {
        peakRps: { value: String(totals.peakRps * 1.5), work: '1,160 writes/s × 11 × 2' },
        readRps: { value: String(totals.avgReadRps / 5), work: '' },
        writeRps: { value: String(totals.avgWriteRps * 30), work: '' },
        storagePerDay: { value: 'a lot', work: '' },
        cacheMemory: { value: '100 GB', work: '20% of a day of reads' },
      },
      totals,
    );
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(rows.map((r) => r.id)).toEqual(WORKSHEET_FIGURES.map((f) => f.id));
    expect(byId.peakRps).toMatchObject({ verdict: 'within2x', engine: totals.peakRps, work: '1,160 writes/s × 11 × 2' });
    expect(byId.readRps!.verdict).toBe('within10x');
    expect(byId.writeRps!.verdict).toBe('off');
    expect(byId.writeRps!.note).toMatch(/^30x over/);
    expect(byId.storagePerDay!.verdict).toBe('unreadable');
    expect(byId.servers!.verdict).toBe('notGiven');
    expect(byId.cacheMemory).toMatchObject({ verdict: 'noEngineFigure', candidate: 100e9 });
  });
});
