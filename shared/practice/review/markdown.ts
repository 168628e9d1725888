import type { Prompt } from '../schema';
import type { FigureComparison } from '../worksheet';
import { engineFigureText } from '../figure';
import type { Review } from './types';

/** What the export reads of a review; a stored review (JSON) has this shape too. */
export type ReviewForExport = Omit<Review, 'estimation'> & { estimation: (Pick<FigureComparison, 'label' | 'typed' | 'engine' | 'verdict' | 'work'> & { id: string })[] };

const VERDICT_TEXT = { within2x: 'within 2x', within10x: 'within 10x', off: 'off', notGiven: 'not given', unreadable: 'unreadable', noEngineFigure: 'not graded' } as const;

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
    // Envelope's figure with its unit, as the review screen prints it.
    ...review.estimation.map((c) => `| ${c.label} | ${cell(c.typed || '—')} | ${engineFigureText(c)} | ${VERDICT_TEXT[c.verdict]} | ${cell(c.work)} |`),
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
