import { capacityModels, edgeParams, resolveBlockKind, type BlockKind, type BlockRole, type CapacityModel, type EdgeAppliesTo, type EdgeCarries, type NetworkKind, type ParamDef } from '../catalog';
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
  'retentionDays', 'cacheHitRatio', 'rejectedShare', 'lookupsPerUserPerDay', 'readQpsPerInstance', 'bytesPerRecord', 'seriesPerInstance',
  'scrapeIntervalSeconds', 'bytesPerSample',
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
export const B_MANAGED = 128;
export const B_SERVES_WRITES = 256;

/** Role codes per block (BlockRole in the catalog); 0 is an ordinary block. */
export const ROLE_NONE = 0;
export const ROLE_DNS = 1;
export const ROLE_CDN = 2;
export const ROLE_MEDIA = 3;
export const ROLE_BUFFER = 4;
export const ROLE_LOGS = 5;
export const ROLE_METRICS = 6;
const ROLE_CODES: Record<BlockRole, number> = { dns: ROLE_DNS, cdn: ROLE_CDN, media: ROLE_MEDIA, buffer: ROLE_BUFFER, logs: ROLE_LOGS, metrics: ROLE_METRICS };

/** Copies a write needs, by write consistency: one, quorum (a majority), all; auto when unset. */
export const WRITE_AUTO = 0;
export const WRITE_ONE = 1;
export const WRITE_QUORUM = 2;
export const WRITE_ALL = 3;

/** Parameters whose typed value decides which capacity model applies, and which model reads them. */
const MODEL_OF_PARAM: Partial<Record<NumericParam, CapacityModel>> = {
  qpsPerInstance: 'perInstanceQps',
  cores: 'cpuBound',
  cpuMsPerRequest: 'cpuBound',
  ramGB: 'memoryBound',
  osReserveGB: 'memoryBound',
  memoryPerWorkerMB: 'memoryBound',
  memoryMsPerRequest: 'memoryBound',
};

/** Values for parameters a kind does not declare (a client has no instances to count). */
const NEUTRAL: Record<NumericParam, number> = {
  instances: 1, qpsPerInstance: 1e12, cores: 1, cpuMsPerRequest: 1, ramGB: 1, osReserveGB: 0, memoryPerWorkerMB: 1,
  memoryMsPerRequest: 1, targetUtilization: 1, serviceTimeMs: 0, mtbfHours: 1e12, mttrHours: 1, availability: NaN,
  replicationFactor: 1, storagePerNodeTB: 1, retentionDays: NaN, cacheHitRatio: 0, rejectedShare: 0, lookupsPerUserPerDay: 0,
  readQpsPerInstance: NaN, bytesPerRecord: 0, seriesPerInstance: 0, scrapeIntervalSeconds: 1, bytesPerSample: 0,
};

/** A typed value the block's current model does not read, or two values that disagree. */
export interface ParamNotice {
  code: 'ignoredParam' | 'inconsistentParams';
  block: number;
  field: string;
  message: string;
}

export interface BlockTable {
  count: number;
  kind: BlockKind[];
  knownKind: Uint8Array;
  behaviour: Uint16Array;
  num: Record<NumericParam, Float64Array>;
  capacityModel: CapacityModel[];
  /** How the capacity model was chosen: the kind's default, the user's choice, or a typed value. */
  capacityModelReason: ('default' | 'set' | 'typed')[];
  checkpointing: Uint8Array;
  technology: string[];
  role: Uint8Array;
  writeConsistency: Uint8Array;
  /** 1 when the user typed the service time (else it follows the capacity model's time per request). */
  serviceTimeSet: Uint8Array;
  notices: ParamNotice[];
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
  role: number;
  writeConsistency: number;
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
    | (b.isClient ? B_CLIENT : 0) | (b.throttles ? B_THROTTLES : 0) | (kind.stateful ? B_STATEFUL : 0) | (b.managed ? B_MANAGED : 0) | (b.servesWrites ? B_SERVES_WRITES : 0);
  const str = (key: string, fallback: string): string => {
    const p = defs.get(key);
    return p && (p.type === 'choice' || p.type === 'text') ? p.default : fallback;
  };
  const cp = defs.get('checkpointing');
  d = {
    num, defs, behaviour, capacityModel: str('capacityModel', 'perInstanceQps') as CapacityModel, checkpointing: cp?.type === 'flag' ? cp.default : false, technology: str('technology', ''),
    // Unset, the consistency follows the copies kept (writeConsistencyName): a majority of two is both.
    role: b.role ? ROLE_CODES[b.role] : ROLE_NONE, writeConsistency: WRITE_AUTO,
  };
  kindDefaults.set(kind, d);
  return d;
}

function consistencyCode(value: unknown): number {
  return value === 'one' ? WRITE_ONE : value === 'all' ? WRITE_ALL : WRITE_QUORUM;
}

export function buildBlockTable(nodes: readonly DesignNode[], problems: ParamProblem[]): BlockTable {
  const count = nodes.length;
  const kind = new Array<BlockKind>(count);
  const knownKind = new Uint8Array(count);
  const behaviour = new Uint16Array(count);
  const capacityModel = new Array<CapacityModel>(count);
  const checkpointing = new Uint8Array(count);
  const technology = new Array<string>(count);
  const role = new Uint8Array(count);
  const writeConsistency = new Uint8Array(count);
  const serviceTimeSet = new Uint8Array(count);
  const capacityModelReason = new Array<'default' | 'set' | 'typed'>(count).fill('default');
  const notices: ParamNotice[] = [];
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
    role[i] = d.role;
    writeConsistency[i] = d.writeConsistency;
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
    const typed: NumericParam[] = [];
    let modelSet = false;
    for (const key in params) {
      const def = defaults[i]!.defs.get(key);
      if (!def) {
        // Kept in the document (another kind may read it after a change of kind), but said aloud.
        if (knownKind[i]) notices.push({ code: 'ignoredParam', block: i, field: `nodes.${i}.params.${key}`, message: `"${key}" is not a parameter of a ${kind[i]!.name}; it is ignored` });
        continue;
      }
      const value = params[key];
      const problem = paramProblem(def, value);
      if (problem !== null) {
        problems.push({ field: `nodes.${i}.params.${key}`, message: `${problem}; the default ${String(def.default)} was used` });
        continue;
      }
      if (key in num) {
        num[key as NumericParam][i] = value as number;
        typed.push(key as NumericParam);
      } else if (key === 'capacityModel' && (capacityModels as readonly unknown[]).includes(value)) {
        capacityModel[i] = value as CapacityModel;
        modelSet = true;
      } else if (key === 'checkpointing') checkpointing[i] = value === true ? 1 : 0;
      else if (key === 'technology') technology[i] = value as string;
      else if (key === 'writeConsistency') writeConsistency[i] = consistencyCode(value);
    }
    if (typed.length) resolveTyped(i, typed, modelSet, defaults[i]!, { num, capacityModel, capacityModelReason, serviceTimeSet, notices });
    else if (modelSet) capacityModelReason[i] = 'set';
    // Left unset, the time a request spends in the block is the time its capacity model charges.
    if (!serviceTimeSet[i]) {
      if (capacityModel[i] === 'cpuBound' && defaults[i]!.defs.has('cpuMsPerRequest')) num.serviceTimeMs[i] = num.cpuMsPerRequest[i]!;
      else if (capacityModel[i] === 'memoryBound' && defaults[i]!.defs.has('memoryMsPerRequest')) num.serviceTimeMs[i] = num.memoryMsPerRequest[i]!;
    }
  }
  return { count, kind, knownKind, behaviour, num, capacityModel, capacityModelReason, checkpointing, technology, role, writeConsistency, serviceTimeSet, notices };
}

/**
 * What a user types wins. A capacity parameter typed on a block whose model was left at the
 * kind's default switches the model to the one that reads it (a per-instance rate typed on a
 * CPU-bound server is that server's rate); typed values the chosen model still does not read are
 * reported, never silently dropped. A typed service time shorter than the CPU time a request needs
 * would have latency contradict capacity, so latency uses the longer and says so.
 */
function resolveTyped(
  i: number,
  typed: NumericParam[],
  modelSet: boolean,
  d: KindDefaults,
  t: Pick<BlockTable, 'num' | 'capacityModel' | 'capacityModelReason' | 'serviceTimeSet' | 'notices'>,
): void {
  const models = typed.map((key) => MODEL_OF_PARAM[key]).filter((m): m is CapacityModel => m !== undefined && d.defs.has('capacityModel'));
  if (modelSet) t.capacityModelReason[i] = 'set';
  else if (models.length && !models.includes(t.capacityModel[i]!)) {
    // The last model named wins when typed values name several; the others are reported below.
    t.capacityModel[i] = models[models.length - 1]!;
    t.capacityModelReason[i] = 'typed';
  }
  const model = t.capacityModel[i]!;
  for (const key of typed) {
    const reads = MODEL_OF_PARAM[key];
    if (reads && reads !== model && d.defs.has('capacityModel')) {
      t.notices.push({ code: 'ignoredParam', block: i, field: `nodes.${i}.params.${key}`, message: `${d.defs.get(key)!.label} is set but the capacity model is ${model}, which does not read it; choose the ${reads} model to use it` });
    }
  }
  if (typed.includes('serviceTimeMs')) {
    t.serviceTimeSet[i] = 1;
    const cpu = model === 'cpuBound' ? t.num.cpuMsPerRequest[i]! : model === 'memoryBound' ? t.num.memoryMsPerRequest[i]! : 0;
    if (t.num.serviceTimeMs[i]! < cpu) {
      t.notices.push({ code: 'inconsistentParams', block: i, field: `nodes.${i}.params.serviceTimeMs`, message: `the service time (${t.num.serviceTimeMs[i]} ms) is shorter than the ${cpu} ms each request needs under the ${model} model; latency uses ${cpu} ms` });
      t.num.serviceTimeMs[i] = cpu;
    }
  }
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
  carries: EdgeCarries;
  /** NaN when unset. */
  bytesPerRequest: number;
}

const edgeDefs = new Map(edgeParams.map((d) => [d.key, d]));
const DEFAULT_EDGE: EdgeParams = Object.freeze({ share: NaN, fanOut: 1, appliesTo: 'all', operations: null, network: null, latencyMs: NaN, carries: 'auto', bytesPerRequest: NaN });

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
