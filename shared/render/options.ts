import { z } from 'zod';

/**
 * What a picture or report shows; one schema for the export dialog, the contract operation and
 * the CLI, so all three accept and refuse the same things.
 */
export const BADGE_FIGURES = ['peakRps', 'instances', 'storage', 'availability'] as const;
export const BadgeFigureSchema = z.enum(BADGE_FIGURES);
export type BadgeFigure = z.infer<typeof BadgeFigureSchema>;

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'md', 'mermaid'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** The CLI's --numbers: none, the two figures people quote (load and instances), or every badge. */
export const NUMBERS_PRESETS = { none: [], summary: ['peakRps', 'instances'], all: [...BADGE_FIGURES] } as const satisfies Record<string, readonly BadgeFigure[]>;

const SizeSchema = z.object({ width: z.number().finite().positive().max(100_000), height: z.number().finite().positive().max(100_000) });

export const ExportOptionsSchema = z.object({
  format: ExportFormatSchema.default('svg'),
  theme: z.enum(['light', 'dark']).default('light'),
  figures: z.array(BadgeFigureSchema).max(BADGE_FIGURES.length).default(['peakRps', 'instances', 'storage', 'availability']),
  /** Solid: the theme's canvas colour behind the picture; transparent: nothing. */
  background: z.enum(['solid', 'transparent']).default('solid'),
  padding: z.number().int().min(0).max(400).default(24),
  /** PNG only: pixels per canvas unit. */
  scale: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  /** Ids of the blocks, notes and groups to draw (a group brings what is in it); absent: the whole design. */
  selection: z.array(z.string().max(100)).max(50_000).optional(),
  /** Put the design into the SVG or PNG so Envelope can open the picture again. */
  embedDesign: z.boolean().default(true),
  /** Mermaid and Markdown: the figures in the diagram's labels too. */
  numbersInLabels: z.boolean().default(false),
  /**
   * Block sizes as the canvas measured them, by id, so the export matches the screen exactly;
   * without them blocks are sized from Inter's metrics as the canvas's CSS lays them out.
   */
  sizes: z.record(z.string().max(100), SizeSchema).optional(),
});
export type ExportOptions = z.output<typeof ExportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;
