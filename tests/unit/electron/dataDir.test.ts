import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../main/electron/dataDir';

const userData = () => '/home/me/.config/Envelope';

describe('the data folder', () => {
  it("is Electron's userData by default", () => {
    expect(resolveDataDir(['electron', '.'], {}, userData)).toBe('/home/me/.config/Envelope');
  });

  it('follows ENVELOPE_DATA_DIR', () => {
    expect(resolveDataDir([], { ENVELOPE_DATA_DIR: '/tmp/lib' }, userData)).toBe('/tmp/lib');
  });

  it('prefers --data-dir= on the command line, resolved against the working folder', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir=/srv/designs'], { ENVELOPE_DATA_DIR: '/tmp/lib' }, userData)).toBe('/srv/designs');
    expect(resolveDataDir(['--data-dir=rel/dir'], {}, userData)).toBe(resolve('rel/dir'));
  });
});
