import { readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Globs a docs build passes quoted ("designs/**\/*.envelope.json"): *, ? and ** only, matched
 * against paths under the glob's fixed leading folder. Sorted, so output order is stable.
 */
export const isGlob = (arg: string): boolean => /[*?]/.test(arg);

function toRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      out += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function expandGlob(pattern: string, cwd: string): string[] {
  const normal = pattern.split(sep).join('/');
  const parts = normal.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length === 0 ? cwd : resolve(cwd, fixed.join('/') || '/');
  const regex = toRegExp(parts.join('/'));
  let entries: string[];
  try {
    entries = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .map((e) => e.split(sep).join('/'))
    .filter((e) => regex.test(e))
    .sort()
    .map((e) => (isAbsolute(pattern) ? join(base, e) : relative(cwd, join(base, e)) || e));
}
