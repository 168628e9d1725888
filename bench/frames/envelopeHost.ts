import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Design } from '../../shared/model/design';

/** The browser host on a free port with a throwaway data folder: the production editor over HTTP. */
export interface EnvelopeHost {
  origin: string;
  /** Store a design and return its id, through the same API the editor uses. */
  addDesign(design: Design): Promise<string>;
  stop(): void;
}

type ApiResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export async function startEnvelopeHost(root: string): Promise<EnvelopeHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'envelope-bench-'));
  const child = spawn(process.execPath, [join(root, 'out/main/host.js'), '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await announcedOrigin(child);

  async function call<T>(op: string, input: unknown): Promise<T> {
    const response = await fetch(`${origin}/api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const result = (await response.json()) as ApiResult<T>;
    if (!result.ok) throw new Error(`${op}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  return {
    origin,
    async addDesign(design) {
      const created = await call<{ summary: { id: string } }>('createDesign', { name: design.name });
      const id = created.summary.id;
      await call('saveDesign', { id, document: { ...design, id } });
      return id;
    },
    stop() {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Port 0 lets the OS pick a free port; the host prints the address it got. */
function announcedOrigin(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(seen);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`the Envelope host exited (${code}) before listening: ${seen}`)));
  });
}
