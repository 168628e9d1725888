import { readFileSync } from 'node:fs';
import { restoreDesign } from '../../shared/model/restore';
import { checkDesign, estimate, toReport } from '../../shared/estimate';
import { parseCliArgs, USAGE, type CliArgs } from './args';
import { renderSummary } from './summary';
import { renderMarkdown } from '../../shared/render/markdown';
import { isPictureName } from '../../shared/render/picture';
import { readDesignForCli } from './readDesign';
import { runExport } from './export/run';
import { HELP } from './help';

/**
 * `envelope estimate <design.json> [--json | --markdown]`: the engine, headless; `envelope export`
 * (export/run.ts): pictures and reports. Estimate's exit codes: 0 estimated; 1 the file could not
 * be read; 2 bad arguments or an invalid design.
 */
function fail(code: number, message: string): never {
  process.stderr.write(`envelope: ${message}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  if (argv[0] === 'export') {
    void runExport(argv.slice(1), (t) => process.stdout.write(t), (t) => process.stderr.write(t)).then((code) => process.exit(code));
    return;
  }
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(HELP);
    if (argv.length === 0) process.exit(2);
    return;
  }
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
  // A picture Envelope exported carries its design (main/cli/readDesign.ts); the rest is unchanged.
  const picture = isPictureName(args.file) ? readDesignForCli(args.file) : null;
  if (picture && !picture.ok) fail(picture.code === 'io' ? 1 : 2, picture.message);
  let text = '';
  try {
    if (!picture) text = readFileSync(args.file, 'utf8');
  } catch (err) {
    fail(1, `cannot read ${args.file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const restored = picture?.ok ? { ok: true as const, design: picture.design, repairs: picture.warnings } : restoreDesign(text);
  if (!restored.ok) fail(2, `${args.file}: ${restored.message}`);
  const issues = checkDesign(restored.design);
  if (issues.length > 0) fail(2, `${args.file}: the design cannot be estimated: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  for (const repair of restored.repairs) process.stderr.write(`envelope: repaired: ${repair}\n`);
  const result = estimate(restored.design);
  if (args.format === 'json') {
    const output = { envelope: 'estimate', version: 1, design: { id: restored.design.id, name: restored.design.name }, repairs: restored.repairs, estimate: toReport(result) };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else if (args.format === 'markdown') {
    process.stdout.write(renderMarkdown(restored.design, {}, result));
  } else {
    process.stdout.write(`${renderSummary(restored.design, result)}\n`);
  }
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2));
