import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { createServices } from '../../main/services';
import { designFromPicture } from '../../shared/render';

// exportDesign through the dispatcher both shells use (IPC and the loopback host).

const root = fileURLToPath(new URL('../..', import.meta.url));
const document = JSON.parse(readFileSync(join(root, 'docs', 'examples', 'url-shortener.envelope.json'), 'utf8'));
const services = createServices(mkdtempSync(join(tmpdir(), 'envelope-export-op-')));
afterAll(() => services.close());

type Exported = { fileName: string; mimeType: string; base64: string };

describe('the exportDesign operation', () => {
  it('answers every format with a file name, a type and the bytes', async () => {
    const expected = { svg: ['URL shortener.envelope.svg', 'image/svg+xml'], png: ['URL shortener.envelope.png', 'image/png'], pdf: ['URL shortener.pdf', 'application/pdf'], md: ['URL shortener.md', 'text/markdown'], mermaid: ['URL shortener.mmd', 'text/vnd.mermaid'] };
    for (const [format, [fileName, mimeType]] of Object.entries(expected)) {
      const r = await services.dispatch('exportDesign', { document, options: { format, scale: 1 } });
      expect(r.ok, format).toBe(true);
      const file = (r as { value: Exported }).value;
      expect([file.fileName, file.mimeType]).toEqual([fileName, mimeType]);
      expect(file.base64.length).toBeGreaterThan(100);
    }
  });

  it('gives a PNG that decodes and opens again as the design', async () => {
    const r = await services.dispatch('exportDesign', { document, options: { format: 'png', scale: 1, theme: 'dark', figures: ['peakRps'] } });
    const bytes = new Uint8Array(Buffer.from((r as { value: Exported }).value.base64, 'base64'));
    expect(decode(bytes).width).toBeGreaterThan(500);
    const back = designFromPicture(bytes);
    expect(back.ok && back.design.nodes.length).toBe(9);
  });

  it('refuses options outside the contract with badRequest, naming the field', async () => {
    const r = await services.dispatch('exportDesign', { document, options: { format: 'gif' } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('badRequest');
    expect(!r.ok && r.error.message).toContain('options.format');
    const scale = await services.dispatch('exportDesign', { document, options: { format: 'png', scale: 5 } });
    expect(!scale.ok && scale.error.code).toBe('badRequest');
  });
});
