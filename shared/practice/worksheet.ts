import { z } from 'zod';
import type { DesignFigureKey, EstimateResult } from '../estimate';
import { parseQuantity, type Dimension } from './quantity';

/**
 * The estimation worksheet: the candidate's own back-of-the-envelope figures, each with the
 * arithmetic as free text, compared on Check with the engine's figure for the candidate's own
 * design and workload. Pure.
 */
export const WORKSHEET_FIGURES = [
  { id: 'peakRps', label: 'Peak QPS', dimension: 'rate', unit: 'requests/s', engine: 'peakRps' },
  { id: 'readRps', label: 'Reads per second (average)', dimension: 'rate', unit: 'requests/s', engine: 'avgReadRps' },
  { id: 'writeRps', label: 'Writes per second (average)', dimension: 'rate', unit: 'requests/s', engine: 'avgWriteRps' },
  { id: 'storagePerDay', label: 'New storage per day', dimension: 'bytes', unit: 'bytes', engine: 'storageBytesPerDay' },
  { id: 'storageTotal', label: 'Storage over the retention (all copies)', dimension: 'bytes', unit: 'bytes', engine: 'storageBytesStored' },
  { id: 'bandwidthIn', label: 'Bandwidth in (average)', dimension: 'bitsPerSecond', unit: 'bit/s', engine: 'ingressBitsPerSecond' },
  { id: 'bandwidthOut', label: 'Bandwidth out (average)', dimension: 'bitsPerSecond', unit: 'bit/s', engine: 'egressBitsPerSecond' },
  { id: 'servers', label: 'Servers needed', dimension: 'count', unit: 'instances', engine: 'instancesNeeded' },
  // The engine has no total for cache memory: the candidate's figure is kept and shown, not graded.
  { id: 'cacheMemory', label: 'Cache memory', dimension: 'bytes', unit: 'bytes', engine: null },
] as const satisfies readonly { id: string; label: string; dimension: Dimension; unit: string; engine: DesignFigureKey | null }[];

export type WorksheetFigureId = (typeof WORKSHEET_FIGURES)[number]['id'];

export const WorksheetEntrySchema = z.object({
  /** The figure as typed ("23k", "40 GB"). */
  value: z.string().max(100).default(''),
  /** The arithmetic behind it, free text. */
  work: z.string().max(2_000).default(''),
});
export const WorksheetSchema = z.partialRecord(z.enum(WORKSHEET_FIGURES.map((f) => f.id) as [WorksheetFigureId, ...WorksheetFigureId[]]), WorksheetEntrySchema);
export type WorksheetEntry = z.infer<typeof WorksheetEntrySchema>;
export type Worksheet = Partial<Record<WorksheetFigureId, WorksheetEntry>>;

/** within2x: the right order and then some; within10x: the right order of magnitude; off: neither. */
export type Verdict = 'within2x' | 'within10x' | 'off' | 'notGiven' | 'unreadable' | 'noEngineFigure';

export interface FigureComparison {
  id: WorksheetFigureId;
  label: string;
  unit: string;
  typed: string;
  work: string;
  candidate: number | null;
  engine: number | null;
  engineKey: DesignFigureKey | null;
  /** max / min of the two figures (1 is exact); null when either is missing or one is zero. */
  ratio: number | null;
  verdict: Verdict;
  /** Why the verdict, for people. */
  note: string;
}

/** How far apart two figures are, as a factor of at least 1 (Infinity when one is 0 and the other not). */
export function ratioOf(a: number, b: number): number {
  if (a === b) return 1;
  const lo = Math.min(Math.abs(a), Math.abs(b));
  const hi = Math.max(Math.abs(a), Math.abs(b));
  return lo === 0 ? Infinity : hi / lo;
}

export function verdictFor(ratio: number): 'within2x' | 'within10x' | 'off' {
  return ratio <= 2 ? 'within2x' : ratio <= 10 ? 'within10x' : 'off';
}

/** Compare each figure the candidate gave with what the engine computes for the same design. */
export function compareWorksheet(sheet: Worksheet, totals: EstimateResult['totals']): FigureComparison[] {
  return WORKSHEET_FIGURES.map((f) => {
    const entry = sheet[f.id] ?? { value: '', work: '' };
    const engine = f.engine === null ? null : totals[f.engine];
    const base = { id: f.id, label: f.label, unit: f.unit, typed: entry.value, work: entry.work, engine, engineKey: f.engine };
    const parsed = entry.value.trim() === '' ? null : parseQuantity(entry.value, f.dimension);
    // Never graded, given or not: only the candidate's own figure and arithmetic are kept.
    if (engine === null) return { ...base, candidate: parsed?.ok ? parsed.value : null, ratio: null, verdict: 'noEngineFigure', note: 'Envelope has no total for this figure; it is kept with your arithmetic but not graded.' };
    if (parsed === null) return { ...base, candidate: null, ratio: null, verdict: 'notGiven', note: 'No figure given.' };
    if (!parsed.ok) return { ...base, candidate: null, ratio: null, verdict: 'unreadable', note: parsed.error };
    const ratio = ratioOf(parsed.value, engine);
    const verdict = verdictFor(ratio);
    const direction = parsed.value > engine ? 'over' : 'under';
    const note =
      ratio === 1 ? 'Exact.' : ratio === Infinity ? 'One of the two is zero.' : ratio < 1.1 ? "Within 10% of Envelope's figure." : `${ratio.toPrecision(2)}x ${direction} Envelope's figure.`;
    // null rather than Infinity: the comparison is stored as JSON, which has no Infinity.
    return { ...base, candidate: parsed.value, ratio: Number.isFinite(ratio) ? ratio : null, verdict, note };
  });
}
