import { z } from 'zod';
import {
  BlockColumnsSchema,
  DesignTotalsSchema,
  EdgeColumnsSchema,
  EstimateWarningSchema,
  OperationEstimateSchema,
  ScoresSchema,
  type BlockColumns,
  type EdgeColumns,
  type EstimateResult,
} from './schema';

/**
 * The estimate as JSON: typed-array columns become plain number arrays (JSON.stringify would
 * turn a Float64Array into an object keyed "0", "1", ...). `resultFromJson` validates and
 * restores the typed arrays, so HTTP and files round-trip to the same EstimateResult.
 */
type Jsonify<T> = { [K in keyof T]: T[K] extends Float64Array | Uint8Array ? number[] : T[K] };
export type EstimateResultJson = Omit<EstimateResult, 'blocks' | 'edges'> & { blocks: Jsonify<BlockColumns>; edges: Jsonify<EdgeColumns> };

function plainColumns<T extends object>(columns: T): Jsonify<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(columns)) out[key] = ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value;
  return out as Jsonify<T>;
}

export function resultToJson(result: EstimateResult): EstimateResultJson {
  return { ...result, blocks: plainColumns(result.blocks), edges: plainColumns(result.edges) };
}

const finite = z.array(z.number().finite());
const ints = z.array(z.number().int().min(0).max(255));

/** Column schemas for the JSON form, derived from the in-memory ones so they cannot drift. */
function jsonColumns(shape: Record<string, z.ZodType>, typed: Record<string, 'f64' | 'u8'>): z.ZodType<Record<string, unknown>> {
  const entries = Object.entries(shape).map(([key, schema]) => {
    const kind = typed[key];
    if (kind === 'f64') return [key, finite.transform((a) => Float64Array.from(a))];
    if (kind === 'u8') return [key, ints.transform((a) => Uint8Array.from(a))];
    return [key, schema];
  });
  return z.object(Object.fromEntries(entries)) as unknown as z.ZodType<Record<string, unknown>>;
}

function kinds(shape: Record<string, z.ZodType>, u8: string[]): Record<string, 'f64' | 'u8'> {
  const out: Record<string, 'f64' | 'u8'> = {};
  for (const key of Object.keys(shape)) if (!['id', 'network'].includes(key)) out[key] = u8.includes(key) ? 'u8' : 'f64';
  return out;
}

const EstimateResultJsonSchema = z.object({
  engineVersion: z.literal(1),
  units: z.enum(['decimal', 'binary']),
  operations: z.array(OperationEstimateSchema),
  blocks: jsonColumns(BlockColumnsSchema.shape, kinds(BlockColumnsSchema.shape, ['flags'])),
  edges: jsonColumns(EdgeColumnsSchema.shape, kinds(EdgeColumnsSchema.shape, ['closesCycle'])),
  totals: DesignTotalsSchema,
  scores: ScoresSchema,
  warnings: z.array(EstimateWarningSchema),
});

export function resultFromJson(value: unknown): { ok: true; result: EstimateResult } | { ok: false; message: string } {
  const parsed = EstimateResultJsonSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, message: `not an Envelope estimate: ${first ? `${first.path.map(String).join('.')}: ${first.message}` : 'invalid'}` };
  }
  return { ok: true, result: parsed.data as unknown as EstimateResult };
}
