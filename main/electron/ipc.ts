import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelFor, operationNames } from '../../shared/api/operations';
import { fail } from '../../shared/api/result';
import type { Dispatch } from '../handlers/dispatch';

/** Decides, on a parsed URL, whether a page may call Envelope (see trustedUrl.ts). */
export type IsTrustedSender = (url: string) => boolean;

/** Why a message is refused, or null when its sender is the app's own top-level page. */
function senderProblem(event: IpcMainInvokeEvent, isTrustedSender: IsTrustedSender): string | null {
  const frame = event.senderFrame;
  // Null when the frame navigated away or died after sending: nobody to trust.
  if (!frame) return 'the sending frame no longer exists';
  // An iframe (even one of ours) could be a foothold for injected content: only the top page talks.
  if (frame.parent !== null) return 'only the main frame may call Envelope';
  if (!isTrustedSender(frame.url)) return 'the sending page is not part of Envelope';
  return null;
}

/**
 * One ipcMain handler per contract operation, each on its own channel (no generic "send").
 * The sender's frame and origin are checked before anything else; the payload is validated by
 * dispatch against the contract. Every answer is a Result, because errors thrown across IPC
 * lose everything but their message. Returns a disposer that removes the handlers.
 */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedSender: IsTrustedSender,
): () => void {
  for (const operation of operationNames) {
    ipcMain.handle(channelFor(operation), (event, payload: unknown) => {
      const problem = senderProblem(event, isTrustedSender);
      if (problem) return fail('forbidden', `${operation} refused: ${problem}.`);
      return dispatch(operation, payload);
    });
  }
  return () => {
    for (const operation of operationNames) ipcMain.removeHandler(channelFor(operation));
  };
}
