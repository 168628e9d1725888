import { z } from 'zod';

/**
 * The estimate's shape, documented once: the engine's output type is inferred from it, and a
 * process boundary can validate against it. Every number is finite.
 *
 * Per-block and per-connection figures are columns (one Float64Array per figure, index i is
 * `design.nodes[i]` or `design.edges[i]`): a 10,000-block estimate is a few dozen typed arrays
 * instead of half a million objects, which is what keeps it under 50 ms. Typed arrays cross
 * IPC (structured clone) as they are; for JSON use `resultToJson` / `resultFromJson` (json.ts),
 * and `blockRow(result, i)` / `edgeRow(result, e)` (view.ts) give one row as an object.
 * Units are in the names: Rps (requests/s), Ms, Bytes, BitsPerSecond, Hours, Seconds; ratios 0..1.
 */
const n = z.number().finite();
const col = z.custom<Float64Array>((v) => v instanceof Float64Array, 'expected a Float64Array column');
const bits = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected a Uint8Array column');

export const ScoreReasonSchema = z.object({ points: n, reason: z.string() });
export const ScoreSchema = z.object({ value: n.min(0).max(100), reasons: z.array(ScoreReasonSchema) });
export const ScoresSchema = z.object({ scalability: ScoreSchema, maintainability: ScoreSchema, faultTolerance: ScoreSchema });

/** Bits of `BlockColumns.flags`. */
export const BLOCK_FLAG = { knownKind: 1, isClient: 2, reachable: 4, storesData: 8, capacityShortfall: 16, managed: 32, operational: 64 } as const;

export const BlockColumnsSchema = z.object({
  id: z.array(z.string()),
  /**
   * Bit set: 1 known kind, 2 client (no capacity or availability of ours), 4 reached by some
   * operation, 8 keeps data, 16 cannot carry its peak with the instances drawn (its availability
   * is then for the instances the load needs), 32 a managed service that scales itself, 64 keeps
   * operational data (a queue's window, logs, metrics) rather than the product's.
   */
  flags: bits,
  avgRps: col,
  peakRps: col,
  avgReadRps: col,
  avgWriteRps: col,
  /** Average rps per operation and block, row-major: [operationIndex * blockCount + blockIndex]. */
  avgRpsByOperation: col,
  inBitsPerSecond: col,
  outBitsPerSecond: col,
  serviceTimeMs: col,
  rpsPerInstance: col,
  instances: col,
  targetUtilization: col,
  /** Instances needed at the target utilisation for the peak load. */
  instancesNeeded: col,
  /** Instances needed at the target utilisation for the average load. */
  instancesNeededAvg: col,
  /** Peak rps / (rps per instance * instances drawn); above 1 is over capacity. */
  utilization: col,
  /** Requests in flight at peak (Little's law). */
  peakConcurrentRequests: col,
  bytesPerDay: col,
  bytesPerYear: col,
  retentionDays: col,
  replicationFactor: col,
  /** All copies kept over the retention period. */
  bytesStored: col,
  storageNodesNeeded: col,
  shardsNeeded: col,
  instanceAvailability: col,
  /** Instances that must be up to carry the peak load (k of n). */
  instancesRequired: col,
  blockAvailability: col,
  /** Availability of a read: one copy up (stores), else the block's availability. */
  readAvailability: col,
  /** Availability of a write: the copies its write consistency asks for (stores), else the block's. */
  writeAvailability: col,
  downtimeSecondsPerYear: col,
  downtimeSecondsPerMonth: col,
  downtimeSecondsPerDay: col,
  blockMtbfHours: col,
  blockMttrHours: col,
  /** Chance of running `totals.reliabilityWindowDays` without a failure: e^(-t / MTBF). */
  failureFreeProbability: col,
  scalability: col,
  maintainability: col,
  faultTolerance: col,
});

export const EdgeColumnsSchema = z.object({
  id: z.array(z.string()),
  /** 1 when the connection closes a cycle (its traffic is not followed). */
  closesCycle: bits,
  avgRps: col,
  peakRps: col,
  /** [operationIndex * edgeCount + edgeIndex] */
  avgRpsByOperation: col,
  /** Request bytes, source to target. */
  requestBitsPerSecond: col,
  /** Response bytes, target to source (synchronous connections only). */
  responseBitsPerSecond: col,
  /** Average bytes per request, source to target, over the operations that take the connection. */
  avgRequestBytes: col,
  /** Average bytes per response, target to source (0 on asynchronous connections). */
  avgResponseBytes: col,
  network: z.array(z.enum(['sameDataCenter', 'edge', 'crossRegion', 'internet'])),
  hopLatencyMs: col,
});

export const OperationEstimateSchema = z.object({
  id: z.string(),
  name: z.string(),
  writes: z.boolean(),
  entryNodeId: z.string().nullable(),
  requestsPerDay: n,
  avgRps: n,
  peakRps: n,
  requestBytes: n,
  responseBytes: n,
  /** Expected latency along the synchronous path, cache hits weighted in. */
  latencyMs: n,
  /** Latency when every cache misses and the slowest branch is taken. */
  worstLatencyMs: n,
  availability: n,
  downtimeSecondsPerYear: n,
  downtimeSecondsPerMonth: n,
  downtimeSecondsPerDay: n,
  /** Blocks whose failure stops the operation. */
  criticalBlockIds: z.array(z.string()),
  sloLatencyMs: n.nullable(),
  sloAvailability: n.nullable(),
  sloLatencyMet: z.boolean().nullable(),
  sloAvailabilityMet: z.boolean().nullable(),
});

export const WarningCodeSchema = z.enum(['spof', 'overCapacity', 'storageBeyondNodes', 'missingInput', 'invalidParam', 'ignoredParam', 'inconsistentParams', 'unknownOperation', 'mediaAsMetadata', 'unknownKind', 'cycle', 'unreachable', 'sloMissed']);

export const EstimateWarningSchema = z.object({
  code: WarningCodeSchema,
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  blockId: z.string().optional(),
  edgeId: z.string().optional(),
  operationId: z.string().optional(),
  /** Document path of the input at fault, e.g. "workload.operations.0.entryNodeId". */
  field: z.string().optional(),
});

export const DesignTotalsSchema = z.object({
  dailyActiveUsers: n,
  peakFactor: n,
  avgRps: n,
  peakRps: n,
  avgReadRps: n,
  avgWriteRps: n,
  instances: n,
  instancesNeeded: n,
  /** Instances needed for the average load (side by side with the peak's). */
  instancesNeededAvg: n,
  /** The data the product keeps (databases, stores, blob stores): per day, per year, all copies kept. */
  storageBytesPerDay: n,
  storageBytesPerYear: n,
  storageBytesStored: n,
  /** Operational storage: queue and pub-sub windows, logs and metrics (written per day, kept). */
  operationalBytesPerDay: n,
  operationalBytesStored: n,
  ingressBitsPerSecond: n,
  egressBitsPerSecond: n,
  peakIngressBitsPerSecond: n,
  peakEgressBitsPerSecond: n,
  /** Availability of the least available operation (1 when there are none). */
  lowestOperationAvailability: n,
  reliabilityWindowDays: n,
});

export const EstimateResultSchema = z.object({
  engineVersion: z.literal(1),
  units: z.enum(['decimal', 'binary']),
  operations: z.array(OperationEstimateSchema),
  blocks: BlockColumnsSchema,
  edges: EdgeColumnsSchema,
  totals: DesignTotalsSchema,
  scores: ScoresSchema,
  warnings: z.array(EstimateWarningSchema),
});

export type ScoreReason = z.infer<typeof ScoreReasonSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type Scores = z.infer<typeof ScoresSchema>;
export type BlockColumns = z.infer<typeof BlockColumnsSchema>;
export type EdgeColumns = z.infer<typeof EdgeColumnsSchema>;
export type OperationEstimate = z.infer<typeof OperationEstimateSchema>;
export type WarningCode = z.infer<typeof WarningCodeSchema>;
export type EstimateWarning = z.infer<typeof EstimateWarningSchema>;
export type DesignTotals = z.infer<typeof DesignTotalsSchema>;
export type EstimateResult = z.infer<typeof EstimateResultSchema>;
/** Names of the per-block figure columns (everything but id and flags). */
export type BlockFigureKey = Exclude<keyof BlockColumns, 'id' | 'flags' | 'avgRpsByOperation'>;
export type EdgeFigureKey = Exclude<keyof EdgeColumns, 'id' | 'closesCycle' | 'network' | 'avgRpsByOperation'>;
