import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../shared/estimate';
import { parseDesignFile } from '../../../shared/model/designFile';
import { templates } from '../../../renderer/src/library/templates';

/** What we ship opens clean: every template and example estimates without an error-level warning. */

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'examples');
const exampleFiles = readdirSync(examples).filter((f) => f.endsWith('.envelope.json'));

function errorsOf(design: Parameters<typeof estimate>[0]): string[] {
  return estimate(design).warnings.filter((w) => w.severity === 'error').map((w) => w.message);
}

describe('shipped designs', () => {
  it.each(templates.map((t) => [t.name, t] as const))('template "%s" opens without an error', (_name, t) => {
    expect(errorsOf(t.document)).toEqual([]);
  });

  it('ships the photo-sharing and Twitter-like examples', () => {
    expect(exampleFiles).toEqual(expect.arrayContaining(['photo-sharing.envelope.json', 'twitter-like.envelope.json', 'url-shortener.envelope.json']));
  });

  it.each(exampleFiles)('example %s opens without an error', (file) => {
    const parsed = parseDesignFile(readFileSync(join(examples, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(errorsOf(parsed.design)).toEqual([]);
  });

  it('the photo-sharing example gives the figures docs/estimation.md works out by hand', () => {
    const parsed = parseDesignFile(readFileSync(join(examples, 'photo-sharing.envelope.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    const r = estimate(parsed.design);
    // 57,870.37 views/s * (2,000,000 + 1,000 + 100) B + 578.70 uploads/s * 400 B, * 8 = 926.4 Gbit/s.
    expect(r.totals.egressBitsPerSecond / 1e9).toBeCloseTo(926.4, 1);
    // 100 TB of photos + 50 GB of metadata a day.
    expect(r.totals.storageBytesPerDay / 1e12).toBeCloseTo(100.05, 2);
    const meta = r.blocks.id.indexOf('meta');
    expect(r.blocks.storageNodesNeeded[meta]).toBe(18);
  });
});
