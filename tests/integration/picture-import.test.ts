import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { importDesignPath } from '../../main/electron/openFiles';
import { readDesignOrPictureText } from '../../main/files/designPicture';
import { EXPECTED } from '../fixtures/bad-pictures/expected';

// Hostile pictures through the shell's open path (file association, second launch) and the
// CLI: each refused with its reason, the library exactly as it was.

const root = fileURLToPath(new URL('../..', import.meta.url));
const BAD = join(root, 'tests', 'fixtures', 'bad-pictures');
const bin = join(root, 'bin', 'envelope.mjs');
const services = createServices(mkdtempSync(join(tmpdir(), 'envelope-pictures-')));
afterAll(() => services.close());

const listed = async () => {
  const r = await services.dispatch('listDesigns', {});
  if (!r.ok) throw new Error(r.error.message);
  return JSON.stringify(r.value);
};

describe('opening hostile pictures', () => {
  it('refuses every corpus picture with its reason and leaves the library unchanged', async () => {
    const before = await listed();
    for (const file of readdirSync(BAD).filter((f) => /\.(png|svg)$/.test(f))) {
      const errors: string[] = [];
      const id = await importDesignPath(join(BAD, file), { dispatch: services.dispatch, readText: readDesignOrPictureText, addRecentDocument: () => undefined, showError: (_t, m) => errors.push(m) });
      expect(id, file).toBeNull();
      expect(errors.join(' '), file).toContain(EXPECTED[file]);
      expect(errors.join(' '), file).toContain('Nothing was changed.');
    }
    expect(await listed()).toBe(before);
  });

  it('opens a picture Envelope exported as a new design', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'envelope-pictures-'));
    const out = join(dir, 'shortener.envelope.svg');
    const r = spawnSync(process.execPath, [bin, 'export', join(root, 'docs', 'examples', 'url-shortener.envelope.json'), '-f', 'svg', '-o', out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const before = JSON.parse(await listed()) as unknown[];
    const id = await importDesignPath(out, { dispatch: services.dispatch, readText: readDesignOrPictureText, addRecentDocument: () => undefined, showError: (_t, m) => { throw new Error(m); } });
    expect(id).not.toBeNull();
    const opened = await services.dispatch('getDesign', { id });
    expect(opened.ok && (opened.value as { document: { nodes: unknown[] } }).document.nodes).toHaveLength(9);
    expect(JSON.parse(await listed())).toHaveLength(before.length + 1);
  });

  it('the CLI refuses them too: estimate exits 2, export exits 3, both say why', () => {
    for (const file of ['script.envelope.svg', 'inflate-bomb.envelope.png', 'no-design.png']) {
      const estimate = spawnSync(process.execPath, [bin, 'estimate', join(BAD, file)], { encoding: 'utf8' });
      expect(estimate.status, file).toBe(2);
      expect(estimate.stderr, file).toContain(EXPECTED[file]);
      expect(estimate.stdout, file).toBe('');
      const exported = spawnSync(process.execPath, [bin, 'export', join(BAD, file), '-f', 'svg'], { encoding: 'utf8' });
      expect(exported.status, file).toBe(3);
      expect(exported.stderr, file).toContain(EXPECTED[file]);
    }
  });
});
