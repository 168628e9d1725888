import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices, type Services } from '../services';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { resolveDataDir } from './dataDir';
import { bindIpc } from './ipc';
import { installMenu } from './menu';
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
let mainWindow: BrowserWindow | undefined;

function openMainWindow(): void {
  mainWindow = createMainWindow(PRELOAD, DEV_URL ?? APP_ENTRY_URL);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  services = createServices(resolveDataDir(process.argv, process.env, () => app.getPath('userData')));
  serveRenderer(RENDERER_DIR);
  bindIpc(ipcMain, services.dispatch, (url) => isTrustedAppUrl(url, DEV_URL));
  installMenu(app.isPackaged);
  openMainWindow();
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
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
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
