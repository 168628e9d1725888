import { estimate, toReport } from '../../shared/estimate';
import { readDesignFile } from '../files/designFile';
import { parseCliArgs, USAGE, type CliArgs } from './args';
import { renderSummary } from './summary';
import { renderMarkdown } from '../../shared/render/markdown';
import { isPictureName } from '../../shared/render/picture';
import { readDesignForCli } from './readDesign';
import { runExport } from './export/run';
import { HELP } from './help';
import { err, jsonSafe, out, outFile } from './output';

/**
 * `envelope estimate <design> [--json | --markdown]`: the engine, headless; `envelope export`
 * (export/run.ts): pictures and reports. Estimate's exit codes: 0 estimated; 1 the file could not
 * be read; 2 bad arguments or an invalid design. A design file is read as the app reads it
 * (main/files/designFile.ts): the same size, NUL, UTF-8 and byte-order-mark handling, the same
 * messages and repairs; parameters out of their range are estimated with a warning, as the app
 * does. A picture Envelope exported is read for the design it carries (readDesign.ts).
 */
function fail(code: number, message: string): never {
  err(`envelope: ${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'export') {
    process.exit(await runExport(argv.slice(1), out, err, outFile));
  }
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    out(HELP);
    if (argv.length === 0) process.exit(2);
    return;
  }
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (message === 'help') {
      out(`${USAGE}\n`);
      return;
    }
    fail(2, `${message}\n${USAGE}`);
  }
  const picture = isPictureName(args.file) ? readDesignForCli(args.file) : null;
  if (picture && !picture.ok) fail(picture.code === 'io' ? 1 : 2, picture.message);
  const read = picture?.ok ? { ok: true as const, design: picture.design, warnings: picture.warnings } : await readDesignFile(args.file);
  if (!read.ok) fail(read.code === 'notFound' ? 1 : 2, read.message);
  for (const warning of read.warnings) err(`envelope: ${warning}\n`);
  const restored = { design: read.design, repairs: read.warnings };
  const result = estimate(restored.design);
  if (args.format === 'json') {
    const output = { envelope: 'estimate', version: 1, design: { id: restored.design.id, name: restored.design.name }, repairs: restored.repairs, estimate: toReport(result) };
    out(`${jsonSafe(JSON.stringify(output, null, 2))}\n`);
  } else if (args.format === 'markdown') {
    out(renderMarkdown(restored.design, {}, result));
  } else {
    out(`${renderSummary(restored.design, result)}\n`);
  }
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

void main(process.argv.slice(2));
