import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import type { EstimateResultJson } from '../../shared/estimate/json';

let dir: string;
let services: Services;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'envelope-estimate-'));
  services = createServices(dir);
});
afterAll(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

const sample = () => JSON.parse(readFileSync(join(__dirname, '../../docs/examples/url-shortener.envelope.json'), 'utf8')) as Record<string, unknown>;

describe('the estimate operation', () => {
  it('estimates a design and returns plain JSON columns', async () => {
    const result = await services.dispatch('estimate', { document: sample() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as EstimateResultJson;
    expect(value.totals.peakRps).toBeGreaterThan(value.totals.avgRps);
    expect(Array.isArray(value.blocks.peakRps)).toBe(true);
    // JSON round trip keeps every figure (typed arrays would have become objects).
    expect(JSON.parse(JSON.stringify(value)).blocks.peakRps).toEqual(value.blocks.peakRps);
  });

  it('answers an invalid design with the field and the problem, and runs no estimate', async () => {
    const doc = sample();
    (doc.workload as { dailyActiveUsers: number }).dailyActiveUsers = -5;
    const result = await services.dispatch('estimate', { document: doc });
    expect(result).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    if (!result.ok) expect(result.error.message).toMatch(/document\.workload\.dailyActiveUsers: daily active users cannot be negative/);
  });
});
