import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices, type Services } from '../services';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { resolveDataDir } from './dataDir';
import { bindIpc } from './ipc';
import { installMenu } from './menu';
import { OPEN_DESIGN_CHANNEL } from './openDesignChannel';
import { designPathsFromArgv, importDesignPath, type OpenFileDeps } from './openFiles';
import { readDesignOrPictureText } from '../files/designPicture';
import { installSecurityGuards } from './security';
import { APP_ENTRY_URL, isTrustedAppUrl } from './trustedUrl';
import { createMainWindow } from './window';

/*
 * The desktop shell's lifecycle. Built to out/main/index.js; the preload and the renderer sit
 * beside it in out/preload and out/renderer.
 */
const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD = join(here, '../preload/index.cjs');
const RENDERER_DIR = join(here, '../renderer');
// Set by `electron-vite dev` only; a packaged app always loads its own files.
const DEV_URL = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

app.setName('Envelope');
registerAppScheme();
installSecurityGuards(DEV_URL);

let services: Services | undefined;
/** Set once start-up has opened the first window; until then requested files wait in pendingPaths. */
let started = false;
let mainWindow: BrowserWindow | undefined;
/** Design files asked for before the library was open (first launch, macOS open-file at start-up). */
const pendingPaths = designPathsFromArgv(process.argv.slice(1));

/** Opens on the library, or straight on a design (the renderer routes by the URL's hash). */
function openMainWindow(designId?: string): void {
  mainWindow = createMainWindow(PRELOAD, `${DEV_URL ?? APP_ENTRY_URL}${designId ? `#/design/${designId}` : ''}`);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function fileDeps(current: Services): OpenFileDeps {
  return {
    dispatch: current.dispatch,
    readText: readDesignOrPictureText,
    addRecentDocument: (path) => app.addRecentDocument(path),
    showError: (title, message) => dialog.showErrorBox(title, message),
  };
}

/** Show a design the shell imported: in the open window, once its page listens, or in a new one. */
function showDesign(designId: string): void {
  const window = mainWindow;
  if (!window) return openMainWindow(designId);
  if (window.isMinimized()) window.restore();
  window.focus();
  const send = (): void => window.webContents.send(OPEN_DESIGN_CHANNEL, designId);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

async function openPaths(paths: readonly string[]): Promise<void> {
  if (!services || !started) {
    pendingPaths.push(...paths);
    return;
  }
  for (const path of paths) {
    const designId = await importDesignPath(path, fileDeps(services));
    if (designId) showDesign(designId);
  }
}

/** File > Open… uses the native dialog: a page may only show its own file chooser after a click or key press. */
async function openFromDialog(): Promise<void> {
  const options = { properties: ['openFile' as const], filters: [{ name: 'Envelope designs', extensions: ['json'] }] };
  const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (!picked.canceled) await openPaths(picked.filePaths);
}

async function start(): Promise<void> {
  await app.whenReady();
  services = createServices(resolveDataDir(process.argv, process.env, () => app.getPath('userData')));
  serveRenderer(RENDERER_DIR);
  bindIpc(ipcMain, services.dispatch, (url) => isTrustedAppUrl(url, DEV_URL));
  installMenu(app.isPackaged, { 'design.open': () => void openFromDialog() });
  // Files named at launch are imported first, so the window opens straight on the last one.
  let firstDesign: string | undefined;
  // A loop over the live queue: macOS may add files while the first ones are imported.
  for (let path = pendingPaths.shift(); path !== undefined; path = pendingPaths.shift()) {
    firstDesign = (await importDesignPath(path, fileDeps(services))) ?? firstDesign;
  }
  openMainWindow(firstDesign);
  started = true;
}

function startupHint(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  // better-sqlite3 built for plain Node (tests, browser host) cannot load into Electron's ABI.
  if (message.includes('NODE_MODULE_VERSION')) {
    return `${message}\n\nThe SQLite module was built for Node, not Electron. Start the app with \`npm start\`, which rebuilds it for Electron.`;
  }
  return message;
}

// A second launch (e.g. from the dock or a file manager) focuses the running window instead of
// opening the same SQLite library twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const paths = designPathsFromArgv(argv.slice(1));
    if (paths.length > 0) return void openPaths(paths);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS: a file opened from the Finder or dropped on the dock icon, possibly before start-up ends.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openPaths([path]);
  });
  app.on('window-all-closed', () => {
    // macOS keeps the app alive without windows; it reopens one on activate.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && services && !mainWindow) openMainWindow();
  });
  app.on('will-quit', () => services?.close());
  start().catch((err: unknown) => {
    console.error('Envelope could not start:', err);
    dialog.showErrorBox('Envelope could not start', startupHint(err));
    app.exit(1);
  });
}
