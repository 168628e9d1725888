import { estimate, toReport } from '../../shared/estimate';
import { readDesignFile } from '../files/designFile';
import { parseCliArgs, USAGE, type CliArgs } from './args';
import { renderSummary } from './summary';
import { renderMarkdown } from './markdown';

/**
 * `envelope estimate <design.json> [--json | --markdown]`: the engine, headless.
 * Exit codes: 0 estimated; 1 the file could not be read; 2 bad arguments or an invalid design.
 * The file is read as the app reads it (main/files/designFile.ts): the same size, NUL, UTF-8 and
 * byte-order-mark handling, the same messages and repairs; parameters out of their range are
 * estimated with a warning, as the app does, rather than refused.
 */
function fail(code: number, message: string): never {
  process.stderr.write(`envelope: ${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (message === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    fail(2, `${message}\n${USAGE}`);
  }
  const read = await readDesignFile(args.file);
  if (!read.ok) fail(read.code === 'notFound' ? 1 : 2, read.message);
  for (const warning of read.warnings) process.stderr.write(`envelope: ${warning}\n`);
  const restored = { design: read.design, repairs: read.warnings };
  const result = estimate(restored.design);
  if (args.format === 'json') {
    const output = { envelope: 'estimate', version: 1, design: { id: restored.design.id, name: restored.design.name }, repairs: restored.repairs, estimate: toReport(result) };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else if (args.format === 'markdown') {
    process.stdout.write(renderMarkdown(restored.design, result));
  } else {
    process.stdout.write(`${renderSummary(restored.design, result)}\n`);
  }
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

void main(process.argv.slice(2));
