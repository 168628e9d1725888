import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { createServices } from '../../main/services';
import { restoreDesign } from '../../shared/model/restore';
import { serializeDesignFile } from '../../shared/model';
import { renderSvgBands } from '../../shared/render';
import { exportDesign } from '../../main/export/exportDesign';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'envelope.mjs');
const sample = join(root, 'docs', 'examples', 'url-shortener.envelope.json');
const fixtures = join(root, 'tests', 'fixtures', 'render');

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 50_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sampleDesign = () => {
  const r = restoreDesign(readFileSync(sample, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.design;
};

describe('envelope export (CLI)', () => {
  it('writes a PNG at the chosen scale that opens again as the same design', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envelope-export-'));
    expect(run(dir, 'export', sample, '--format', 'svg', '--out', 'a.envelope.svg').status).toBe(0);
    expect(run(dir, 'export', sample, '--format', 'png', '--scale', '3', '--out', 'a.envelope.png').status).toBe(0);
    const svg = readFileSync(join(dir, 'a.envelope.svg'), 'utf8');
    const width = Number(svg.match(/<svg [^>]*width="([\d.]+)"/)![1]);
    const png = decode(readFileSync(join(dir, 'a.envelope.png')));
    expect(png.width).toBe(Math.round(width * 3));
    // estimate reads the picture as the design it shows
    const fromPng = run(dir, 'estimate', 'a.envelope.png', '--json');
    const fromSvg = run(dir, 'estimate', 'a.envelope.svg', '--json');
    const fromJson = run(dir, 'estimate', sample, '--json');
    expect(fromPng.status).toBe(0);
    expect(JSON.parse(fromPng.stdout)).toEqual(JSON.parse(fromJson.stdout));
    expect(JSON.parse(fromSvg.stdout)).toEqual(JSON.parse(fromJson.stdout));
    // and export can start from a picture too
    expect(run(dir, 'export', 'a.envelope.png', '--format', 'mermaid').stdout).toMatch(/^flowchart LR\n/);
  });

  it('draws large PNGs in bands on worker threads, byte for byte the PNGs drawn in place, and the threads kept between them do not hold the CLI open', async () => {
    // One block moved far off makes a picture of about 70 megapixels at 2x: several bands. Two
    // designs in one call: the second is drawn on the threads the first started.
    const design = sampleDesign();
    const far = (x: number, y: number) => ({ ...design, nodes: design.nodes.map((n, i) => (i === 0 ? { ...n, groupId: undefined, position: { x, y } } : n)) });
    const designs = { wide: far(6_000, 3_000), tall: far(2_500, 6_500) };
    const dir = mkdtempSync(join(tmpdir(), 'envelope-export-'));
    for (const [name, d] of Object.entries(designs)) writeFileSync(join(dir, `${name}.envelope.json`), serializeDesignFile(d));
    // Kept threads end after 15 s idle; a CLI they held open would be killed by this timeout.
    const cli = spawnSync(process.execPath, [bin, 'export', '*.envelope.json', '--format', 'png', '--scale', '2', '--out', 'out'], { cwd: dir, encoding: 'utf8', timeout: 12_000 });
    expect(cli.signal).toBeNull();
    expect(cli.status).toBe(0);
    // Had the threads failed, the CLI would say it drew the bands in place.
    expect(cli.stderr).not.toContain('instead');
    for (const [name, d] of Object.entries(designs)) {
      const threaded = new Uint8Array(readFileSync(join(dir, 'out', `${name}.envelope.png`)));
      const picture = renderSvgBands(d, { scale: 2 });
      expect(picture.bands.length).toBeGreaterThan(2);
      // Under vitest the bands are drawn in place (no worker script), so this is the other path.
      const inPlace = await exportDesign(d, { format: 'png', scale: 2 });
      expect(threaded.length).toBe(inPlace.bytes.length);
      expect(Buffer.compare(threaded, inPlace.bytes)).toBe(0);
      const png = decode(threaded);
      expect([png.width, png.height]).toEqual([picture.width, picture.height]);
    }
  });

  it('writes a PDF whose text holds the block names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envelope-export-'));
    expect(run(dir, 'export', sample, '-f', 'pdf', '-o', 'a.pdf').status).toBe(0);
    const bytes = readFileSync(join(dir, 'a.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = spawnSync('pdftotext', [join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
    // pdftotext comes with poppler-utils; the property test reads PDFs with pdfjs-dist as well.
    if (text.status === 0) expect(text.stdout).toContain('URL database');
  });

  it('exports a folder of designs by a quoted glob, one file each, and names every failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envelope-export-'));
    for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.envelope.json'))) copyFileSync(join(fixtures, f), join(dir, f));
    writeFileSync(join(dir, 'broken.envelope.json'), '{"nodes": [');
    const r = run(dir, 'export', '*.envelope.json', '--format', 'svg', '--out', 'out', '--theme', 'dark');
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('broken.envelope.json');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['chat-app.envelope.svg', 'kitchen-sink.envelope.svg', 'url-shortener.envelope.svg']);
  });

  it('looks a design up in the library by name or id, read-only', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'envelope-lib-'));
    const services = createServices(dataDir);
    const created = services.handlers.createDesign({ name: 'Library design' }) as { summary: { id: string } };
    services.handlers.saveDesign({ id: created.summary.id, document: { ...sampleDesign(), id: created.summary.id, name: 'Library design' } });
    services.close();
    const dir = mkdtempSync(join(tmpdir(), 'envelope-export-'));
    const byName = run(dir, 'export', 'Library design', '--format', 'mermaid', '--data-dir', dataDir);
    expect(byName.status).toBe(0);
    expect(byName.stdout).toContain('URL database');
    expect(run(dir, 'export', created.summary.id, '--format', 'mermaid', '--data-dir', dataDir).stdout).toBe(byName.stdout);
    const missing = run(dir, 'export', 'No such design', '--format', 'svg', '--data-dir', dataDir);
    expect(missing.status).toBe(4);
    expect(missing.stderr).toContain('"No such design" is neither a file nor the name or id of a design');
  });

  it('draws only the named group with --selection-group, and says which groups exist otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envelope-export-'));
    const svg = run(dir, 'export', join(fixtures, 'kitchen-sink.envelope.json'), '-f', 'svg', '--selection-group', 'private subnet').stdout;
    expect(svg).toContain('data-id="db"');
    expect(svg).not.toContain('data-id="api"');
    const wrong = run(dir, 'export', join(fixtures, 'kitchen-sink.envelope.json'), '-f', 'svg', '--selection-group', 'nope');
    expect(wrong.status).toBe(3);
    expect(wrong.stderr).toContain('its groups: "eu-west <b>1</b>", "az-a", "private subnet"');
  });

  it('writes into a folder named by --out when it exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envelope-export-'));
    expect(run(dir, 'export', sample, '-f', 'mermaid', '-o', '.').status).toBe(0);
    expect(readFileSync(join(dir, 'url-shortener.mmd'), 'utf8')).toMatch(/^flowchart /);
  });

  it('answers bad arguments with exit code 2 and the usage, a missing file with 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envelope-export-'));
    const noFormat = run(dir, 'export', sample);
    expect(noFormat.status).toBe(2);
    expect(noFormat.stderr).toContain('no --format given');
    expect(run(dir, 'export', sample, '--format', 'gif').stderr).toContain('--format must be one of svg, png, pdf, md, mermaid');
    expect(run(dir, 'export', sample, '--format', 'png', '--scale', '4').status).toBe(2);
    expect(run(dir, 'export', 'missing.envelope.json', '--format', 'png').status).toBe(1);
    expect(existsSync(join(dir, 'missing.envelope.png'))).toBe(false);
  });

  it('lists every command with an example in --help', () => {
    const help = run(tmpdir(), '--help');
    expect(help.status).toBe(0);
    for (const command of ['estimate', 'export']) expect(help.stdout).toMatch(new RegExp(`example: envelope ${command} `));
    expect(serializeDesignFile(sampleDesign())).toContain('"URL shortener"');
  });
});
