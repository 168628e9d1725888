import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelFor, operationNames, type OperationName } from '../../shared/api/operations';
import type { EnvelopeBridge } from './bridgeTypes';
import { MENU_COMMAND_CHANNEL, isMenuCommandId } from './menuCommands';
import { OPEN_DESIGN_CHANNEL, isDesignId } from './openDesignChannel';

/*
 * Runs sandboxed, before the page, in an isolated world. It hands the page one method per
 * contract operation and nothing else: no ipcRenderer, no generic invoke/send, no Electron
 * event objects. Only operations.ts is imported at runtime, so zod stays out of this bundle.
 */

/** invoke's own return type (a promise of whatever main answers: always a contract Result). */
type Invoker = (input: unknown) => ReturnType<typeof ipcRenderer.invoke>;

const invoker =
  (operation: OperationName): Invoker =>
  (input) =>
    ipcRenderer.invoke(channelFor(operation), input);

// fromEntries forgets its keys; they are exactly operationNames, so naming them back is safe,
// and `satisfies` below fails to compile if the bridge lacks an operation or a method's shape.
const operations = Object.fromEntries(operationNames.map((name) => [name, invoker(name)])) as Record<OperationName, Invoker>;

function onMenuCommand(callback: (id: string) => void): () => void {
  // The event object stays here: passing it on would hand the page a route back to ipcRenderer.
  const listener = (_event: IpcRendererEvent, id: unknown): void => {
    if (isMenuCommandId(id)) callback(id);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
  };
}

function onOpenDesign(callback: (designId: string) => void): () => void {
  const listener = (_event: IpcRendererEvent, designId: unknown): void => {
    if (isDesignId(designId)) callback(designId);
  };
  ipcRenderer.on(OPEN_DESIGN_CHANNEL, listener);
  return () => {
    ipcRenderer.removeListener(OPEN_DESIGN_CHANNEL, listener);
  };
}

const bridge = { ...operations, onMenuCommand, onOpenDesign } satisfies EnvelopeBridge;

// Literal, not BRIDGE_GLOBAL: the preload imports nothing at runtime from shared/api but
// operations.ts, so zod can never creep into its bundle; a unit test checks the names agree.
contextBridge.exposeInMainWorld('envelope', bridge);
