import type { ChangeSummary } from '../../../../shared/model/changeSummary';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * A version's difference from the one before, the way the history panel says it:
 * "+3 blocks, −1 edge, 2 changed". Null summaries (versions older than summaries) say nothing.
 */
export function changeText(summary: ChangeSummary | null): string {
  if (!summary) return '';
  const parts: string[] = [];
  const kinds: [keyof ChangeSummary, string, string][] = [
    ['blocks', 'block', 'blocks'],
    ['edges', 'edge', 'edges'],
    ['groups', 'group', 'groups'],
  ];
  for (const [key, one, many] of kinds) {
    if (summary[key].added > 0) parts.push(`+${plural(summary[key].added, one, many)}`);
  }
  for (const [key, one, many] of kinds) {
    if (summary[key].removed > 0) parts.push(`−${plural(summary[key].removed, one, many)}`);
  }
  const changed = summary.blocks.changed + summary.edges.changed + summary.groups.changed;
  if (changed > 0) parts.push(`${changed} changed`);
  return parts.length > 0 ? parts.join(', ') : 'no changes';
}
