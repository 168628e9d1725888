import { vi, type Mock } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { operationNames, type OperationName } from '../../../shared/api/operations';
import { createDispatch } from '../../../main/handlers/dispatch';
import type { Handlers } from '../../../main/handlers/types';

/*
 * What the IPC tests share: an ipcMain that records its handlers, the frames a message can come
 * from, and the real dispatch wired to spy handlers that stand in for the store.
 */

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export function recordingIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel);
    }),
  };
}

interface FrameShape {
  url: string;
  parent: FrameShape | null;
}

/** An invoke event as Electron builds it, reduced to what the binding reads. */
export function eventFrom(frame: FrameShape | null): IpcMainInvokeEvent {
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

export const appPage: FrameShape = { url: 'app://envelope/index.html', parent: null };
export const iframeInApp: FrameShape = { url: 'app://envelope/index.html', parent: appPage };
export const foreignPage: FrameShape = { url: 'https://evil.example/', parent: null };
export const filePage: FrameShape = { url: 'file:///tmp/out/renderer/index.html', parent: null };

/** The real dispatch (contract validation included) over handlers that only record their calls. */
export function spyStore() {
  const handlers = Object.fromEntries(
    operationNames.map((name) => [name, vi.fn((input: unknown) => ({ handled: name, input }))]),
  ) as Record<OperationName, Mock<(input: unknown) => unknown>>;
  const dispatch = vi.fn(createDispatch(handlers as unknown as Handlers, () => undefined));
  const storeCalls = () => operationNames.reduce((sum, name) => sum + handlers[name].mock.calls.length, 0);
  return { handlers, dispatch, storeCalls };
}
