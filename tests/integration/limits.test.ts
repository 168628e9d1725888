import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { createHost, listen } from '../../main/host/server';
import { readDesignFile } from '../../main/files/designFile';
import { DESIGN_LIMITS, MAX_DESIGN_FILE_BYTES, MAX_DOCUMENT_BYTES, MAX_REQUEST_BYTES } from '../../shared/api/limits';
import { emptyDesign, type Design } from '../../shared/model';

/**
 * Issue 18, finding 3: the limits agree end to end. The largest design the contract allows (every
 * block it may hold, labels filling the stored size, written with the character that grows most
 * in a file) is saved over HTTP, exported, written to disk, read back and imported again.
 */
let dir: string;
let services: Services;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'envelope-limits-'));
  mkdirSync(join(dir, 'renderer'));
  services = createServices(join(dir, 'data'));
  server = createHost({ dispatch: services.dispatch, rendererDir: join(dir, 'renderer'), port: 0 });
  port = await listen(server, 0);
});
afterAll(() => {
  server.close();
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(operation: string, input: unknown): Promise<{ status: number; result: { ok: boolean; value?: never; error?: { code: string; message: string } } }> {
  const body = JSON.stringify(input);
  expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  const response = await fetch(`http://127.0.0.1:${port}/api/${operation}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  return { status: response.status, result: (await response.json()) as never };
}

const bytes = (document: Design): number => Buffer.byteLength(JSON.stringify(document));

/**
 * All 50,000 blocks, each with 36 small parameters (an indented file grows most on those: the old
 * export wrote this design as a 53 MB file its importer refused) and a label of U+FFFD (3 bytes
 * stored, 6 in a file, the most any character grows), topped up with plain text so the stored JSON
 * is exactly the limit plus `extra`.
 */
function largestDesign(id: string, extra = 0): Design {
  const params = Object.fromEntries(Array.from({ length: 36 }, (_, i) => [`p${i}`, i % 10]));
  const label = '\uFFFD'.repeat(40);
  const nodes = Array.from({ length: DESIGN_LIMITS.blocks }, (_, i): Design['nodes'][number] => ({ id: `b${i}`, kind: 'appServer', label, position: { x: i, y: -i }, params }));
  const filled = { ...emptyDesign(id, 'Largest'), nodes };
  let left = MAX_DOCUMENT_BYTES - bytes(filled) + extra;
  expect(left).toBeGreaterThan(0);
  // Top up over as many labels as it takes (each holds at most 500 characters).
  for (let i = 0; left > 0 && i < nodes.length; i++) {
    const add = Math.min(500 - label.length, left);
    nodes[i] = { ...nodes[i]!, label: label + 'x'.repeat(add) };
    left -= add;
  }
  return filled;
}

describe('limits that agree end to end', () => {
  it('the largest design the contract allows saves, exports to a file within the file limit, and imports again', async () => {
    const created = await post('createDesign', { name: 'Largest' });
    const id = (created.result.value as unknown as { summary: { id: string } }).summary.id;
    const design = largestDesign(id);
    expect(bytes(design)).toBe(MAX_DOCUMENT_BYTES);

    const saved = await post('saveDesign', { id, document: design });
    expect(saved.result.error).toBeUndefined();
    expect(saved.status).toBe(200);

    const exported = await post('exportDesignFile', { id });
    const { text } = exported.result.value as unknown as { text: string };
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_DESIGN_FILE_BYTES);

    const path = join(dir, 'largest.envelope.json');
    writeFileSync(path, text);
    expect(statSync(path).size).toBeLessThanOrEqual(MAX_DESIGN_FILE_BYTES);
    const fromDisk = await readDesignFile(path);
    expect(fromDisk.ok && fromDisk.design.nodes.length).toBe(DESIGN_LIMITS.blocks);

    const imported = await post('importDesignFile', { fileName: 'largest.envelope.json', text });
    expect(imported.result.error).toBeUndefined();
    const importedId = (imported.result.value as unknown as { summary: { id: string } }).summary.id;
    const reopened = await post('getDesign', { id: importedId });
    const document = (reopened.result.value as unknown as { document: Design }).document;
    expect(document.nodes).toHaveLength(DESIGN_LIMITS.blocks);
    expect(document.nodes.map((n) => n.label)).toEqual(design.nodes.map((n) => n.label));
  }, 120_000);

  it('a design one byte over is refused on save with a message naming the limit, and the stored one is kept', async () => {
    const created = await post('createDesign', { name: 'Over' });
    const id = (created.result.value as unknown as { summary: { id: string } }).summary.id;
    const over = largestDesign(id, 1);
    expect(bytes(over)).toBe(MAX_DOCUMENT_BYTES + 1);
    const saved = await post('saveDesign', { id, document: over });
    expect(saved.status).toBe(400);
    expect(saved.result.error?.message).toMatch(/the design is 25,000,001 bytes as JSON; Envelope keeps designs up to 25 MB, so that each one fits a design file \(50 MB\)/);
    const kept = await post('getDesign', { id });
    expect((kept.result.value as unknown as { document: Design }).document.nodes).toEqual([]);
  }, 120_000);
});
