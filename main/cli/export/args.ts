import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, NUMBERS_PRESETS, type ExportFormat } from '../../../shared/render/options';

export interface ExportArgs {
  designs: string[];
  format: ExportFormat;
  out?: string;
  scale: 1 | 2 | 3;
  theme: 'light' | 'dark';
  numbers: keyof typeof NUMBERS_PRESETS;
  selectionGroup?: string;
  background: 'solid' | 'transparent';
  padding: number;
  embed: boolean;
  dataDir?: string;
}

export const EXPORT_USAGE = `usage: envelope export <design>... --format png|svg|pdf|md|mermaid [options]

  <design>            a design file (.envelope.json, .envelope.svg, .envelope.png), a glob of
                      them ("docs/**/*.envelope.json", quoted so the shell leaves it alone),
                      or a design in the local library by name or id
  --format, -f        png, svg, pdf, md (a Markdown report) or mermaid (a flowchart)
  --out, -o FILE|DIR  where to write; with several designs a folder (made if missing);
                      without it, one md/mermaid/svg export goes to standard output and
                      anything else is written to the current folder under the design's name
  --scale 1|2|3       PNG pixels per canvas unit (default 2)
  --theme light|dark  (default light)
  --numbers none|summary|all
                      badges on blocks: none, peak rps and instances, or every figure (default all)
  --selection-group NAME
                      only the group (region, zone, network) of that name and what it holds
  --background solid|transparent   (default solid)
  --padding PX        space around the diagram (default 24)
  --no-embed          leave the design out of SVG and PNG pictures (they then cannot be opened again)
  --data-dir DIR      the library to look designs up in (default: the app's)

exit codes: 0 every design exported; 1 a file could not be read or written; 2 bad arguments;
            3 a design or picture is invalid; 4 a design was not found

examples:
  envelope export docs/examples/url-shortener.envelope.json --format png --out docs/url-shortener.png
  envelope export "designs/*.envelope.json" --format svg --theme dark --out build/diagrams
  envelope export "Chat app" --format md > chat-app.md`;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

/** Parse `export ...` (without the word itself), or throw a message that says what to fix. */
export function parseExportArgs(argv: string[]): ExportArgs | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      scale: { type: 'string' },
      theme: { type: 'string' },
      numbers: { type: 'string' },
      'selection-group': { type: 'string' },
      background: { type: 'string' },
      padding: { type: 'string' },
      'no-embed': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new Error('no design given');
  if (values.format === undefined) throw new Error('no --format given');
  const scale = oneOf('scale', values.scale, ['1', '2', '3'], '2');
  const padding = values.padding === undefined ? 24 : Number(values.padding);
  if (!Number.isInteger(padding) || padding < 0 || padding > 400) throw new Error(`--padding must be a whole number of pixels from 0 to 400 (got "${values.padding}")`);
  if (values['selection-group'] !== undefined && values['selection-group'].trim() === '') throw new Error('--selection-group needs a group name');
  return {
    designs: positionals,
    format: oneOf('format', values.format, EXPORT_FORMATS, 'svg'),
    ...(values.out !== undefined ? { out: values.out } : {}),
    scale: Number(scale) as 1 | 2 | 3,
    theme: oneOf('theme', values.theme, ['light', 'dark'] as const, 'light'),
    numbers: oneOf('numbers', values.numbers, ['none', 'summary', 'all'] as const, 'all'),
    ...(values['selection-group'] !== undefined ? { selectionGroup: values['selection-group'] } : {}),
    background: oneOf('background', values.background, ['solid', 'transparent'] as const, 'solid'),
    padding,
    embed: !values['no-embed'],
    ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
  };
}
