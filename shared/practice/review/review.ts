import { getBlockKind } from '../../catalog';
import { designRules } from './designRules';
import type { AreaScore, Review, ReviewInput } from './types';

/** Credit per estimation verdict: the right magnitude earns half, within 2x all of it. */
export const VERDICT_CREDIT = { within2x: 1, within10x: 0.5, off: 0, notGiven: 0, unreadable: 0 } as const;

const pct = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 100);

export function requirementsScore(input: ReviewInput): AreaScore {
  const all = [...input.prompt.functional, ...input.prompt.nonFunctional];
  const covered = all.filter((r) => input.covered.includes(r.id));
  const missing = all.filter((r) => !input.covered.includes(r.id));
  return {
    area: 'requirements',
    label: 'Requirements',
    score: pct(covered.length / all.length),
    reasons: [`${covered.length} of ${all.length} requirements covered.`, ...missing.map((r) => `Not covered: ${r.text}`)],
  };
}

export function estimationScore(input: ReviewInput): AreaScore {
  const graded = input.comparisons.filter((c) => c.verdict !== 'noEngineFigure');
  const credit = graded.reduce((sum, c) => sum + VERDICT_CREDIT[c.verdict as keyof typeof VERDICT_CREDIT], 0);
  const count = (v: string) => graded.filter((c) => c.verdict === v).length;
  return {
    area: 'estimation',
    label: 'Estimation',
    score: graded.length === 0 ? 0 : pct(credit / graded.length),
    reasons: [`${count('within2x')} within 2x, ${count('within10x')} within 10x, ${count('off')} off, ${count('notGiven') + count('unreadable')} not given or unreadable (of ${graded.length}).`],
  };
}

export function designScore(input: ReviewInput): { score: AreaScore; findings: Review['findings'] } {
  const findings: Review['findings'] = [];
  // Nothing drawn: no marks, and no findings about a design that is not there.
  if (input.design.nodes.filter((n) => n.kind !== 'note').length === 0) return { score: { area: 'design', label: 'Design checks', score: 0, reasons: ['The design has no blocks.'] }, findings };
  let points = 100;
  const reasons: string[] = [];
  for (const rule of designRules) {
    const found = rule.check(input);
    if (found.length === 0) continue;
    const off = Math.min(rule.maxPenalty, rule.penalty * found.length);
    points -= off;
    reasons.push(`−${off}: ${rule.title} (${found.length})`);
    for (const f of found) findings.push({ ...f, title: rule.title, why: rule.why });
  }
  return { score: { area: 'design', label: 'Design checks', score: Math.max(0, points), reasons: reasons.length ? reasons : ['No design check found a problem.'] }, findings };
}

export function buildingBlocksScore(input: ReviewInput): { score: AreaScore; blocks: Review['buildingBlocks'] } {
  const kinds = new Set(input.design.nodes.map((n) => n.kind));
  const blocks = input.prompt.buildingBlocks.map((kind) => ({ kind, name: getBlockKind(kind)?.name ?? kind, present: kinds.has(kind) }));
  const present = blocks.filter((b) => b.present).length;
  return {
    blocks,
    score: {
      area: 'buildingBlocks',
      label: 'Building blocks',
      score: pct(present / blocks.length),
      reasons: [`${present} of ${blocks.length} building blocks of the reference design used.`, ...blocks.filter((b) => !b.present).map((b) => `Missing: ${b.name}`)],
    },
  };
}

/** The whole review: deterministic, offline, from the session's own data. */
export function reviewSession(input: ReviewInput): Review {
  const requirements = requirementsScore(input);
  const estimation = estimationScore(input);
  const design = designScore(input);
  const blocks = buildingBlocksScore(input);
  const areas = [requirements, estimation, design.score, blocks.score];
  return {
    promptId: input.prompt.id,
    overall: Math.round(areas.reduce((s, a) => s + a.score, 0) / areas.length),
    areas,
    requirements: [...input.prompt.functional, ...input.prompt.nonFunctional].map((r) => ({ id: r.id, text: r.text, covered: input.covered.includes(r.id) })),
    estimation: input.comparisons,
    findings: design.findings,
    buildingBlocks: blocks.blocks,
  };
}
