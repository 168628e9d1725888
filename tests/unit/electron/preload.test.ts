import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '../../../shared/api/bridge';
import { channelFor, operationNames } from '../../../shared/api/operations';
import type { EnvelopeBridge } from '../../../main/electron/bridgeTypes';
import { bindIpc } from '../../../main/electron/ipc';
import { MENU_COMMAND_CHANNEL } from '../../../main/electron/menuCommands';
import { OPEN_DESIGN_CHANNEL } from '../../../main/electron/openDesignChannel';
import { IdSchema } from '../../../shared/model';
import { isTrustedAppUrl } from '../../../main/electron/trustedUrl';
import { contextBridge, ipcRenderer } from './fakeElectron';
import { appPage, eventFrom, recordingIpcMain, spyStore } from './ipcHarness';

vi.mock('electron', () => import('./fakeElectron'));

let exposedName: unknown;
let bridge: EnvelopeBridge;

beforeAll(async () => {
  await import('../../../main/electron/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  [exposedName, bridge] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, EnvelopeBridge];
});

describe('the preload bridge', () => {
  it('is installed under the global the renderer looks for', () => {
    expect(exposedName).toBe(BRIDGE_GLOBAL);
  });

  it('has one method per contract operation plus onMenuCommand and onOpenDesign, and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual([...operationNames, 'onMenuCommand', 'onOpenDesign'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('calls each operation on its own channel with exactly the given input', async () => {
    for (const operation of operationNames) {
      ipcRenderer.invoke.mockClear();
      const input = { probe: operation };
      await (bridge[operation] as (input: unknown) => Promise<unknown>)(input);
      expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channelFor(operation), input);
    }
  });

  it('reaches a main-process handler for every operation (preload and IPC binding agree)', async () => {
    const ipcMain = recordingIpcMain();
    const store = spyStore();
    bindIpc(ipcMain, store.dispatch, (url) => isTrustedAppUrl(url));
    // Wire the fake renderer to the recorded handlers, as Electron would, from the app's own page.
    ipcRenderer.invoke.mockImplementation(async (channel: string, ...args: unknown[]) => {
      const handler = ipcMain.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(eventFrom(appPage), ...args);
    });
    for (const operation of operationNames) {
      const answer = await (bridge[operation] as (input: unknown) => Promise<unknown>)({ id: 'd1', name: 'Checkout' });
      // saveDesign's payload lacks a document, so it is refused by the contract: still a Result.
      expect(answer).toHaveProperty('ok');
    }
    expect(store.dispatch.mock.calls.map(([operation]) => operation)).toEqual([...operationNames]);
    expect(store.handlers.createDesign).toHaveBeenCalledWith({ name: 'Checkout' });
  });
});

describe('onMenuCommand', () => {
  it('delivers well-formed command ids and nothing else, without the IPC event', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args: unknown[]) => received.push(args));
    const fakeEvent = { sender: ipcRenderer };
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, fakeEvent, 'design.new');
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, fakeEvent, 'edit.undo');
    for (const bad of ['Design.New', 'design.new; alert(1)', 42, { id: 'design.new' }, '', 'a'.repeat(65)]) {
      ipcRenderer.emit(MENU_COMMAND_CHANNEL, fakeEvent, bad);
    }
    expect(received).toEqual([['design.new'], ['edit.undo']]);
    unsubscribe();
  });

  it('stops calling back once unsubscribed', () => {
    const callback = vi.fn();
    const unsubscribe = bridge.onMenuCommand(callback);
    unsubscribe();
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, 'design.new');
    expect(callback).not.toHaveBeenCalled();
    expect(ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
  });
});

describe('onOpenDesign', () => {
  it('delivers design ids the model would accept and nothing else, without the IPC event', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onOpenDesign((...args: unknown[]) => received.push(args));
    const fakeEvent = { sender: ipcRenderer };
    ipcRenderer.emit(OPEN_DESIGN_CHANNEL, fakeEvent, 'd_k3j2h1g0f');
    ipcRenderer.emit(OPEN_DESIGN_CHANNEL, fakeEvent, 'url-shortener.v2:copy');
    const bad = ['', 'a'.repeat(101), '../etc/passwd', 'id with spaces', 'x#/design/y', 42, null, { id: 'd1' }];
    for (const value of bad) {
      expect(IdSchema.safeParse(value).success).toBe(false);
      ipcRenderer.emit(OPEN_DESIGN_CHANNEL, fakeEvent, value);
    }
    expect(received).toEqual([['d_k3j2h1g0f'], ['url-shortener.v2:copy']]);
    for (const [id] of received) expect(IdSchema.safeParse(id).success).toBe(true);
    unsubscribe();
    expect(ipcRenderer.listenerCount(OPEN_DESIGN_CHANNEL)).toBe(0);
  });
});
