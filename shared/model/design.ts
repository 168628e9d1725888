import { z } from 'zod';
import { IdSchema } from './ids';
import { WorkloadSchema, defaultWorkload } from './workload';
import { DESIGN_LIMITS, FIELD_LIMITS } from '../api/limits';
import { FORBIDDEN_KEYS, forbiddenKeyMessage } from './safeKeys';

export { DESIGN_LIMITS };

/** The schema version this build writes. Older documents are migrated on load (see migrate.ts). */
export const CURRENT_SCHEMA_VERSION = 1;

const count = (n: number): string => n.toLocaleString('en-US');
const LabelSchema = z.string().max(FIELD_LIMITS.labelChars, `a label is at most ${FIELD_LIMITS.labelChars} characters`);

/** Finite numbers only: NaN and Infinity have no JSON form and would poison the estimates. */
const FiniteSchema = z.number().finite('must be a finite number');

/**
 * Canvas coordinates and sizes in px stay within ±100,000,000: far beyond any real layout (50,000
 * blocks laid out in a line span about 10,000,000), while a hostile 1e308 would overflow layout
 * and zoom arithmetic to Infinity.
 */
export const CANVAS_LIMIT_PX = FIELD_LIMITS.canvasPx;
const CoordinateSchema = FiniteSchema.min(-CANVAS_LIMIT_PX, `a coordinate is within ±${count(CANVAS_LIMIT_PX)}`).max(
  CANVAS_LIMIT_PX,
  `a coordinate is within ±${count(CANVAS_LIMIT_PX)}`,
);
const SizeSchema = z.object({
  width: FiniteSchema.positive('a width is larger than 0').max(CANVAS_LIMIT_PX, `a width is at most ${count(CANVAS_LIMIT_PX)}`),
  height: FiniteSchema.positive('a height is larger than 0').max(CANVAS_LIMIT_PX, `a height is at most ${count(CANVAS_LIMIT_PX)}`),
});

export const PositionSchema = z.object({ x: CoordinateSchema, y: CoordinateSchema });

/** Parameter values a block or edge may carry; units live in the catalog, not here. */
export const ParamValueSchema = z.union([
  FiniteSchema,
  z.string().max(FIELD_LIMITS.textParamChars, `a text parameter is at most ${count(FIELD_LIMITS.textParamChars)} characters`),
  z.boolean(),
]);
/**
 * Parameter maps are the one place a document's keys are free, so reserved names are refused here,
 * before zod's record (which skips an own "__proto__" silently and would keep "constructor").
 */
export const ParamsSchema = z.preprocess((value, ctx) => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) ctx.issues.push({ code: 'custom', message: forbiddenKeyMessage(key), path: [key], input: value });
    }
  }
  return value;
}, z.record(z.string().max(FIELD_LIMITS.paramNameChars, `a parameter name is at most ${FIELD_LIMITS.paramNameChars} characters`), ParamValueSchema));

/** The schema's own words for a list over its limit, shared with the fast save validator. */
export const LIST_LIMIT_MESSAGES = {
  nodes: `a design holds at most ${count(DESIGN_LIMITS.blocks)} blocks`,
  edges: `a design holds at most ${count(DESIGN_LIMITS.edges)} connections`,
  groups: `a design holds at most ${count(DESIGN_LIMITS.groups)} groups`,
} as const;

export const NodeSchema = z.object({
  id: IdSchema,
  /** Building-block kind from shared/catalog (e.g. "loadBalancer"), or "note" for a sticky note. */
  kind: z.string().min(1).max(FIELD_LIMITS.kindChars),
  label: LabelSchema,
  position: PositionSchema,
  params: ParamsSchema.default({}),
  /** The group (region, zone, network) the block sits in, if any. */
  groupId: IdSchema.optional(),
  size: SizeSchema.optional(),
});

export const EdgeKindSchema = z.enum(['sync', 'async', 'replication']);

export const EdgeSchema = z.object({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  kind: EdgeKindSchema.default('sync'),
  label: LabelSchema.default(''),
  params: ParamsSchema.default({}),
  sourceHandle: z.string().max(FIELD_LIMITS.handleChars).optional(),
  targetHandle: z.string().max(FIELD_LIMITS.handleChars).optional(),
});

export const GroupKindSchema = z.enum(['region', 'zone', 'network']);

export const GroupSchema = z.object({
  id: IdSchema,
  kind: GroupKindSchema,
  label: LabelSchema,
  position: PositionSchema,
  size: SizeSchema,
  parentId: IdSchema.optional(),
});

export const DesignSchema = z.object({
  id: IdSchema,
  name: z.string().min(1, 'a design needs a name').max(FIELD_LIMITS.nameChars, `a name is at most ${FIELD_LIMITS.nameChars} characters`),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  nodes: z.array(NodeSchema).max(DESIGN_LIMITS.blocks, LIST_LIMIT_MESSAGES.nodes),
  edges: z.array(EdgeSchema).max(DESIGN_LIMITS.edges, LIST_LIMIT_MESSAGES.edges),
  groups: z.array(GroupSchema).max(DESIGN_LIMITS.groups, LIST_LIMIT_MESSAGES.groups).default([]),
  workload: WorkloadSchema.default(defaultWorkload),
});

export type Position = z.infer<typeof PositionSchema>;
export type ParamValue = z.infer<typeof ParamValueSchema>;
export type DesignNode = z.infer<typeof NodeSchema>;
export type DesignEdge = z.infer<typeof EdgeSchema>;
export type EdgeKind = z.infer<typeof EdgeKindSchema>;
export type DesignGroup = z.infer<typeof GroupSchema>;
export type GroupKind = z.infer<typeof GroupKindSchema>;
export type Design = z.infer<typeof DesignSchema>;

export function emptyDesign(id: string, name: string): Design {
  return {
    id,
    name,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    nodes: [],
    edges: [],
    groups: [],
    workload: defaultWorkload(),
  };
}
