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
});

export const OperationSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  requestsPerUserPerDay: Finite.min(0, 'requests per user per day cannot be negative'),
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
