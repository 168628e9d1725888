import { z } from 'zod';
import type { BlockKind, ParamDef, ResolvedParams } from './types';
import { resolveBlockKind } from './registry';
import { edgeParams } from './edgeParams';

/**
 * zod validation of a block's (or a connection's) parameters against its kind, for the
 * inspector and for checked estimates. Unknown parameter keys are kept and reported, not
 * refused: a newer build may have written them.
 */

function paramSchema(def: ParamDef): z.ZodType {
  switch (def.type) {
    case 'number': {
      let s = z.number({ error: `${def.label} must be a number` }).finite(`${def.label} must be a finite number`);
      s = s.min(def.min, `${def.label} must be at least ${def.min} ${def.unit}`).max(def.max, `${def.label} must be at most ${def.max} ${def.unit}`);
      return def.integer ? s.int(`${def.label} must be a whole number`) : s;
    }
    case 'choice':
      return z.enum(def.options as [string, ...string[]], { error: `${def.label} must be one of ${def.options.join(', ')}` });
    case 'flag':
      return z.boolean({ error: `${def.label} must be true or false` });
    case 'text':
      return z.string({ error: `${def.label} must be text` }).max(def.maxLength, `${def.label} is at most ${def.maxLength} characters`);
  }
}

const schemaCache = new WeakMap<readonly ParamDef[], z.ZodType<Record<string, unknown>>>();

/** The zod schema of a parameter list: every key optional, unknown keys passed through. */
export function paramsSchemaFor(defs: readonly ParamDef[]): z.ZodType<Record<string, unknown>> {
  let schema = schemaCache.get(defs);
  if (!schema) {
    schema = z.looseObject(Object.fromEntries(defs.map((d) => [d.key, paramSchema(d).optional()])));
    schemaCache.set(defs, schema);
  }
  return schema;
}

export interface ParamIssue {
  /** e.g. "params.cores" */
  path: string;
  message: string;
}

export type ParamsValidation =
  | { ok: true; values: ResolvedParams; warnings: string[] }
  | { ok: false; issues: ParamIssue[]; warnings: string[] };

/** Every default of a parameter list, except optional ones the user has not set. */
export function defaultParams(defs: readonly ParamDef[]): ResolvedParams {
  const out: ResolvedParams = {};
  for (const d of defs) if (!d.optional) out[d.key] = d.default;
  return out;
}

function validateAgainst(defs: readonly ParamDef[], params: unknown, warnings: string[]): ParamsValidation {
  const parsed = paramsSchemaFor(defs).safeParse(params ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: ['params', ...i.path.map(String)].join('.'), message: i.message }));
    return { ok: false, issues, warnings };
  }
  const known = new Set(defs.map((d) => d.key));
  const values = defaultParams(defs);
  for (const [key, value] of Object.entries(parsed.data)) {
    if (!known.has(key)) warnings.push(`parameter "${key}" is not used by this kind and is ignored`);
    else if (value !== undefined) values[key] = value as ResolvedParams[string];
  }
  return { ok: true, values, warnings };
}

/** Validate a block's params against its kind; an unknown kind is validated as a generic block, with a warning. */
export function validateBlockParams(kindId: string, params: unknown): ParamsValidation & { kind: BlockKind } {
  const { kind, known } = resolveBlockKind(kindId);
  const warnings = known ? [] : [`unknown block kind "${kindId}": treated as a generic service`];
  return { ...validateAgainst(kind.params, params, warnings), kind };
}

/** Validate a connection's params. */
export function validateEdgeParams(params: unknown): ParamsValidation {
  return validateAgainst(edgeParams, params, []);
}
