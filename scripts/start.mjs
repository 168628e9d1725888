// `npm start [-- args]`: the desktop app where Electron's binary exists or can be fetched;
// otherwise the browser twin (`npm run web`), after saying why. Args go to whichever starts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { findOrFetchElectron } from './electronBinary.mjs';
import { useElectronSqlite, useNodeSqlite } from './nativeSqlite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function browserMode(why) {
  console.log(`\n${why}\nStarting Envelope in browser mode instead (the same app, served on 127.0.0.1):\n`);
  const child = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

function build() {
  buildIfStale(root);
  // build-if-stale watches the browser host's outputs; the desktop app also needs these two.
  if (['out/main/index.js', 'out/preload/index.cjs'].every((file) => existsSync(join(root, file)))) return;
  const result = spawnSync('npx', ['electron-vite', 'build', '--config', 'electron.config.ts'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function desktopMode(binary) {
  build();
  try {
    await useElectronSqlite(root);
  } catch (err) {
    useNodeSqlite(root);
    browserMode(`better-sqlite3 could not be rebuilt for Electron: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn the Electron binary into plain Node
  const child = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    useNodeSqlite(root);
    process.exit(code ?? (signal ? 1 : 0));
  });
}

const electron = findOrFetchElectron(root);
if (electron.binary) await desktopMode(electron.binary);
else {
  browserMode(
    `Electron's binary is not installed and could not be downloaded: ${electron.reason}.\n` +
      'For the desktop app, run `node node_modules/electron/install.js` where github.com is reachable (or set ELECTRON_MIRROR), then `npm start` again.',
  );
}
