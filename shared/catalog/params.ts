import type { ChoiceParamDef, FlagParamDef, NumberParamDef, ParamDef, ParamUnit, TextParamDef } from './types';
import { SRC } from './sources';

/**
 * Parameter builders shared by the kinds, so that "instances" or "MTBF" mean the same thing,
 * with the same bounds and source, on every block that has them.
 */

type NumberOptions = Partial<Omit<NumberParamDef, 'type' | 'key' | 'label' | 'unit' | 'default'>> & {
  description: string;
  source: string;
};

export function num(key: string, label: string, unit: ParamUnit, value: number, opts: NumberOptions): NumberParamDef {
  return { type: 'number', key, label, unit, default: value, min: opts.min ?? 0, max: opts.max ?? 1e15, ...opts };
}

export function choice(key: string, label: string, options: readonly string[], value: string, description: string, source: string): ChoiceParamDef {
  return { type: 'choice', key, label, unit: 'choice', default: value, options, description, source };
}

export function flag(key: string, label: string, value: boolean, description: string, source: string): FlagParamDef {
  return { type: 'flag', key, label, unit: 'flag', default: value, description, source };
}

export function text(key: string, label: string, value: string, description: string, source = 'the technology you picked (counts toward maintainability)', maxLength = 100): TextParamDef {
  return { type: 'text', key, label, unit: 'text', default: value, maxLength, description, source };
}

export const capacityModels = ['perInstanceQps', 'cpuBound', 'memoryBound'] as const;
export type CapacityModel = (typeof capacityModels)[number];

export const writeConsistencies = ['one', 'quorum', 'all'] as const;

/**
 * A store's write consistency when left unset: a majority (quorum) of its copies when it keeps
 * three or more, one copy when fewer (a majority of two is both, less available than one server).
 */
export const autoWriteConsistency = (copies: number): (typeof writeConsistencies)[number] => (copies >= 3 ? 'quorum' : 'one');
export type WriteConsistency = (typeof writeConsistencies)[number];

/** Number of instances (servers, nodes, brokers) drawn for this block. */
export function instances(value = 1): NumberParamDef {
  return num('instances', 'Instances', 'count', value, {
    min: 1,
    max: 1_000_000,
    integer: true,
    description: 'How many instances of this block you run (replicas, servers, nodes).',
    source: 'your design (one instance is a single point of failure)',
  });
}

/** Capacity from a per-instance rate (the rates table). */
export function qpsCapacity(qps: number, source: string): ParamDef[] {
  return [
    choice('capacityModel', 'Capacity model', capacityModels, 'perInstanceQps', 'How requests per second per instance are found: a measured rate, or the CPU- or memory-bound server model.', SRC.capacityModels),
    num('qpsPerInstance', 'Requests/s per instance', 'rps', qps, { min: 0.001, description: 'Requests one instance handles per second.', source }),
  ];
}

/** The seed's server model: CPU-bound and memory-bound request estimation. */
export function serverModel(model: CapacityModel, spec: { cores: number; ramGB: number; cpuMsPerRequest: number; qps: number; source: string }): ParamDef[] {
  return [
    choice('capacityModel', 'Capacity model', capacityModels, model, 'How requests per second per instance are found: a measured rate, or the CPU- or memory-bound server model.', SRC.requestCpu),
    num('qpsPerInstance', 'Requests/s per instance', 'rps', spec.qps, { min: 0.001, description: 'Used when the capacity model is perInstanceQps.', source: spec.source }),
    num('cores', 'CPU cores', 'cores', spec.cores, { min: 1, max: 10_000, description: 'Cores (or hardware threads) per instance.', source: spec.source }),
    num('cpuMsPerRequest', 'CPU time per request', 'ms', spec.cpuMsPerRequest, { min: 0.001, max: 3_600_000, description: 'CPU time one request needs (CPU-bound model).', source: SRC.requestCpu }),
    num('ramGB', 'RAM', 'GB', spec.ramGB, { min: 0.001, max: 1_000_000, description: 'Memory per instance.', source: spec.source }),
    num('osReserveGB', 'RAM used by the OS', 'GB', 16, { min: 0, max: 1_000_000, description: 'Memory taken by the OS and other processes.', source: SRC.requestMemory }),
    num('memoryPerWorkerMB', 'Memory per worker', 'MB', 300, { min: 0.001, max: 1e9, description: 'Memory one worker holds while it serves a request.', source: SRC.requestMemory }),
    num('memoryMsPerRequest', 'Time per memory-bound request', 'ms', 50, { min: 0.001, max: 3_600_000, description: 'Time a worker is busy per request (memory-bound model).', source: SRC.requestMemory }),
  ];
}

export function targetUtilization(): NumberParamDef {
  return num('targetUtilization', 'Target utilisation', 'ratio', 1, {
    min: 0.01,
    max: 1,
    description: 'Share of capacity you are willing to use at peak; below 1 leaves headroom.',
    source: SRC.utilisation,
  });
}

export function serviceTime(ms: number, source: string): NumberParamDef {
  return num('serviceTimeMs', 'Service time', 'ms', ms, { min: 0, max: 3_600_000, description: 'Time the block spends on one request, network hops excluded.', source });
}

/** MTBF, MTTR and an optional availability override, per instance. */
export function reliability(availabilityPerInstance: number, source: string): ParamDef[] {
  const mttrHours = 1;
  const mtbfHours = (availabilityPerInstance * mttrHours) / (1 - availabilityPerInstance);
  return [
    num('mtbfHours', 'MTBF per instance', 'hours', Math.round(mtbfHours), { min: 0.001, max: 1e9, description: 'Mean time between failures of one instance.', source }),
    num('mttrHours', 'MTTR per instance', 'hours', mttrHours, { min: 0.0001, max: 1e6, description: 'Mean time to repair (or replace) one failed instance.', source }),
    num('availability', 'Availability per instance', 'ratio', availabilityPerInstance, {
      min: 0,
      max: 1,
      optional: true,
      description: 'When set, used instead of MTBF / (MTBF + MTTR).',
      source: SRC.availability,
    }),
  ];
}

/** Durable storage: replication, node size, retention and checkpoints. */
export function storage(spec: { perNodeTB: number; replicationFactor: number; source: string; retentionDays?: number; retentionSource?: string }): ParamDef[] {
  return [
    num('replicationFactor', 'Replication factor', 'count', spec.replicationFactor, { min: 1, max: 100, integer: true, description: 'Copies kept of every item.', source: SRC.replication }),
    num('storagePerNodeTB', 'Storage per node', 'TB', spec.perNodeTB, { min: 0.000001, max: 1e6, description: 'Usable storage of one node.', source: spec.source }),
    num('retentionDays', 'Retention', 'days', spec.retentionDays ?? 365 * 5, {
      min: 0,
      max: 365 * 1000,
      optional: spec.retentionDays === undefined,
      description: 'How long data is kept; when unset, the workload retention applies.',
      source: spec.retentionSource ?? SRC.workloadRetention,
    }),
    // Optional: unset, it follows the copies the block keeps (autoWriteConsistency), which the
    // inspector shows; the default here is the kind's, for the catalog.
    {
      ...choice('writeConsistency', 'Write consistency', writeConsistencies, autoWriteConsistency(spec.replicationFactor), 'Copies that must be up to accept a write: one, a majority (quorum) or all. Unset: a quorum with 3 or more copies, one with fewer (a majority of two is both). A read needs one copy.', SRC.replication),
      optional: true,
    },
    flag('checkpointing', 'Checkpoints / backups', true, 'Saves consistent state to stable storage so a failure restarts from the last checkpoint.', SRC.checkpointing),
  ];
}

export function hitRatio(value: number, description: string): NumberParamDef {
  return num('cacheHitRatio', 'Hit ratio', 'ratio', value, { min: 0, max: 1, description, source: SRC.assumption });
}
