import { parseArgs } from 'node:util';

export type OutputFormat = 'summary' | 'json' | 'markdown';

export interface CliArgs {
  command: 'estimate';
  file: string;
  format: OutputFormat;
}

export const USAGE = 'usage: envelope estimate <design.json> [--json | --markdown]';

/** Parse `estimate <file> [--json | --markdown]`, or throw a message that says what to fix. */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, markdown: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) throw new Error('help');
  const [command, file, ...rest] = positionals;
  if (command !== 'estimate') throw new Error(command === undefined ? 'no command given' : `unknown command "${command}"`);
  if (file === undefined) throw new Error('no design file given');
  if (rest.length > 0) throw new Error(`unexpected arguments: ${rest.join(' ')}`);
  if (values.json && values.markdown) throw new Error('choose one of --json and --markdown');
  return { command, file, format: values.json ? 'json' : values.markdown ? 'markdown' : 'summary' };
}
