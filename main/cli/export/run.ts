import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Design } from '../../../shared/model/design';
import { NUMBERS_PRESETS, type ExportFormat } from '../../../shared/render/options';
import { atomicWriteFile } from '../../files/atomicWrite';
import { exportDesign, EXTENSIONS } from '../../export/exportDesign';
import { defaultDataDir } from '../../paths';
import { readDesignForCli } from '../readDesign';
import { EXPORT_USAGE, parseExportArgs, type ExportArgs } from './args';
import { expandGlob, isGlob } from './glob';
import { designFromLibrary } from './library';

/**
 * `envelope export`: pictures and reports of designs for docs pipelines. Every design named is
 * tried, one failing does not stop the rest, and the exit code is the worst failure's:
 * 0 all exported, 1 a file could not be read or written, 2 bad arguments, 3 an invalid design
 * or picture, 4 a design not found.
 */
export const EXIT = { ok: 0, io: 1, usage: 2, invalid: 3, notFound: 4 } as const;

interface Source {
  label: string;
  /** The input's file name without its design extension, for output names; null for a library design. */
  stem: string | null;
  design: Design;
}

type Loaded = { ok: true; source: Source } | { ok: false; exit: number; message: string };

const STEM = /(\.envelope)?\.(json|svg|png)$/i;

function load(arg: string, args: ExportArgs): Loaded {
  const isFile = existsSync(arg) && statSync(arg).isFile();
  if (isFile) {
    const read = readDesignForCli(arg);
    if (!read.ok) return { ok: false, exit: read.code === 'io' ? EXIT.io : EXIT.invalid, message: read.message };
    return { ok: true, source: { label: arg, stem: basename(arg).replace(STEM, ''), design: read.design } };
  }
  if (/\.(json|svg|png)$/i.test(arg) || arg.includes('/') || arg.includes('\\')) return { ok: false, exit: EXIT.io, message: `cannot read ${arg}: no such file` };
  const found = designFromLibrary(resolve(args.dataDir ?? defaultDataDir()), arg);
  if (!found.ok) return { ok: false, exit: found.code === 'notFound' ? EXIT.notFound : EXIT.invalid, message: found.message };
  return { ok: true, source: { label: `"${found.design.name}" (library)`, stem: null, design: found.design } };
}

function selectionFor(design: Design, groupName: string): string[] | string {
  const groups = design.groups.filter((g) => g.label.trim().toLowerCase() === groupName.trim().toLowerCase());
  if (groups.length === 0) {
    const names = design.groups.map((g) => `"${g.label}"`).join(', ');
    return `it has no group named "${groupName}"${names ? ` (its groups: ${names})` : ' (it has no groups)'}`;
  }
  return groups.map((g) => g.id);
}

const TEXT_FORMATS: readonly ExportFormat[] = ['md', 'mermaid', 'svg'];

export async function runExport(argv: string[], write: (text: string) => void, warn: (text: string) => void, writeFile: (text: string) => void = write): Promise<number> {
  let args: ExportArgs;
  try {
    const parsed = parseExportArgs(argv);
    if (parsed === 'help') {
      write(`${EXPORT_USAGE}\n`);
      return EXIT.ok;
    }
    args = parsed;
  } catch (err) {
    warn(`envelope export: ${err instanceof Error ? err.message : String(err)}\n${EXPORT_USAGE}\n`);
    return EXIT.usage;
  }
  const inputs: string[] = [];
  let worst = 0;
  const failed = (exit: number, message: string): void => {
    warn(`envelope export: ${message}\n`);
    worst = Math.max(worst, exit);
  };
  for (const arg of args.designs) {
    if (!isGlob(arg)) inputs.push(arg);
    else {
      const matches = expandGlob(arg, process.cwd());
      if (matches.length === 0) failed(EXIT.notFound, `no file matches ${arg}`);
      inputs.push(...matches);
    }
  }
  const many = inputs.length > 1;
  const toStdout = !many && args.out === undefined && TEXT_FORMATS.includes(args.format);
  if (many && args.out !== undefined) {
    if (existsSync(args.out) && !statSync(args.out).isDirectory()) return (failed(EXIT.usage, `--out ${args.out} is a file; with several designs it must be a folder`), worst);
  }
  const taken = new Set<string>();
  for (const input of inputs) {
    const loaded = load(input, args);
    if (!loaded.ok) {
      failed(loaded.exit, loaded.message);
      continue;
    }
    const { design, stem, label } = loaded.source;
    let selection: string[] | undefined;
    if (args.selectionGroup !== undefined) {
      const picked = selectionFor(design, args.selectionGroup);
      if (typeof picked === 'string') {
        failed(EXIT.invalid, `${label}: ${picked}`);
        continue;
      }
      selection = picked;
    }
    const ext = EXTENSIONS[args.format];
    const outName = `${stem ?? design.name.replace(/[^\w.-]+/g, '-')}${ext}`;
    // One design with --out naming a folder that exists goes into it, as several designs do.
    const intoFolder = many || args.out === undefined || (existsSync(args.out) && statSync(args.out).isDirectory());
    const target = toStdout ? null : intoFolder ? join(args.out ?? '.', outName) : args.out!;
    if (target && taken.has(resolve(target))) {
      failed(EXIT.usage, `${label}: two designs would both be written to ${target}; export them separately`);
      continue;
    }
    try {
      const file = await exportDesign(design, {
        format: args.format,
        theme: args.theme,
        scale: args.scale,
        figures: [...NUMBERS_PRESETS[args.numbers]],
        background: args.background,
        padding: args.padding,
        embedDesign: args.embed,
        // The report's Mermaid block stays plain, so `estimate --markdown` prints the same report.
        numbersInLabels: args.format === 'mermaid' && args.numbers !== 'none',
        ...(selection ? { selection } : {}),
        ...(args.format === 'md' && target ? { imagePath: basename(target).replace(/\.md$/, '.envelope.svg') } : {}),
      });
      if (target === null) {
        writeFile(new TextDecoder().decode(file.bytes));
        continue;
      }
      if (many) mkdirSync(args.out ?? '.', { recursive: true });
      await atomicWriteFile(target, [file.bytes]);
      taken.add(resolve(target));
      warn(`envelope export: ${label} -> ${target}\n`);
    } catch (err) {
      failed(EXIT.io, `${label}: could not export: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return worst;
}
