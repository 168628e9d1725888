import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../main/files/atomicWrite';
import { readDesignFile, readDesignFileText, writeDesignFile } from '../../main/files/designFile';
import { CURRENT_SCHEMA_VERSION, documentMigrations, type Design } from '../../shared/model';
import { block, LibraryHarness } from './libraryHarness';

const fixtures = join(import.meta.dirname, '../fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'envelope-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let lib: LibraryHarness;
beforeEach(() => {
  lib = new LibraryHarness();
});
afterEach(() => lib.close());

/** The library as it stands: the designs and versions tables, row for row. */
const snapshot = (): unknown => ({
  designs: lib.services.db.prepare('SELECT * FROM designs ORDER BY id').all(),
  versions: lib.services.db.prepare('SELECT * FROM versions ORDER BY id').all(),
});

/** What the renderer does with a dropped or picked file: decode it as UTF-8, replacing bad bytes. */
const asBrowserText = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

const NOT_JSON = /not valid JSON.*truncated or damaged/;
const NOT_OBJECT = /must be a JSON object/;
const NOT_TEXT = /NUL bytes|not UTF-8 text/;
const BAD_VERSION = /schemaVersion must be a whole number/;

/** Every file of the corpus and the problem its message must name. */
const corpus: Record<string, RegExp> = {
  'empty.envelope.json': /the file is empty \(0 bytes\)/,
  'whitespace-only.envelope.json': /empty/,
  'bom-only.envelope.json': /empty/,
  'nul-bytes.envelope.json': /NUL bytes/,
  'utf16.envelope.json': NOT_TEXT,
  'latin1.envelope.json': /not UTF-8 text/,
  'png-image.envelope.json': NOT_TEXT,
  'truncated.envelope.json': NOT_JSON,
  'html-page.envelope.json': NOT_JSON,
  'trailing-garbage.envelope.json': NOT_JSON,
  'array-root.envelope.json': NOT_OBJECT,
  'string-root.envelope.json': NOT_OBJECT,
  'null-root.envelope.json': NOT_OBJECT,
  'nodes-not-array.envelope.json': /nodes: .*expected array/,
  'wrong-types.envelope.json': /nodes\.0\.label: .*expected string.*nodes\.0\.position\.x: .*expected number/,
  'missing-fields.envelope.json': /id: .*name: /,
  'version-as-text.envelope.json': BAD_VERSION,
  'negative-version.envelope.json': BAD_VERSION,
  'fractional-version.envelope.json': BAD_VERSION,
  'newer-version.envelope.json': /schemaVersion 99, made by a newer Envelope.*Update Envelope/,
  'proto-key.envelope.json': /forbidden key "__proto__".*unsafe/,
  'constructor-key.envelope.json': /forbidden key "(constructor|prototype)"/,
  'deep-nesting.envelope.json': /nested more than 64 levels/,
  'huge-coordinate.envelope.json': /nodes\.0\.position\.x: a coordinate is within ±100,000,000/,
  'overflowing-number.envelope.json': /nodes\.0\.position\.y: .*received Infinity/,
  'negative-size.envelope.json': /groups\.0\.size\.width: a width is larger than 0/,
  'long-id.envelope.json': /id: an id is at most 100 characters/,
  'long-label.envelope.json': /nodes\.0\.label: a label is at most 500 characters/,
  'object-param.envelope.json': /nodes\.0\.params\.replicas/,
  'bad-edge-kind.envelope.json': /edges\.0\.kind/,
  // Our own exports that hold no design, made by `envelope export` from the URL-shortener example.
  'pdf-export.envelope.json': /the file is a PDF: .*not the design; open the design file \(\.envelope\.json\)/,
  'mermaid-export.envelope.json': /the file is a Mermaid diagram: .*not their parameters or the workload; open the design file/,
  'markdown-report.envelope.json': /the file is a Markdown report: .*not the design; open the design file/,
};

describe('the bad-file corpus', () => {
  it('has at least 20 files, each with an expected message', () => {
    const files = readdirSync(join(fixtures, 'bad-files')).sort();
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files).toEqual(Object.keys(corpus).sort());
  });

  it.each(Object.entries(corpus))('%s is refused with a message naming the problem, changing nothing', async (name, message) => {
    await lib.design('Existing', ['A', 'B']);
    const before = snapshot();
    const path = join(fixtures, 'bad-files', name);

    const imported = await lib.failure('importDesignFile', { fileName: name, text: asBrowserText(readFileSync(path)) });
    expect(imported.code).toBe(name.startsWith('newer-') ? 'newerVersion' : 'invalidDocument');
    expect(imported.message).toContain(`"${name}" cannot be opened: `);
    expect(imported.message).toMatch(message);

    // The Electron shell's path (strict UTF-8 decoding, size read from disk) refuses it as well.
    const read = await readDesignFile(path);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);

    expect(snapshot()).toEqual(before);
    expect((await lib.call('listDesigns', {})).map((d) => d.name)).toEqual(['Existing']);
  });

  it('refuses a file over 50 MB, by text and unread from disk', async () => {
    const before = snapshot();
    const text = `{"id":"d","name":"Huge","schemaVersion":1,"nodes":[],"edges":[],"padding":"${'x'.repeat(51_000_000)}"}`;
    const imported = await lib.failure('importDesignFile', { fileName: 'huge.envelope.json', text });
    expect(imported).toMatchObject({ code: 'invalidDocument', message: expect.stringMatching(/too large \(51\.0 MB\).*up to 50 MB/) });
    const path = join(scratch, 'huge.envelope.json');
    writeFileSync(path, text);
    expect(await readDesignFile(path)).toMatchObject({ ok: false, message: expect.stringMatching(/too large \(51\.0 MB\)/) });
    expect(snapshot()).toEqual(before);
  });

  it('refuses a million blocks, naming the count', async () => {
    const before = snapshot();
    const text = `{"id":"d","name":"Million","schemaVersion":1,"nodes":[${'{},'.repeat(999_999)}{}],"edges":[]}`;
    const imported = await lib.failure('importDesignFile', { fileName: 'million.envelope.json', text });
    expect(imported.message).toMatch(/1,000,000 blocks; a design holds at most 50,000/);
    expect(snapshot()).toEqual(before);
  });

  it('leaves Object.prototype alone after hostile keys', async () => {
    await lib.failure('importDesignFile', { fileName: 'p.json', text: readFileSync(join(fixtures, 'bad-files/proto-key.envelope.json'), 'utf8') });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

const richDesign = (document: Design): Design => ({
  ...document,
  nodes: [
    { ...block('a', 'Users'), kind: 'client', params: { zeta: 1, alpha: 'x', mid: true } },
    { ...block('b', 'API \uFFFD replacement char', 250), groupId: 'g1', size: { width: 180, height: 90 } },
  ],
  edges: [{ id: 'e1', source: 'a', target: 'b', kind: 'async', label: 'calls', params: { share: 0.5 }, sourceHandle: 'right' }],
  groups: [{ id: 'g1', kind: 'region', label: 'EU', position: { x: 200, y: -50 }, size: { width: 400, height: 300 } }],
  workload: { ...document.workload, dailyActiveUsers: 1234, operations: [{ id: 'op', name: 'Read', requestsPerUserPerDay: 3, requestBytes: 10, responseBytes: 20, payloadMix: [], writes: false }] },
});

describe('.envelope.json files', () => {
  it('round-trips a design: export then import gives the same document under a new id', async () => {
    const { document } = await lib.call('createDesign', { name: 'Round trip' });
    const original = await lib.save(richDesign(document));
    const exported = await lib.call('exportDesignFile', { id: original.id });
    expect(exported.fileName).toBe('Round trip.envelope.json');

    const { summary, warnings } = await lib.call('importDesignFile', exported);
    expect(warnings).toEqual([]);
    expect(summary.id).not.toBe(original.id);
    const copy = (await lib.call('getDesign', { id: summary.id })).document;
    expect({ ...copy, id: original.id }).toEqual(original);
    // The import is the first version of the new design.
    expect((await lib.call('listVersions', { designId: summary.id })).map((v) => [v.kind, v.label])).toEqual([['import', 'Round trip.envelope.json']]);
  });

  it('exports byte-stable, pretty-printed text with keys in a fixed order', async () => {
    const { document } = await lib.call('createDesign', { name: 'Stable' });
    const design = await lib.save(richDesign(document));
    const first = (await lib.call('exportDesignFile', { id: design.id })).text;
    expect((await lib.call('exportDesignFile', { id: design.id })).text).toBe(first);

    // The same design built with its keys in another order exports to the same bytes.
    const reversed = JSON.parse(JSON.stringify(design), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as Design;
    expect(Object.keys(reversed)[0]).not.toBe('id');
    await lib.save(reversed);
    expect((await lib.call('exportDesignFile', { id: design.id })).text).toBe(first);

    expect(first.startsWith('{\n  "id": ')).toBe(true);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).toContain('"params": {\n        "alpha": "x",\n        "mid": true,\n        "zeta": 1\n      }');
    expect(first).toContain('API \\ufffd replacement char');
  });

  it('opens a file of every earlier document version with nothing lost', async () => {
    for (let version = 0; version < CURRENT_SCHEMA_VERSION; version++) {
      expect(documentMigrations[version], `a migration from version ${version}`).toBeDefined();
      const text = readFileSync(join(fixtures, `documents/v${version}.envelope.json`), 'utf8');
      const raw = JSON.parse(text) as { blocks?: unknown[]; nodes?: unknown[]; links?: unknown[]; edges?: unknown[] };
      const { summary, warnings } = await lib.call('importDesignFile', { fileName: `v${version}.envelope.json`, text });
      expect(warnings[0]).toMatch(new RegExp(`older Envelope \\(schemaVersion ${version}\\)`));
      const { document } = await lib.call('getDesign', { id: summary.id });
      // Defaults fill what the old file left out; everything it had is kept as it was.
      const rawNodes = (raw.nodes ?? raw.blocks) as object[];
      const rawEdges = (raw.edges ?? raw.links) as object[];
      expect(document.nodes).toEqual(rawNodes.map((n) => ({ params: {}, ...n })));
      expect(document.edges).toEqual(rawEdges.map((e) => ({ params: {}, label: '', kind: 'sync', ...e })));
      expect(document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    }
  });

  it('imports the bundled example and reports repairs as warnings', async () => {
    const example = readFileSync(join(import.meta.dirname, '../../docs/examples/url-shortener.envelope.json'), 'utf8');
    expect((await lib.call('importDesignFile', { fileName: 'url-shortener.envelope.json', text: example })).warnings).toEqual([]);
    const dangling = JSON.parse(example) as Design;
    dangling.edges.push({ id: 'ghost', source: dangling.nodes[0]!.id, target: 'nowhere', kind: 'sync', label: '', params: {} });
    const { warnings } = await lib.call('importDesignFile', { fileName: 'x.json', text: JSON.stringify(dangling) });
    expect(warnings).toEqual(['dropped connection "ghost": it pointed to a missing block']);
  });

  it('writes a file atomically and reads it back', async () => {
    const { document } = await lib.call('createDesign', { name: 'On disk' });
    const design = richDesign(document);
    const path = join(scratch, 'on-disk.envelope.json');
    await writeDesignFile(path, design);
    const read = await readDesignFile(path);
    expect(read).toMatchObject({ ok: true, warnings: [] });
    if (read.ok) expect(read.design).toEqual(design);
    expect(await readDesignFileText(join(scratch, 'missing.envelope.json'))).toMatchObject({ ok: false, code: 'notFound', message: expect.stringMatching(/does not exist/) });
  });

  it('leaves the old file whole when a write fails midway', async () => {
    const path = join(scratch, 'precious.envelope.json');
    const old = '{"the old": "content"}\n';
    writeFileSync(path, old);
    const next = 'n'.repeat(3_000_000);
    function* failingHalfway(): Generator<string> {
      yield next.slice(0, 1_500_000);
      throw new Error('disk unplugged');
    }
    await expect(atomicWriteFile(path, failingHalfway())).rejects.toThrow('disk unplugged');
    expect(readFileSync(path, 'utf8')).toBe(old);
    // No temporary file is left behind either.
    expect(readdirSync(scratch).filter((f) => f.includes('precious'))).toEqual(['precious.envelope.json']);

    await atomicWriteFile(path, next);
    expect(readFileSync(path, 'utf8')).toBe(next);
    expect(existsSync(path)).toBe(true);
  });
});
