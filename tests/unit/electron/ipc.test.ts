import { describe, expect, it } from 'vitest';
import { channelFor, operationNames } from '../../../shared/api/operations';
import { bindIpc } from '../../../main/electron/ipc';
import { isTrustedAppUrl } from '../../../main/electron/trustedUrl';
import { appPage, eventFrom, filePage, foreignPage, iframeInApp, recordingIpcMain, spyStore } from './ipcHarness';

const DEV = 'http://localhost:5173';

function bound() {
  const ipcMain = recordingIpcMain();
  const store = spyStore();
  const dispose = bindIpc(ipcMain, store.dispatch, (url) => isTrustedAppUrl(url, DEV));
  const call = (channel: string, frame: Parameters<typeof eventFrom>[0], payload?: unknown) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler on ${channel}`);
    return Promise.resolve(handler(eventFrom(frame), payload));
  };
  return { ipcMain, ...store, dispose, call };
}

describe('bindIpc', () => {
  it('registers one handler per contract operation, on its own channel, and nothing else', () => {
    const { ipcMain } = bound();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(operationNames.map(channelFor).sort());
  });

  it('removes every handler when disposed', () => {
    const { ipcMain, dispose } = bound();
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(operationNames.length);
  });

  it('passes a valid request from the app page to the store and answers with a Result', async () => {
    const { call, handlers } = bound();
    const answer = await call(channelFor('createDesign'), appPage, { name: 'Checkout service' });
    expect(answer).toEqual({ ok: true, value: { handled: 'createDesign', input: { name: 'Checkout service' } } });
    expect(handlers.createDesign).toHaveBeenCalledTimes(1);
  });

  it('accepts the dev server page in development', async () => {
    const { call } = bound();
    const answer = await call(channelFor('listDesigns'), { url: 'http://localhost:5173/', parent: null }, {});
    expect(answer).toMatchObject({ ok: true });
  });

  it.each([
    ['a name of the wrong type', 'createDesign', { name: 42 }, /createDesign: name: /],
    ['an empty name', 'renameDesign', { id: 'd1', name: '   ' }, /renameDesign: name: a design needs a name/],
    ['an id with forbidden characters', 'getDesign', { id: '../../etc/passwd' }, /getDesign: id: an id may only use/],
    ['no payload at all', 'deleteDesign', undefined, /deleteDesign: id: /],
  ])('answers %s with a clear badRequest and never reaches the store', async (_label, operation, payload, message) => {
    const { call, storeCalls } = bound();
    const answer = await call(channelFor(operation as (typeof operationNames)[number]), appPage, payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'badRequest', message: expect.stringMatching(message) } });
    expect(storeCalls()).toBe(0);
  });

  it.each([
    ['an iframe inside the app page', iframeInApp],
    ['a foreign web page', foreignPage],
    ['a file: page', filePage],
    ['a dev server on another port', { url: 'http://localhost:5174/', parent: null }],
    ['a frame that has already gone', null],
  ])('refuses a message from %s with forbidden, before dispatch', async (_label, frame) => {
    const { call, dispatch, storeCalls } = bound();
    for (const operation of operationNames) {
      const answer = await call(channelFor(operation), frame, { name: 'x', id: 'd1' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining(`${operation} refused`) } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(storeCalls()).toBe(0);
  });
});
