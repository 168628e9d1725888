// better-sqlite3 is a native addon, compiled against one runtime's ABI. Plain Node (tests, the
// browser host) and Electron (whose bundled Node has another NODE_MODULE_VERSION) cannot share
// one build, and there is one node_modules. So `npm start` switches the addon to Electron's
// build while the app runs and back to Node's when it exits. Each build is kept in
// node_modules/.cache/envelope-native, so after the first time a switch is a file copy.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const addon = (root) => join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const cacheDir = (root) => join(root, 'node_modules', '.cache', 'envelope-native');
const electronVersion = (root) => JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const nodeCopy = (root) => join(cacheDir(root), `better_sqlite3-node-abi${process.versions.modules}-${process.platform}-${process.arch}.node`);
const electronCopy = (root) => join(cacheDir(root), `better_sqlite3-electron${electronVersion(root)}-${process.platform}-${process.arch}.node`);

function loadsInNode(root) {
  const probe = "const D = require('better-sqlite3'); new D(':memory:').close();";
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0;
}

/** Keep Node's build to come back to (unless a crashed run left Electron's in place). */
export function saveNodeSqlite(root) {
  mkdirSync(cacheDir(root), { recursive: true });
  if (existsSync(addon(root)) && loadsInNode(root)) copyFileSync(addon(root), nodeCopy(root));
}

/** Switch the addon to Electron's ABI (rebuilding it the first time). Throws with the reason. */
export async function useElectronSqlite(root) {
  saveNodeSqlite(root);
  if (existsSync(electronCopy(root))) {
    copyFileSync(electronCopy(root), addon(root));
    return;
  }
  console.log(`Rebuilding better-sqlite3 for Electron ${electronVersion(root)}…`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: root, electronVersion: electronVersion(root), onlyModules: ['better-sqlite3'], force: true });
  copyFileSync(addon(root), electronCopy(root));
}

/** Switch the addon back to plain Node's ABI, so tests and `npm run web` keep working. */
export function useNodeSqlite(root) {
  if (existsSync(nodeCopy(root))) {
    // A failed node-gyp rebuild may have cleaned the whole build folder away.
    mkdirSync(dirname(addon(root)), { recursive: true });
    copyFileSync(nodeCopy(root), addon(root));
    if (loadsInNode(root)) return;
  }
  console.log('Rebuilding better-sqlite3 for Node…');
  const result = spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) console.error('`npm rebuild better-sqlite3` failed: run it by hand before `npm test` or `npm run web`.');
}
