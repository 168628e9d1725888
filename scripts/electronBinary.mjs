// Where Electron's executable is, fetching it once if the package's download was skipped.
// (npm install does not run electron's install script here: package.json's allowScripts denies it.)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FETCH_TIMEOUT_MS = 60_000;

export function installedElectron(root) {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** `{ binary }` when Electron can run, else `{ reason }` saying why not, in words a user can act on. */
export function findOrFetchElectron(root, env = process.env) {
  const installed = installedElectron(root);
  if (installed) return { binary: installed };
  if (env.ENVELOPE_NO_ELECTRON === '1') return { reason: 'ENVELOPE_NO_ELECTRON=1 is set, so no download was tried' };
  const script = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(script)) return { reason: 'the electron package is missing from node_modules (run `npm install`)' };

  console.log(`Electron's binary is not installed; trying to download it (up to ${FETCH_TIMEOUT_MS / 1000} s)…`);
  const result = spawnSync(process.execPath, [script], { cwd: join(root, 'node_modules', 'electron'), timeout: FETCH_TIMEOUT_MS, encoding: 'utf8' });
  const fetched = installedElectron(root);
  if (fetched) return { binary: fetched };
  if (result.error?.code === 'ETIMEDOUT') return { reason: `the download did not finish within ${FETCH_TIMEOUT_MS / 1000} s` };
  // install.js prints the error's stack; its first line is the message.
  const message = `${result.stderr ?? ''}\n${result.error?.message ?? ''}`.trim().split('\n')[0];
  return { reason: message || `the download exited with code ${result.status}` };
}
