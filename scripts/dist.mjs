// `npm run dist`: build, then package with electron-builder using `builderConfig` from
// electron.config.ts. Packaging downloads Electron's release for the target platform, its
// headers (to rebuild better-sqlite3) and packaging tools from github.com and electronjs.org;
// where those cannot be reached this ends with one clear sentence, not a stack trace.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { saveNodeSqlite, useNodeSqlite } from './nativeSqlite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NETWORK = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|network/i;
const HOW = 'Packaging needs github.com and electronjs.org, or ELECTRON_MIRROR and ELECTRON_BUILDER_BINARIES_MIRROR pointing at reachable mirrors.';

function fail(message) {
  console.error(`\nnpm run dist: ${message}`);
  process.exit(1);
}

/** Ask GitHub before a long build that would die on the download; mirrors skip the question. */
async function unreachable() {
  if (process.env.ELECTRON_MIRROR || process.env.ELECTRON_BUILDER_BINARIES_MIRROR) return null;
  try {
    await fetch('https://github.com/', { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
    return null;
  } catch (err) {
    return err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(err);
  }
}

const offline = await unreachable();
if (offline) fail(`cannot package here: github.com is unreachable (${offline}), so Electron cannot be downloaded.\n${HOW}`);

const built = spawnSync('npx', ['electron-vite', 'build', '--config', 'electron.config.ts'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) fail('the build failed; see the errors above.');

const { builderConfig } = await tsImport('../electron.config.ts', import.meta.url);
const { build } = await import('electron-builder');
// npmRebuild recompiles better-sqlite3 for Electron inside this very node_modules; put Node's
// build back afterwards so tests and the browser host keep working.
saveNodeSqlite(root);
let outcome;
try {
  const artifacts = await build({ projectDir: root, config: builderConfig, publish: 'never' });
  outcome = { ok: true, text: `packaged:\n${artifacts.map((file) => `  ${file}`).join('\n')}` };
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  const first = message.trim().split('\n')[0];
  const text = NETWORK.test(message)
    ? `a download failed while packaging: ${first}\n${HOW}`
    : /node-gyp failed to rebuild/.test(message)
      ? `better-sqlite3 could not be rebuilt for Electron (node-gyp fetches Electron's headers from electronjs.org; its log is above).\n${HOW}`
      : `packaging failed: ${first}`;
  outcome = { ok: false, text };
} finally {
  useNodeSqlite(root);
}
if (!outcome.ok) fail(outcome.text);
console.log(`\nnpm run dist: ${outcome.text}`);
