import type { ParamDef } from '../../catalog';
import type { EstimateContext } from '../context';
import type { NumericParam } from '../blockTable';
import { DESIGN_SOURCE, type ExplanationInput } from './types';

/** Label, unit and source of a block parameter, naming the document field when the user set it. */
export function paramInput(ctx: EstimateContext, i: number, key: NumericParam, value: number, name?: string): ExplanationInput {
  const def: ParamDef | undefined = ctx.blocks.kind[i]!.params.find((p) => p.key === key);
  const userSet = ctx.design.nodes[i]!.params[key] !== undefined;
  return {
    name: name ?? def?.label ?? key,
    value,
    unit: def?.unit ?? '',
    source: userSet ? `your design (${ctx.givenField('nodes', i)}.params.${key})` : def?.source ?? 'Envelope default',
  };
}

export function workloadInput(name: string, value: number, unit: string, field: string): ExplanationInput {
  return { name, value, unit, source: `${DESIGN_SOURCE}: ${field}` };
}

export function computedInput(name: string, value: number, unit: string, source = 'computed by Envelope (see its own explanation)'): ExplanationInput {
  return { name, value, unit, source };
}

export function blockName(ctx: EstimateContext, i: number): string {
  const node = ctx.design.nodes[i]!;
  return node.label || node.id;
}
