import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleChild } from './bundleChild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDesignFile } from '../../main/files/designFile';
import { parseDesignFile } from '../../shared/model';

/**
 * Issue 18, finding 5: the CLI reads files by the app's rules. Every file of the hostile corpus gets
 * the same verdict and the same message from the CLI as from the desktop app's reader and the
 * browser's import; a byte-order mark is read; an out-of-range parameter is estimated with a
 * warning, as the app does. The CLI is bundled once so thirty runs take seconds, not a minute.
 */
const root = join(import.meta.dirname, '../..');
const corpus = join(root, 'tests/fixtures/bad-files');
const sample = join(root, 'docs/examples/url-shortener.envelope.json');
let bundle: string;
const scratch = mkdtempSync(join(tmpdir(), 'envelope-cli-files-'));

beforeAll(async () => {
  bundle = await bundleChild(join(root, 'main/cli/index.ts'), 'cli');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd: tmpdir(), encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the CLI reads files as the app does', () => {
  it.each(readdirSync(corpus).sort())('%s: same refusal and message as the app', async (name) => {
    const path = join(corpus, name);
    const app = await readDesignFile(path);
    expect(app.ok).toBe(false);
    if (app.ok) return;
    const run = cli('estimate', path, '--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`envelope: ${app.message}\n`);
    // The browser's import decodes leniently (File.text) and refuses with the same words.
    const browser = parseDesignFile(new TextDecoder().decode(readFileSync(path)));
    expect(browser.ok).toBe(false);
    if (!browser.ok) expect(app.message).toContain(browser.message);
  });

  it('reads a file that starts with a UTF-8 byte-order mark, as the app imports it', async () => {
    const path = join(scratch, 'bom.envelope.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(sample)]));
    expect((await readDesignFile(path)).ok).toBe(true);
    const run = cli('estimate', path, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).design.name).toBe('URL shortener');
  });

  it('estimates a parameter out of its range with a warning, as the app does, instead of refusing the file', () => {
    const doc = JSON.parse(readFileSync(sample, 'utf8'));
    doc.nodes[3].params.cores = 0;
    const path = join(scratch, 'out-of-range.envelope.json');
    writeFileSync(path, JSON.stringify(doc));
    const run = cli('estimate', path, '--json');
    expect(run.status).toBe(0);
    const warnings = JSON.parse(run.stdout).estimate.warnings as { code: string; message: string }[];
    expect(warnings.some((w) => w.code === 'invalidParam' && /cores/i.test(w.message))).toBe(true);
  });

  it('reports repairs with the app\'s words and still estimates', async () => {
    const doc = JSON.parse(readFileSync(sample, 'utf8'));
    doc.nodes.push({ ...doc.nodes[0] });
    const path = join(scratch, 'repaired.envelope.json');
    writeFileSync(path, JSON.stringify(doc));
    const app = await readDesignFile(path);
    if (!app.ok) throw new Error(app.message);
    const run = cli('estimate', path);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(app.warnings.map((w) => `envelope: ${w}\n`).join(''));
    expect(app.warnings[0]).toMatch(/dropped a second block with the id/);
  });

  it('says a folder is not a file, with exit code 1', () => {
    const run = cli('estimate', scratch);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot be opened: it is a folder or device, not a file/);
  });
});
