import { z } from 'zod';

/**
 * Workload assumptions at design level. The estimation engine (shared/estimate) reads these;
 * every field has a default so a blank design estimates to zero load rather than failing.
 */
const Finite = z.number().finite('must be a finite number');

export const PayloadShareSchema = z.object({
  /** Share of requests (0..1) that carry this payload. */
  share: Finite.min(0, 'a share is between 0 and 1').max(1, 'a share is between 0 and 1'),
  bytes: Finite.min(0, 'a size cannot be negative'),
  label: z.string().max(100).default(''),
  /**
   * Media given as duration x bitrate ("a 4-minute video at 5 Mbit/s"): when both are set they
   * decide the size, bytes = seconds * bits per second / 8, and `bytes` is kept in step by editors.
   */
  seconds: Finite.positive('a duration is longer than 0 s').optional(),
  bitsPerSecond: Finite.positive('a bitrate is above 0 bit/s').optional(),
});

/** Periods an operation's total rate can be given per. */
export const ratePeriods = ['second', 'minute', 'hour', 'day'] as const;
export const RATE_PERIOD_SECONDS: Record<(typeof ratePeriods)[number], number> = { second: 1, minute: 60, hour: 3_600, day: 86_400 };

/** An operation's rate as people state it: "3,000 uploads a minute" across all users. */
export const OperationRateSchema = z.object({
  count: Finite.min(0, 'a rate cannot be negative'),
  per: z.enum(ratePeriods),
});

export const OperationSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  requestsPerUserPerDay: Finite.min(0, 'requests per user per day cannot be negative'),
  /** When set, the operation's total rate, used instead of DAU * requests per user per day. */
  rate: OperationRateSchema.optional(),
  requestBytes: Finite.min(0).default(1_000),
  responseBytes: Finite.min(0).default(1_000),
  payloadMix: z.array(PayloadShareSchema).max(50).default([]),
  writes: z.boolean().default(false),
  /** Node id where the operation enters the graph (usually a client). */
  entryNodeId: z.string().max(100).optional(),
  /** Optional latency objective in ms for this operation. */
  sloLatencyMs: Finite.positive().optional(),
  sloAvailability: Finite.min(0).max(1).optional(),
});

export const PeakModelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('factor'), factor: Finite.min(1, 'a peak factor is at least 1') }),
  z.object({
    type: z.literal('window'),
    /** e.g. 0.8 of the traffic ... */
    trafficShare: Finite.gt(0).max(1),
    /** ... in 0.2 of the day. */
    timeShare: Finite.gt(0).max(1),
  }),
]);

export const WorkloadSchema = z.object({
  dailyActiveUsers: Finite.min(0, 'daily active users cannot be negative'),
  operations: z.array(OperationSchema).max(500),
  peak: PeakModelSchema.default({ type: 'factor', factor: 2 }),
  retentionDays: Finite.min(0).default(365 * 5),
  units: z.enum(['decimal', 'binary']).default('decimal'),
  /** Period for "chance of no failure" figures; unset means 30 days. Optional so older documents parse. */
  reliabilityWindowDays: Finite.positive('a reliability window is longer than 0 days').max(36_500).optional(),
});

export type PayloadShare = z.infer<typeof PayloadShareSchema>;
export type Operation = z.infer<typeof OperationSchema>;

/**
 * Whether an entry of a connection's "Only these operations" names this operation: by its id, or
 * by its name (case and spacing aside), since people type names. The engine and the inspector's
 * picker both read entries this way.
 */
export function namesOperation(entry: string, op: Pick<Operation, 'id' | 'name'>): boolean {
  const key = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return entry.trim() === op.id || key(entry) === key(op.name);
}
export type OperationRate = z.infer<typeof OperationRateSchema>;
export type PeakModel = z.infer<typeof PeakModelSchema>;
export type Workload = z.infer<typeof WorkloadSchema>;

export function defaultWorkload(): Workload {
  return {
    dailyActiveUsers: 1_000_000,
    operations: [],
    peak: { type: 'factor', factor: 2 },
    retentionDays: 365 * 5,
    units: 'decimal',
  };
}
