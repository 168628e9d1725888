import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const roots = ['shared/', 'main/', 'renderer/src/'];

/** The code block under "How the code is laid out": each root's entries, as the README names them. */
function layoutSection(readme: string): Map<string, string[]> {
  const section = readme.split(/^## How the code is laid out$/m)[1]?.split(/^## /m)[0];
  const block = section?.match(/```\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('README.md has no code block under "## How the code is laid out"');
  const entries = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of block.split('\n')) {
    const top = line.match(/^(\S+)/)?.[1];
    if (top) current = roots.includes(top) ? top : undefined;
    else if (current) {
      const name = line.match(/^ {2}(\S+)/)?.[1];
      if (name) entries.set(current, [...(entries.get(current) ?? []), name]);
    }
  }
  return entries;
}

function folders(dir: string): string[] {
  return readdirSync(join(root, dir)).filter((name) => statSync(join(root, dir, name)).isDirectory());
}

describe("the README's code layout", () => {
  const layout = layoutSection(readFileSync(join(root, 'README.md'), 'utf8'));

  it.each(roots)('names every top-level folder of %s', (top) => {
    const named = (layout.get(top) ?? []).filter((name) => name.endsWith('/')).map((name) => name.slice(0, -1));
    expect(named.sort()).toEqual(folders(top).sort());
  });

  it('names nothing that does not exist', () => {
    const missing = [...layout].flatMap(([top, names]) => names.filter((name) => !existsSync(join(root, top, name))).map((name) => top + name));
    expect(missing).toEqual([]);
  });

  it('reads the section as it is written (a folder it misses is caught)', () => {
    const readme = '## How the code is laid out\n\n```\nshared/    x\n  api/     y\n  gone/    z\nmain/\n  cli/     w\n```\n## Next\n';
    expect(layoutSection(readme)).toEqual(new Map([['shared/', ['api/', 'gone/']], ['main/', ['cli/']]]));
  });
});
