import { B_CLIENT } from '../blockTable';
import { copiesAt, emptyScoreInput, instanceAvailabilityAt, scoreInputAt, writeConsistencyName } from '../blockFigures';
import { BLOCK_FLAG } from '../schema';
import { SECONDS_PER_DAY_AVAIL, SECONDS_PER_MONTH, SECONDS_PER_YEAR, blockMttrHours, copiesForWrite, downtimeFromUnavailability, failureFreeProbability, kOfNAvailability, mtbfFromAvailability } from '../formulas/availability';
import { explainScore, type ScoreName } from '../scores';
import type { BlockFigureKey } from '../schema';
import type { ExplainEnv } from './env';
import { blockName, computedInput, paramInput } from './inputs';
import type { Explanation, ExplanationInput } from './types';

/** Availability, reliability and score figures of a block. */

const RELIABILITY_KEYS = ['blockAvailability', 'readAvailability', 'writeAvailability', 'downtimeSecondsPerYear', 'downtimeSecondsPerMonth', 'downtimeSecondsPerDay', 'blockMttrHours', 'blockMtbfHours', 'failureFreeProbability'] as const;
const SCORE_KEYS: readonly string[] = ['scalability', 'maintainability', 'faultTolerance'];

interface Parts {
  blockA: number;
  readA: number;
  writeA: number;
  mttr: number;
  formula: string;
  inputs: ExplanationInput[];
  notes: string[];
}

/**
 * The availability of block i as the engine computes it: k of n for a service (n at least the
 * instances its load needs, so a shortfall is not downtime), one copy for a store's read and the
 * copies its write consistency asks for a write, one unit for a managed service.
 */
function parts(env: ExplainEnv, i: number): Parts {
  const { ctx, result } = env;
  const a = instanceAvailabilityAt(ctx.blocks, i);
  const flags = result.blocks.flags[i]!;
  const mttrInstance = ctx.blocks.num.mttrHours[i]!;
  const aInput = computedInput('availability per instance (a)', a, 'ratio');
  if (flags & BLOCK_FLAG.storesData) {
    const copies = copiesAt(ctx, i);
    const consistency = writeConsistencyName(ctx.blocks.writeConsistency[i]!, copies);
    const w = copiesForWrite(copies, consistency);
    const readA = kOfNAvailability(a, 1, copies);
    const writeA = kOfNAvailability(a, w, copies);
    return {
      blockA: Math.min(readA, writeA), readA, writeA, mttr: blockMttrHours(mttrInstance, w, copies),
      formula: 'a read needs 1 of the copies, a write w of them: A = sum over i = k..copies of C(copies, i) a^i (1 - a)^(copies - i); the block shows the lower',
      inputs: [aInput, computedInput('copies', copies, 'count', 'replication factor'), computedInput(`copies a write needs (${consistency})`, w, 'count', 'write consistency')],
      notes: ['source: estimation-defaults.md, "Availability and reliability" (k of n); seed, "Fault Tolerance > Replication"'],
    };
  }
  if (flags & BLOCK_FLAG.managed) {
    return { blockA: a, readA: a, writeA: a, mttr: mttrInstance, formula: 'a managed service is one unit: its availability is the provider\'s', inputs: [aInput], notes: ['a managed service scales itself (its provider adds capacity as load grows)'] };
  }
  const k = result.blocks.instancesRequired[i]!;
  const n = result.blocks.instances[i]!;
  const fleet = Math.max(n, k);
  const blockA = kOfNAvailability(a, k, fleet);
  const notes = ['source: estimation-defaults.md, "Availability and reliability"'];
  if (k > n) notes.push(`it cannot carry its peak with ${n} instances: this is the availability of the ${k} it needs (capacity shortfall is not downtime)`);
  return {
    blockA, readA: blockA, writeA: blockA, mttr: blockMttrHours(mttrInstance, k, fleet),
    formula: 'A = sum over i = k..n of C(n, i) a^i (1 - a)^(n - i), n the instances (at least the k the load needs)',
    inputs: [aInput, computedInput('instances needed for the peak load (k)', k, 'count'), computedInput('instances (n)', fleet, 'count')],
    notes,
  };
}

export function explainBlockReliability(env: ExplainEnv, i: number, key: BlockFigureKey): Explanation | null {
  if (!(RELIABILITY_KEYS as readonly string[]).includes(key) && !SCORE_KEYS.includes(key)) return null;
  const name = blockName(env.ctx, i);
  if (env.ctx.blocks.behaviour[i]! & B_CLIENT) {
    return { figure: `${name}: ${key}`, formula: 'a client is the users\' devices, not a server we run: it has no availability, MTBF or score of ours', inputs: [], result: { value: 0, unit: '' }, notes: ['not applicable to a client'] };
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
  const { blockA, readA, writeA, mttr, formula, inputs, notes } = parts(env, i);
  const figure = `${name}: ${key}`;
  const source = 'source: estimation-defaults.md, "Availability and reliability"';
  // The estimate sums the failure side (kOfNUnavailability): past about 16 nines 1 - A is 0 in floating point.
  const u = env.result.blocks.downtimeSecondsPerYear[i]! / SECONDS_PER_YEAR;
  const unavailabilityInput = computedInput('block unavailability (U)', u, 'ratio', 'the chance that more instances (or copies) are down than the block can spare, summed term by term');
  switch (key) {
    case 'blockAvailability':
      return { figure, formula, inputs, result: { value: blockA, unit: 'ratio' }, notes };
    case 'readAvailability':
    case 'writeAvailability':
      return { figure, formula, inputs, result: { value: key === 'readAvailability' ? readA : writeA, unit: 'ratio' }, notes };
    case 'downtimeSecondsPerYear':
    case 'downtimeSecondsPerMonth':
    case 'downtimeSecondsPerDay': {
      const [period, seconds] = key === 'downtimeSecondsPerYear' ? ['year (365 days)', SECONDS_PER_YEAR] : key === 'downtimeSecondsPerMonth' ? ['30-day month', SECONDS_PER_MONTH] : ['day', SECONDS_PER_DAY_AVAIL];
      return { figure, formula: `downtime = U * one ${period}, U = 1 - A`, inputs: [unavailabilityInput, computedInput('period', seconds, 's', 'estimation-defaults.md, downtime table')], result: { value: downtimeFromUnavailability(u, seconds), unit: 's' }, notes: [source] };
    }
    case 'blockMttrHours':
      return { figure, formula: 'MTTR of the block = MTTR per instance / (n - k + 1): it is back as soon as one failed instance is', inputs: [paramInput(env.ctx, i, 'mttrHours', env.ctx.blocks.num.mttrHours[i]!), ...inputs.slice(1)], result: { value: mttr, unit: 'hours' }, notes: [] };
    case 'blockMtbfHours':
      return { figure, formula: 'MTBF = A * MTTR / U, U = 1 - A (from A = MTBF / (MTBF + MTTR)), capped at 10^12 h', inputs: [computedInput('block availability', blockA, 'ratio'), unavailabilityInput, computedInput('block MTTR', mttr, 'hours')], result: { value: mtbfFromAvailability(blockA, mttr, u), unit: 'hours' }, notes: [source] };
    default: {
      const mtbf = mtbfFromAvailability(blockA, mttr, u);
      const hours = env.ctx.windowDays * 24;
      return { figure, formula: 'R(t) = e^(-t / MTBF)', inputs: [computedInput('period t', hours, 'hours', 'workload.reliabilityWindowDays (30 days when unset)'), computedInput('block MTBF', mtbf, 'hours')], result: { value: failureFreeProbability(hours, mtbf), unit: 'probability' }, notes: [source] };
    }
  }
}
