import type { Score, ScoreReason, Scores } from './schema';

/**
 * 0-100 scores from documented rules (docs/estimation.md, "Scores"). The rules run twice over:
 * in the engine they only add up points (no allocation per block); for an explanation they also
 * collect each reason with its points, so every score can say why it is what it is.
 */
export interface ScoreInput {
  stateful: boolean;
  storesData: boolean;
  knownKind: boolean;
  utilization: number;
  instances: number;
  instancesRequired: number;
  replicationFactor: number;
  checkpointing: boolean;
  instanceAvailability: number;
  fanIn: number;
  fanOut: number;
}

export interface ScoreAcc {
  total: number;
  reasons: ScoreReason[] | null;
}

function add(acc: ScoreAcc, points: number, reason: string): void {
  acc.total += points;
  if (acc.reasons) acc.reasons.push({ points, reason });
}

/** A reason with numbers in it: the text is only built when reasons are collected. */
function addCounted(acc: ScoreAcc, points: number, count: number, text: (count: number) => string): void {
  acc.total += points;
  if (acc.reasons) acc.reasons.push({ points, reason: text(count) });
}

const hotspot = (n: number): string => `hotspot: ${n} connections arrive here`;
const coupling = (n: number): string => `calls ${n} connections: tight coupling`;
const ripple = (n: number): string => `${n} connections depend on it: changes ripple`;

export function clampScore(x: number): number {
  return Math.max(0, Math.min(100, x));
}

/** Scalability: stateless scale-out, headroom at peak, hotspots. */
export function scalabilityRules(s: ScoreInput, acc: ScoreAcc): void {
  add(acc, 50, 'starting point');
  if (s.stateful) add(acc, -10, 'stateful: adding instances needs partitioning or replication');
  else add(acc, 25, 'stateless: scales out by adding instances');
  const u = s.utilization;
  if (u <= 0.5) add(acc, 25, 'under half its capacity at peak');
  else if (u <= 0.8) add(acc, 10, 'under 80% of its capacity at peak');
  else if (u <= 1) add(acc, -5, 'over 80% of its capacity at peak');
  else add(acc, -30, 'over capacity at peak');
  if (s.fanIn >= 10) addCounted(acc, -10, s.fanIn, hotspot);
}

/** Maintainability: operability, lucidity and modifiability (seed), read from state and coupling. */
export function maintainabilityRules(s: ScoreInput, acc: ScoreAcc): void {
  add(acc, 70, 'starting point');
  if (s.stateful) add(acc, -10, 'stateful: upgrades and migrations must carry its data');
  else add(acc, 10, 'stateless: can be redeployed or replaced freely');
  if (!s.knownKind) add(acc, -20, 'unknown kind: nobody knows what it does');
  if (s.fanOut > 4) addCounted(acc, -Math.min(20, 4 * (s.fanOut - 4)), s.fanOut, coupling);
  if (s.fanIn > 4) addCounted(acc, -Math.min(15, 3 * (s.fanIn - 4)), s.fanIn, ripple);
  if (s.storesData && s.checkpointing) add(acc, 5, 'checkpoints make recovery routine');
}

/** Fault tolerance: spare instances, replication and checkpointing (seed, "Fault Tolerance"). */
export function faultToleranceRules(s: ScoreInput, acc: ScoreAcc): void {
  add(acc, 40, 'starting point');
  const spare = s.instances - s.instancesRequired;
  if (spare >= 2) add(acc, 40, 'survives losing two instances');
  else if (spare === 1) add(acc, 30, 'survives losing one instance');
  else if (spare === 0) add(acc, -25, 'no spare instance: one failure stops it');
  else add(acc, -40, 'cannot carry its peak load even with every instance up');
  if (s.storesData) {
    if (s.replicationFactor >= 3) add(acc, 15, 'three or more copies of the data');
    else if (s.replicationFactor === 2) add(acc, 8, 'two copies of the data');
    else add(acc, -20, 'a single copy of the data');
    if (s.checkpointing) add(acc, 5, 'checkpoints: restarts from the last consistent state');
    else add(acc, -10, 'no checkpoints or backups');
  } else if (!s.stateful) add(acc, 10, 'stateless: failed instances are swapped with no data to recover');
  if (s.instanceAvailability >= 0.9999) add(acc, 5, 'instances at 99.99% or better');
}

export const scoreRules = { scalability: scalabilityRules, maintainability: maintainabilityRules, faultTolerance: faultToleranceRules } as const;
export type ScoreName = keyof typeof scoreRules;

/** One score with its reasons (for explanations and reports). */
export function explainScore(name: ScoreName, input: ScoreInput): Score {
  const acc: ScoreAcc = { total: 0, reasons: [] };
  scoreRules[name](input, acc);
  return { value: clampScore(acc.total), reasons: acc.reasons ?? [] };
}

export interface DesignScoreInput {
  scalability: number[];
  maintainability: number[];
  faultTolerance: number[];
  technologies: number;
  hasMonitoring: boolean;
  hasLogging: boolean;
  overCapacityBlocks: number;
  spofBlocks: number;
}

function mean(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length ? sum / values.length : 0;
}

function score(reasons: ScoreReason[]): Score {
  let total = 0;
  for (const r of reasons) total += r.points;
  return { value: clampScore(total), reasons };
}

/** Design scores: the mean of the scores of the blocks we run, moved by design-wide rules. */
export function designScores(input: DesignScoreInput): Scores {
  const count = input.scalability.length;
  const avg = (values: number[]): ScoreReason => ({ points: mean(values), reason: count ? `average of the ${count} blocks we run` : 'no blocks to score' });
  const scal = [avg(input.scalability)];
  if (input.overCapacityBlocks > 0) scal.push({ points: -Math.min(30, 5 * input.overCapacityBlocks), reason: `${input.overCapacityBlocks} blocks over capacity at peak` });
  const maint = [avg(input.maintainability)];
  if (input.technologies > 5) maint.push({ points: -Math.min(20, 2 * (input.technologies - 5)), reason: `${input.technologies} distinct technologies to run and know` });
  if (count > 0) {
    maint.push(input.hasMonitoring ? { points: 5, reason: 'monitoring in place (operability)' } : { points: -10, reason: 'no monitoring block: users find the problems first' });
    maint.push(input.hasLogging ? { points: 5, reason: 'logging in place (operability)' } : { points: -5, reason: 'no logging block: faults are hard to trace' });
  }
  const fault = [avg(input.faultTolerance)];
  if (input.spofBlocks > 0) fault.push({ points: -Math.min(30, 5 * input.spofBlocks), reason: `${input.spofBlocks} single points of failure on operation paths` });
  return { scalability: score(scal), maintainability: score(maint), faultTolerance: score(fault) };
}
