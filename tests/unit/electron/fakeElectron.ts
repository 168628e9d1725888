import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/*
 * A stand-in for the `electron` module (its binary is not installed where these tests run):
 * just the surface Envelope's shell touches, with spies where the tests need to look.
 * Use with `vi.mock('electron', () => import('./fakeElectron'))`.
 */

export const app = Object.assign(new EventEmitter(), { isPackaged: false });

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.created.at(-1) ?? null;
  }
  readonly webContents = { send: vi.fn() };
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
}

export const contextBridge = { exposeInMainWorld: vi.fn() };

type RendererListener = (event: unknown, ...args: unknown[]) => void;
export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
});
export type { RendererListener };

type WindowOpenHandler = (details: { url: string }) => { action: string };
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl?: string }) => void;
type PermissionCheckHandler = (...args: unknown[]) => boolean;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

/** A web contents as security.ts sees it: events, a window-open handler and a session. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly session = {
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
    headersListener: undefined as HeadersListener | undefined,
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler) {
      this.permissionCheckHandler = handler;
    },
    webRequest: {
      onHeadersReceived: (listener: HeadersListener) => {
        this.session.headersListener = listener;
      },
    },
  };
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

/** The event object of will-navigate / will-redirect / will-attach-webview. */
export function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}
