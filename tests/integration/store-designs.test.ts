import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';

let dir: string;
let services: Services;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envelope-lib-'));
  services = createServices(dir);
});
afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = async <T>(op: string, payload: unknown): Promise<T> => {
  const result = await services.dispatch(op, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

describe('the design library through dispatch', () => {
  it('creates, saves, renames, duplicates and deletes', async () => {
    const created = await call<{ summary: { id: string }; document: { id: string; nodes: unknown[] } }>('createDesign', { name: 'Chat' });
    const id = created.summary.id;
    const document = { ...created.document, nodes: [{ id: 'n1', kind: 'client', label: 'Users', position: { x: 1, y: 2 }, params: {} }] };
    await call('saveDesign', { id, document });
    await call('renameDesign', { id, name: 'Chat app' });
    const copy = await call<{ id: string; name: string; blockCount: number }>('duplicateDesign', { id });
    expect(copy).toMatchObject({ name: 'Chat app (copy)', blockCount: 1 });
    expect(copy.id).not.toBe(id);

    const loaded = await call<{ document: { name: string; nodes: { label: string }[] } }>('getDesign', { id });
    expect(loaded.document.name).toBe('Chat app');
    expect(loaded.document.nodes[0]?.label).toBe('Users');

    await call('deleteDesign', { id });
    const list = await call<{ id: string }[]>('listDesigns', {});
    expect(list.map((d) => d.id)).toEqual([copy.id]);
    const gone = await services.dispatch('getDesign', { id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('reports a damaged stored document by name and keeps the library usable', async () => {
    const created = await call<{ summary: { id: string } }>('createDesign', { name: 'Damaged' });
    const good = await call<{ summary: { id: string } }>('createDesign', { name: 'Fine' });
    const cases: [string, RegExp][] = [
      ['{"id":"x","name":"Damaged","schemaVersion":1,"nodes":[', /not valid JSON/],
      ['{"id":"x","name":"Damaged","schemaVersion":1,"nodes":"many","edges":[]}', /nodes: .*expected array/],
      ['{"id":"x","name":"Damaged","schemaVersion":7,"nodes":[],"edges":[]}', /schemaVersion 7.*newer Envelope/],
    ];
    for (const [text, message] of cases) {
      services.db.prepare('UPDATE designs SET document = ? WHERE id = ?').run(text, created.summary.id);
      const result = await services.dispatch('getDesign', { id: created.summary.id });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toMatch(message);
        expect(result.error.message).toContain('"Damaged"');
      }
      // The stored copy is untouched and other designs still open.
      const row = services.db.prepare('SELECT document FROM designs WHERE id = ?').get(created.summary.id) as { document: string };
      expect(row.document).toBe(text);
      expect((await services.dispatch('getDesign', { id: good.summary.id })).ok).toBe(true);
      expect((await call<unknown[]>('listDesigns', {})).length).toBe(2);
    }
  });

  it('answers a payload that fails the contract with badRequest naming the field', async () => {
    const result = await services.dispatch('createDesign', { name: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    if (!result.ok) expect(result.error.message).toMatch(/name: a design needs a name/);
    expect(await call<unknown[]>('listDesigns', {})).toHaveLength(0);
  });
});
