import { B_CLIENT } from '../blockTable';
import { emptyScoreInput, instanceAvailabilityAt, scoreInputAt } from '../blockFigures';
import { SECONDS_PER_DAY_AVAIL, SECONDS_PER_MONTH, SECONDS_PER_YEAR, blockMttrHours, downtimeSeconds, failureFreeProbability, kOfNAvailability, mtbfFromAvailability } from '../formulas/availability';
import { explainScore, type ScoreName } from '../scores';
import type { BlockFigureKey } from '../schema';
import type { ExplainEnv } from './env';
import { blockName, computedInput, paramInput } from './inputs';
import type { Explanation, ExplanationInput } from './types';

/** Availability, reliability and score figures of a block. */

const RELIABILITY_KEYS = ['blockAvailability', 'downtimeSecondsPerYear', 'downtimeSecondsPerMonth', 'downtimeSecondsPerDay', 'blockMttrHours', 'blockMtbfHours', 'failureFreeProbability'] as const;
const SCORE_KEYS: readonly string[] = ['scalability', 'maintainability', 'faultTolerance'];

function kOfN(env: ExplainEnv, i: number): { a: number; k: number; n: number; blockA: number; inputs: ExplanationInput[] } {
  const a = instanceAvailabilityAt(env.ctx.blocks, i);
  const k = env.result.blocks.instancesRequired[i]!;
  const n = env.ctx.blocks.num.instances[i]!;
  const inputs = [computedInput('availability per instance (a)', a, 'ratio'), computedInput('instances needed for the peak load (k)', k, 'count'), paramInput(env.ctx, i, 'instances', n, 'instances drawn (n)')];
  return { a, k, n, blockA: kOfNAvailability(a, k, n), inputs };
}

function mttrOf(env: ExplainEnv, i: number, k: number, n: number): number {
  const mttr = env.ctx.blocks.num.mttrHours[i]!;
  return k > n ? mttr : blockMttrHours(mttr, k, n);
}

export function explainBlockReliability(env: ExplainEnv, i: number, key: BlockFigureKey): Explanation | null {
  if (!(RELIABILITY_KEYS as readonly string[]).includes(key) && !SCORE_KEYS.includes(key)) return null;
  const name = blockName(env.ctx, i);
  if (env.ctx.blocks.behaviour[i]! & B_CLIENT) {
    return { figure: `${name}: ${key}`, formula: 'clients are users\' devices: not part of the system\'s availability or scores', inputs: [], result: { value: 0, unit: '' }, notes: [] };
  }
  if (SCORE_KEYS.includes(key)) {
    const score = explainScore(key as ScoreName, scoreInputAt(env.ctx, env.result.blocks, i, emptyScoreInput()));
    return {
      figure: `${name}: ${key} score`,
      formula: 'score = sum of the points of every rule that applies, kept between 0 and 100 (docs/estimation.md, "Scores")',
      inputs: score.reasons.map((r) => ({ name: r.reason, value: r.points, unit: 'points', source: 'Envelope score rules' })),
      result: { value: score.value, unit: 'points' },
      notes: [],
    };
  }
  const { k, n, blockA, inputs } = kOfN(env, i);
  const figure = `${name}: ${key}`;
  const source = 'source: estimation-defaults.md, "Availability and reliability"';
  switch (key) {
    case 'blockAvailability':
      return { figure, formula: 'A = sum over i = k..n of C(n, i) a^i (1 - a)^(n - i); 0 when k > n', inputs, result: { value: blockA, unit: 'ratio' }, notes: [source] };
    case 'downtimeSecondsPerYear':
    case 'downtimeSecondsPerMonth':
    case 'downtimeSecondsPerDay': {
      const [period, seconds] = key === 'downtimeSecondsPerYear' ? ['year (365 days)', SECONDS_PER_YEAR] : key === 'downtimeSecondsPerMonth' ? ['30-day month', SECONDS_PER_MONTH] : ['day', SECONDS_PER_DAY_AVAIL];
      return { figure, formula: `downtime = (1 - A) * one ${period}`, inputs: [computedInput('block availability', blockA, 'ratio'), computedInput('period', seconds, 's', 'estimation-defaults.md, downtime table')], result: { value: downtimeSeconds(blockA, seconds), unit: 's' }, notes: [source] };
    }
    case 'blockMttrHours':
      return { figure, formula: 'MTTR of the block = MTTR per instance / (n - k + 1): it is back as soon as one failed instance is', inputs: [paramInput(env.ctx, i, 'mttrHours', env.ctx.blocks.num.mttrHours[i]!), ...inputs.slice(1)], result: { value: mttrOf(env, i, k, n), unit: 'hours' }, notes: [] };
    case 'blockMtbfHours': {
      const mttr = mttrOf(env, i, k, n);
      return { figure, formula: 'MTBF = A * MTTR / (1 - A) (from A = MTBF / (MTBF + MTTR)), capped at 10^12 h', inputs: [computedInput('block availability', blockA, 'ratio'), computedInput('block MTTR', mttr, 'hours')], result: { value: mtbfFromAvailability(blockA, mttr), unit: 'hours' }, notes: [source] };
    }
    default: {
      const mtbf = mtbfFromAvailability(blockA, mttrOf(env, i, k, n));
      const hours = env.ctx.windowDays * 24;
      return { figure, formula: 'R(t) = e^(-t / MTBF)', inputs: [computedInput('period t', hours, 'hours', 'workload.reliabilityWindowDays (30 days when unset)'), computedInput('block MTBF', mtbf, 'hours')], result: { value: failureFreeProbability(hours, mtbf), unit: 'probability' }, notes: [source] };
    }
  }
}
