import type { Prompt } from '../schema';
import type { FigureComparison } from '../worksheet';
import type { Review } from './types';

/** What the export reads of a review; a stored review (JSON) has this shape too. */
export type ReviewForExport = Omit<Review, 'estimation'> & { estimation: Pick<FigureComparison, 'label' | 'unit' | 'typed' | 'engine' | 'verdict' | 'work'>[] };

const VERDICT_TEXT = { within2x: 'within 2x', within10x: 'within 10x', off: 'off', notGiven: 'not given', unreadable: 'unreadable', noEngineFigure: 'not graded' } as const;

/** Grouped digits, never scientific notation (numbers print for people). */
function figure(n: number | null): string {
  if (n === null) return '—';
  return n >= 1000 ? Math.round(n).toLocaleString('en-US') : String(Number(n.toPrecision(3)));
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The review as Markdown, to keep or share. */
export function reviewToMarkdown(review: ReviewForExport, prompt: Prompt, meta: { startedAt: string; minutes: number }): string {
  const lines = [
    `# Practice review: ${prompt.title}`,
    '',
    `${meta.minutes}-minute session started ${meta.startedAt}. Overall score: **${review.overall}/100**.`,
    '',
    '## Scores',
    '',
    ...review.areas.flatMap((a) => [`- **${a.label}: ${a.score}/100**`, ...a.reasons.map((r) => `  - ${r}`)]),
    '',
    '## Requirements',
    '',
    ...review.requirements.map((r) => `- [${r.covered ? 'x' : ' '}] ${r.text}`),
    '',
    '## Estimation',
    '',
    '| Figure | Yours | Envelope | Verdict | Your arithmetic |',
    '|---|---|---|---|---|',
    ...review.estimation.map((c) => `| ${c.label} (${c.unit}) | ${cell(c.typed || '—')} | ${figure(c.engine)} | ${VERDICT_TEXT[c.verdict]} | ${cell(c.work)} |`),
    '',
    '## Design checks',
    '',
    ...(review.findings.length ? review.findings.map((f) => `- **${f.title}**: ${f.message}`) : ['- No design check found a problem.']),
    '',
    '## Building blocks of the reference design',
    '',
    ...review.buildingBlocks.map((b) => `- [${b.present ? 'x' : ' '}] ${b.name}`),
    '',
  ];
  return lines.join('\n');
}
