import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../main/electron/window';
import { BrowserWindow } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

describe('the main window', () => {
  const window = createMainWindow('/app/out/preload/index.cjs', 'app://envelope/index.html') as unknown as BrowserWindow;
  const { webPreferences, ...options } = window.options;

  it('isolates a sandboxed renderer with no Node', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('opens 1280×800, hidden until its first paint is ready', () => {
    expect(options).toMatchObject({ width: 1280, height: 800, show: false });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('loads the given app URL', () => {
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://envelope/index.html');
  });
});
