/// <reference lib="webworker" />
import { runEstimate, type EstimateRequest } from './workerProtocol';

/**
 * The estimation engine off the main thread: at 1,000 blocks a run is tens of milliseconds, which
 * on the main thread landed between the canvas's first render and its first paint on every open
 * (and in a frame after every edit).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EstimateRequest>) => {
  scope.postMessage(runEstimate(event.data.seq, event.data.design));
};
