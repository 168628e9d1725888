import type { EnvelopeApi } from '../../../shared/api/bridge';
import { operationNames, type OperationName } from '../../../shared/api/operations';
import type { Result } from '../../../shared/api/result';
import type { OperationInput } from '../../../shared/api/contract';
import { utf8Bytes } from '../../../shared/api/limits';

/**
 * The renderer's one way to main: the preload's bridge inside Electron, the loopback host's
 * POST /api/<operation> in the browser twin. Both answer with the contract's Result.
 */
function httpApi(): EnvelopeApi {
  const call = async (operation: OperationName, input: unknown, keepalive = false): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        keepalive,
      });
      // Refusals come with a 4xx status and the contract's Result as the body; anything else is the host's own words.
      if ((response.headers.get('Content-Type') ?? '').startsWith('application/json')) return (await response.json()) as Result<unknown>;
      return { ok: false, error: { code: 'internal', message: `the Envelope host answered ${response.status}: ${await response.text()}` } };
    } catch (err) {
      return {
        ok: false,
        error: { code: 'internal', message: `cannot reach the Envelope host (${err instanceof Error ? err.message : String(err)}); is "npm run web" still running?` },
      };
    }
  };
  const api = Object.fromEntries(operationNames.map((name) => [name, (input: unknown) => call(name, input)]));
  return api as EnvelopeApi;
}

declare global {
  interface Window {
    envelope?: EnvelopeApi;
  }
}

export const api: EnvelopeApi = window.envelope ?? httpApi();
export const isDesktop = window.envelope !== undefined;

/**
 * Most bytes of body a request leaving with the page may carry: browsers give keepalive requests
 * 64 KiB in all, and a bigger one is dropped without a word (issue 18).
 */
export const LEAVING_BODY_LIMIT = 60_000;

export type LeavingSave =
  | { operation: 'saveDesign'; input: OperationInput<'saveDesign'> }
  | { operation: 'saveDesignChanges'; input: OperationInput<'saveDesignChanges'> };

/** Whether a save can leave with the page: over IPC anything can; over HTTP only a small body. */
export function fitsWithPage(save: LeavingSave): boolean {
  return window.envelope !== undefined || utf8Bytes(JSON.stringify(save.input)) <= LEAVING_BODY_LIMIT;
}

/**
 * Last-chance save while the page unloads. IPC messages leave synchronously, so the preload's
 * call is enough; over HTTP a keepalive request outlives the page. Says whether it was sent.
 */
export function sendWithPage(save: LeavingSave): boolean {
  if (window.envelope) {
    if (save.operation === 'saveDesign') void window.envelope.saveDesign(save.input);
    else void window.envelope.saveDesignChanges(save.input);
    return true;
  }
  const body = JSON.stringify(save.input);
  if (utf8Bytes(body) > LEAVING_BODY_LIMIT) return false;
  void fetch(`/api/${save.operation}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, keepalive: true });
  return true;
}
