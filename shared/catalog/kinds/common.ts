import type { BlockKind, ParamDef } from '../types';
import { instances, qpsCapacity, reliability, serviceTime, targetUtilization, text } from '../params';
import { SRC } from '../sources';

/**
 * The parameters every block we run shares: instances, capacity from a per-instance rate,
 * headroom, service time and per-instance reliability, plus the technology it is built with.
 */
export function serviceParams(spec: {
  qps: number;
  qpsSource: string;
  serviceMs: number;
  serviceSource: string;
  technology: string;
  instances?: number;
  availability?: number;
  availabilitySource?: string;
}): ParamDef[] {
  return [
    instances(spec.instances ?? 1),
    ...qpsCapacity(spec.qps, spec.qpsSource),
    targetUtilization(),
    serviceTime(spec.serviceMs, spec.serviceSource),
    ...reliability(spec.availability ?? 0.999, spec.availabilitySource ?? SRC.availabilityTable),
    text('technology', 'Technology', spec.technology, 'Product or stack this block runs (distinct technologies lower maintainability).'),
  ];
}

/** Freeze a kind so a consumer cannot change the catalog for everyone else. */
export function defineKind(kind: BlockKind): BlockKind {
  return Object.freeze({ ...kind, synonyms: Object.freeze([...kind.synonyms]), params: Object.freeze(kind.params.map((p) => Object.freeze(p))) });
}
