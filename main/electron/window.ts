import { BrowserWindow } from 'electron';

/**
 * The one application window. The renderer gets no Node, runs sandboxed in an isolated world
 * and reaches main only through the preload's bridge; the options are spelled out literally
 * (rather than relying on Electron's defaults) so a reader, and electronegativity, can see them.
 */
export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    title: 'Envelope',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath, /* eng-disable PRELOAD_JS_CHECK -- reviewed: exposes one method per contract operation, onMenuCommand and onOpenDesign, never ipcRenderer */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // No auxclick events: middle-click must not become a second way to open a link.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
