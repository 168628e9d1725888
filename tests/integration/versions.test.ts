import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTO_CHECKPOINT_INTERVAL_MS, MAX_AUTO_VERSIONS } from '../../main/store/versions';
import { block, LibraryHarness } from './libraryHarness';

let lib: LibraryHarness;
beforeEach(() => {
  lib = new LibraryHarness();
});
afterEach(() => lib.close());

const labels = (doc: { nodes: { label: string }[] }): string[] => doc.nodes.map((n) => n.label);

describe('version history', () => {
  it('restores a named version as a new version, keeping the later state in history', async () => {
    const first = await lib.design('Shop', ['Users', 'API']);
    const named = await lib.call('saveVersion', { designId: first.id, label: '  Before the cache  ' });
    expect(named).toMatchObject({ kind: 'named', label: 'Before the cache' });

    lib.advanceMinutes(1);
    await lib.save({ ...first, nodes: [...first.nodes, block('n2', 'Cache')] });
    const { design, checkpoint, restored } = await lib.call('restoreVersion', { designId: first.id, versionId: named.id });

    expect(labels(design.document)).toEqual(['Users', 'API']);
    expect(labels((await lib.call('getDesign', { id: first.id })).document)).toEqual(['Users', 'API']);
    expect(restored).toMatchObject({ kind: 'restore', restoredFrom: named.id, label: 'Before the cache' });
    // The state that was current before the restore is a version of its own, and can be previewed.
    expect(checkpoint).not.toBeNull();
    const later = await lib.call('getVersion', { designId: first.id, versionId: checkpoint!.id });
    expect(labels(later.document)).toEqual(['Users', 'API', 'Cache']);

    const history = await lib.call('listVersions', { designId: first.id });
    expect(history.map((v) => v.kind)).toEqual(['restore', 'auto', 'named', 'auto']);
    expect(history[0]!.summary).toEqual({ blocks: { added: 0, removed: 1, changed: 0 }, edges: { added: 0, removed: 0, changed: 0 }, groups: { added: 0, removed: 0, changed: 0 } });
    expect(history[1]!.summary?.blocks).toEqual({ added: 1, removed: 0, changed: 0 });
  });

  it('summarises additions, removals and changes of blocks, connections and groups', async () => {
    const doc = await lib.design('Diff', ['A', 'B', 'C']);
    const withEdge = { ...doc, edges: [{ id: 'e1', source: 'n0', target: 'n1', kind: 'sync' as const, label: '', params: {} }] };
    await lib.save(withEdge);
    const v1 = await lib.call('saveVersion', { designId: doc.id, label: 'one' });
    expect(v1.summary).toEqual({ blocks: { added: 3, removed: 0, changed: 0 }, edges: { added: 1, removed: 0, changed: 0 }, groups: { added: 0, removed: 0, changed: 0 } });

    await lib.save({
      ...withEdge,
      nodes: [{ ...doc.nodes[0]!, label: 'A renamed' }, { ...doc.nodes[1]!, position: { x: 5, y: 5 } }, block('n9', 'New'), block('n8', 'Newer')],
      edges: [{ ...withEdge.edges[0]!, kind: 'async' }],
      groups: [{ id: 'g1', kind: 'region', label: 'EU', position: { x: 0, y: 0 }, size: { width: 10, height: 10 } }],
    });
    const v2 = await lib.call('saveVersion', { designId: doc.id, label: 'two' });
    expect(v2.summary).toEqual({ blocks: { added: 2, removed: 1, changed: 2 }, edges: { added: 0, removed: 0, changed: 1 }, groups: { added: 1, removed: 0, changed: 0 } });
  });

  it('checkpoints automatically once the newest version is older than the interval', async () => {
    const doc = await lib.design('Auto', ['A']);
    // The first save of a design with no history keeps the state it replaced.
    let history = await lib.call('listVersions', { designId: doc.id });
    expect(history.map((v) => [v.kind, v.summary?.blocks.added])).toEqual([['auto', 0]]);

    for (let i = 0; i < 5; i++) {
      lib.advanceMinutes(0.5);
      await lib.save({ ...doc, nodes: [block('n0', `A${i}`)] });
    }
    expect(await lib.call('listVersions', { designId: doc.id })).toHaveLength(1);

    lib.advanceMinutes(AUTO_CHECKPOINT_INTERVAL_MS / 60_000);
    await lib.save({ ...doc, nodes: [block('n0', 'A after the break')] });
    history = await lib.call('listVersions', { designId: doc.id });
    expect(history).toHaveLength(2);
    // The checkpoint holds the state before this save: the last edit of the earlier session.
    expect(labels((await lib.call('getVersion', { designId: doc.id, versionId: history[0]!.id })).document)).toEqual(['A4']);
  });

  it('keeps the newest automatic checkpoints up to the cap and every named version', async () => {
    const doc = await lib.design('Many', ['A']);
    await lib.call('saveVersion', { designId: doc.id, label: 'keep me' });
    for (let i = 0; i < MAX_AUTO_VERSIONS + 5; i++) {
      lib.advanceMinutes(6);
      await lib.save({ ...doc, nodes: [block('n0', `edit ${i}`)] });
    }
    const history = await lib.call('listVersions', { designId: doc.id });
    expect(history.filter((v) => v.kind === 'auto')).toHaveLength(MAX_AUTO_VERSIONS);
    expect(history.filter((v) => v.kind === 'named').map((v) => v.label)).toEqual(['keep me']);
    const newest = await lib.call('getVersion', { designId: doc.id, versionId: history[0]!.id });
    expect(labels(newest.document)).toEqual([`edit ${MAX_AUTO_VERSIONS + 3}`]);
  });

  it('answers unknown designs and versions with notFound', async () => {
    const doc = await lib.design('Lonely', []);
    expect(await lib.failure('getVersion', { designId: doc.id, versionId: 999 })).toMatchObject({ code: 'notFound' });
    expect(await lib.failure('restoreVersion', { designId: 'nope', versionId: 1 })).toMatchObject({ code: 'notFound' });
    expect(await lib.failure('saveVersion', { designId: doc.id, label: '   ' })).toMatchObject({ code: 'badRequest', message: expect.stringMatching(/a version needs a name/) });
  });
});

describe('the trash', () => {
  it('deletes to the trash, restores from it and empties it for good', async () => {
    const keep = await lib.design('Keep', ['A']);
    const bin = await lib.design('Bin', ['B']);
    const gone = await lib.design('Gone', ['C']);
    await lib.call('saveVersion', { designId: gone.id, label: 'v' });

    await lib.call('deleteDesign', { id: bin.id });
    lib.advanceMinutes(1);
    await lib.call('deleteDesign', { id: gone.id });
    expect((await lib.call('listDesigns', {})).map((d) => d.name)).toEqual(['Keep']);
    expect((await lib.call('listTrash', {})).map((d) => d.name)).toEqual(['Gone', 'Bin']);

    expect(await lib.call('restoreDesign', { id: bin.id })).toMatchObject({ name: 'Bin', blockCount: 1 });
    expect(labels((await lib.call('getDesign', { id: bin.id })).document)).toEqual(['B']);
    expect(await lib.failure('restoreDesign', { id: keep.id })).toMatchObject({ code: 'conflict' });
    expect(await lib.failure('purgeDesign', { id: keep.id })).toMatchObject({ code: 'conflict' });

    expect(await lib.call('emptyTrash', {})).toEqual({ purged: 1 });
    expect(await lib.call('listTrash', {})).toEqual([]);
    expect(await lib.failure('restoreDesign', { id: gone.id })).toMatchObject({ code: 'notFound' });
    // Its history went with it.
    expect(lib.services.db.prepare('SELECT count(*) FROM versions WHERE design_id = ?').pluck().get(gone.id)).toBe(0);
    expect((await lib.call('listDesigns', {})).map((d) => d.name).sort()).toEqual(['Bin', 'Keep']);
  });

  it('purges one design from the trash', async () => {
    const a = await lib.design('A', []);
    const b = await lib.design('B', []);
    await lib.call('deleteDesign', { id: a.id });
    await lib.call('deleteDesign', { id: b.id });
    await lib.call('purgeDesign', { id: a.id });
    expect((await lib.call('listTrash', {})).map((d) => d.id)).toEqual([b.id]);
  });
});

describe('recent designs', () => {
  it('lists designs by when they were last opened, without deleted ones', async () => {
    const a = await lib.design('A', []);
    const b = await lib.design('B', []);
    const c = await lib.design('C', []);
    for (const id of [a.id, b.id, c.id, a.id]) {
      lib.advanceMinutes(1);
      await lib.call('getDesign', { id });
    }
    expect((await lib.call('listRecent', {})).map((d) => d.name)).toEqual(['A', 'C', 'B']);
    await lib.call('deleteDesign', { id: c.id });
    expect((await lib.call('listRecent', { limit: 1 })).map((d) => d.name)).toEqual(['A']);
    expect((await lib.call('listRecent', {})).map((d) => d.name)).toEqual(['A', 'B']);
  });
});
