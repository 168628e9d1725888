import { capacityModels, edgeParams, resolveBlockKind, type BlockKind, type CapacityModel, type EdgeAppliesTo, type NetworkKind, type ParamDef } from '../catalog';
import type { DesignEdge, DesignNode } from '../model/design';

/**
 * Blocks' parameters as columns (struct of arrays), resolved against their kinds: the user's
 * value where it is valid, the catalog default otherwise (with a problem naming the field), NaN
 * inside the engine for optional values left unset. Columns keep a 10,000-block estimate free of
 * per-block objects, which on V8 would box every number.
 */
export const NUMERIC_PARAMS = [
  'instances', 'qpsPerInstance', 'cores', 'cpuMsPerRequest', 'ramGB', 'osReserveGB', 'memoryPerWorkerMB', 'memoryMsPerRequest',
  'targetUtilization', 'serviceTimeMs', 'mtbfHours', 'mttrHours', 'availability', 'replicationFactor', 'storagePerNodeTB',
  'retentionDays', 'cacheHitRatio', 'rejectedShare',
] as const;
export type NumericParam = (typeof NUMERIC_PARAMS)[number];

/** Behaviour bits per block. */
export const B_SPLITS = 1;
export const B_CACHES = 2;
export const B_STORES = 4;
export const B_INGESTS = 8;
export const B_CLIENT = 16;
export const B_THROTTLES = 32;
export const B_STATEFUL = 64;

/** Values for parameters a kind does not declare (a client has no instances to count). */
const NEUTRAL: Record<NumericParam, number> = {
  instances: 1, qpsPerInstance: 1e12, cores: 1, cpuMsPerRequest: 1, ramGB: 1, osReserveGB: 0, memoryPerWorkerMB: 1,
  memoryMsPerRequest: 1, targetUtilization: 1, serviceTimeMs: 0, mtbfHours: 1e12, mttrHours: 1, availability: NaN,
  replicationFactor: 1, storagePerNodeTB: 1, retentionDays: NaN, cacheHitRatio: 0, rejectedShare: 0,
};

export interface BlockTable {
  count: number;
  kind: BlockKind[];
  knownKind: Uint8Array;
  behaviour: Uint8Array;
  num: Record<NumericParam, Float64Array>;
  capacityModel: CapacityModel[];
  checkpointing: Uint8Array;
  technology: string[];
}

export interface ParamProblem {
  field: string;
  message: string;
}

/** Why a value does not fit its definition, or null when it does. */
export function paramProblem(def: ParamDef, value: unknown): string | null {
  switch (def.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${def.label} must be a number`;
      if (value < def.min) return `${def.label} must be at least ${def.min} ${def.unit}`;
      if (value > def.max) return `${def.label} must be at most ${def.max} ${def.unit}`;
      if (def.integer && !Number.isInteger(value)) return `${def.label} must be a whole number`;
      return null;
    case 'choice':
      return typeof value === 'string' && def.options.includes(value) ? null : `${def.label} must be one of ${def.options.join(', ')}`;
    case 'flag':
      return typeof value === 'boolean' ? null : `${def.label} must be true or false`;
    case 'text':
      return typeof value === 'string' && value.length <= def.maxLength ? null : `${def.label} must be text of at most ${def.maxLength} characters`;
  }
}

interface KindDefaults {
  num: Record<NumericParam, number>;
  defs: Map<string, ParamDef>;
  behaviour: number;
  capacityModel: CapacityModel;
  checkpointing: boolean;
  technology: string;
}

const kindDefaults = new WeakMap<BlockKind, KindDefaults>();

function defaultsFor(kind: BlockKind): KindDefaults {
  let d = kindDefaults.get(kind);
  if (d) return d;
  const num = { ...NEUTRAL };
  const defs = new Map(kind.params.map((p) => [p.key, p]));
  for (const p of kind.params) if (!p.optional && p.type === 'number' && p.key in num) num[p.key as NumericParam] = p.default;
  const b = kind.behaviour;
  const behaviour = (b.splitsTraffic ? B_SPLITS : 0) | (b.cachesReads ? B_CACHES : 0) | (b.storesData ? B_STORES : 0) | (b.ingestsEveryRequest ? B_INGESTS : 0)
    | (b.isClient ? B_CLIENT : 0) | (b.throttles ? B_THROTTLES : 0) | (kind.stateful ? B_STATEFUL : 0);
  const str = (key: string, fallback: string): string => {
    const p = defs.get(key);
    return p && (p.type === 'choice' || p.type === 'text') ? p.default : fallback;
  };
  const cp = defs.get('checkpointing');
  d = { num, defs, behaviour, capacityModel: str('capacityModel', 'perInstanceQps') as CapacityModel, checkpointing: cp?.type === 'flag' ? cp.default : false, technology: str('technology', '') };
  kindDefaults.set(kind, d);
  return d;
}

export function buildBlockTable(nodes: readonly DesignNode[], problems: ParamProblem[]): BlockTable {
  const count = nodes.length;
  const kind = new Array<BlockKind>(count);
  const knownKind = new Uint8Array(count);
  const behaviour = new Uint8Array(count);
  const capacityModel = new Array<CapacityModel>(count);
  const checkpointing = new Uint8Array(count);
  const technology = new Array<string>(count);
  const defaults = new Array<KindDefaults>(count);
  for (let i = 0; i < count; i++) {
    const r = resolveBlockKind(nodes[i]!.kind);
    kind[i] = r.kind;
    knownKind[i] = r.known ? 1 : 0;
    const d = defaultsFor(r.kind);
    defaults[i] = d;
    behaviour[i] = d.behaviour;
    capacityModel[i] = d.capacityModel;
    checkpointing[i] = d.checkpointing ? 1 : 0;
    technology[i] = d.technology;
  }
  const num = {} as Record<NumericParam, Float64Array>;
  // Column by column, so each loop reads one property of one shape.
  for (const key of NUMERIC_PARAMS) {
    const col = new Float64Array(count);
    for (let i = 0; i < count; i++) col[i] = defaults[i]!.num[key];
    num[key] = col;
  }
  for (let i = 0; i < count; i++) {
    const params = nodes[i]!.params;
    for (const key in params) {
      const def = defaults[i]!.defs.get(key);
      if (!def) continue; // unknown keys stay in the document and are ignored here
      const value = params[key];
      const problem = paramProblem(def, value);
      if (problem !== null) {
        problems.push({ field: `nodes.${i}.params.${key}`, message: `${problem}; the default ${String(def.default)} was used` });
        continue;
      }
      if (key in num) num[key as NumericParam][i] = value as number;
      else if (key === 'capacityModel' && (capacityModels as readonly unknown[]).includes(value)) capacityModel[i] = value as CapacityModel;
      else if (key === 'checkpointing') checkpointing[i] = value === true ? 1 : 0;
      else if (key === 'technology') technology[i] = value as string;
    }
  }
  return { count, kind, knownKind, behaviour, num, capacityModel, checkpointing, technology };
}

export interface EdgeParams {
  /** NaN when unset. */
  share: number;
  fanOut: number;
  appliesTo: EdgeAppliesTo;
  operations: Set<string> | null;
  network: NetworkKind | null;
  /** NaN when unset. */
  latencyMs: number;
}

const edgeDefs = new Map(edgeParams.map((d) => [d.key, d]));
const DEFAULT_EDGE: EdgeParams = Object.freeze({ share: NaN, fanOut: 1, appliesTo: 'all', operations: null, network: null, latencyMs: NaN });

/** A connection's parameters; connections without any share one frozen default. */
export function resolveEdgeParams(edge: DesignEdge, index: number, problems: ParamProblem[]): EdgeParams {
  let out: EdgeParams | null = null;
  for (const key in edge.params) {
    const def = edgeDefs.get(key);
    if (!def) continue;
    const value = edge.params[key];
    const problem = paramProblem(def, value);
    if (problem !== null) {
      problems.push({ field: `edges.${index}.params.${key}`, message: `${problem}; the default ${String(def.default)} was used` });
      continue;
    }
    out ??= { ...DEFAULT_EDGE };
    if (key === 'operations') {
      const ops = (value as string).split(',').map((s) => s.trim()).filter(Boolean);
      out.operations = ops.length ? new Set(ops) : null;
    } else (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out ?? DEFAULT_EDGE;
}
