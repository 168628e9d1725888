/// <reference lib="webworker" />
import { estimate } from '../../../shared/estimate';
import type { EstimateRequest, EstimateReply } from './workerProtocol';

/**
 * The estimation engine off the main thread: at 1,000 blocks a run is tens of milliseconds, which
 * on the main thread landed between the canvas's first render and its first paint on every open
 * (and in a frame after every edit).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EstimateRequest>) => {
  const { seq, design } = event.data;
  const started = performance.now();
  let reply: EstimateReply;
  try {
    reply = { seq, ok: true, result: estimate(design), elapsedMs: performance.now() - started };
  } catch (err) {
    reply = { seq, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
