import type { EnvelopeApi } from '../../../shared/api/bridge';
import { operationNames, type OperationName } from '../../../shared/api/operations';
import type { Result } from '../../../shared/api/result';

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
 * Last-chance save while the page unloads. IPC messages leave synchronously, so the preload's
 * call is enough; over HTTP a keepalive request outlives the page (up to 64 KB of body).
 */
export function saveOnUnload(id: string, document: unknown): void {
  if (window.envelope) {
    void window.envelope.saveDesign({ id, document: document as never });
    return;
  }
  const body = JSON.stringify({ id, document });
  if (body.length < 60_000) {
    void fetch('/api/saveDesign', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, keepalive: true });
  }
}
