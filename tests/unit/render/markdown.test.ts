import { describe, expect, it } from 'vitest';
import { block, design, link } from '../estimate/build';
import { renderMarkdown } from '../../../shared/render';
import { loadFixture } from './fixtures';
import { markdownTable } from './reportText';

describe('the Markdown report', () => {
  const md = renderMarkdown(loadFixture('kitchen-sink'), { imagePath: 'kitchen sink.envelope.svg' });

  it('has the sections a reader expects, in order', () => {
    const headings = md.split('\n').filter((l) => /^##? /.test(l));
    expect(headings.slice(0, 7)).toEqual([
      '# Kitchen sink \\<script\\>alert(1)\\</script\\> & "quotes" \\]\\]\\>',
      '## Diagram',
      '## Workload',
      '## Summary',
      '## Blocks',
      '## Warnings',
      '## Worked math',
    ]);
    expect(md).toContain('![Kitchen sink');
    expect(md).toContain('](kitchen%20sink.envelope.svg)');
    expect(md).toMatch(/<details>\n<summary>How every number above was worked out/);
  });

  it('names blocks, never their ids, and keeps hostile labels from becoming markup or table cells', () => {
    expect(md).toContain('| \\<script\\>alert(\'lb\')\\</script\\> | Load balancer |');
    expect(md).toContain('| Place an order \\| fast |');
    expect(md).toContain('| Orders DB | SQL database |');
    expect(md).not.toMatch(/^### (db|api|lb)\b/m);
    expect(md).not.toContain('<script>');
  });

  it('writes numbers for people: grouped, no exponent', () => {
    expect(md).toContain('- Daily active users: 2,000,000');
    expect(md).not.toMatch(/\de[+-]\d/);
  });

  describe('of a selection', () => {
    // Orders DB and Mystery box: not joined to each other; the mystery box has a warning, as do the note and others.
    const part = renderMarkdown(loadFixture('kitchen-sink'), { selection: ['db', 'mystery'] });
    const worked = part.split('## Worked math')[1]!;

    it('lists only the selected blocks in the table, the diagram and the worked math', () => {
      expect(markdownTable(part, 'Blocks').slice(1).map((r) => r[0])).toEqual(['Orders DB', 'Mystery box']);
      const mermaid = part.split('```mermaid\n')[1]!.split('```')[0]!;
      expect(mermaid).toContain('"Orders DB"');
      expect(mermaid).toContain('"Mystery box"');
      expect(mermaid).not.toContain('Events');
      expect(worked).toContain('### Orders DB\n');
      expect(worked).toContain('### Mystery box\n');
      expect(worked).not.toMatch(/^### (Events|Users|API)/m);
      // No connection joins the two, so no connection's math is shown.
      expect(worked).not.toContain(' → ');
      // The workload and the operations' math stay whole: the estimate is of the whole design.
      expect(worked).toContain('### Operation: Place an order');
      expect(markdownTable(part, 'Workload')).toEqual(markdownTable(md, 'Workload'));
    });

    it('keeps only the warnings about the selected blocks, and says how many blocks it covers', () => {
      const warnings = part.split('## Warnings\n')[1]!.split('\n## ')[0]!;
      expect(warnings).toContain('"Mystery box" has the unknown kind');
      // Without Mystery box in the selection, its warning goes too (the whole report keeps it).
      const dbOnly = renderMarkdown(loadFixture('kitchen-sink'), { selection: ['db'] });
      expect(md.split('## Warnings\n')[1]!).toContain('"Mystery box" has the unknown kind');
      expect(dbOnly).not.toContain('"Mystery box" has the unknown kind');
      expect(markdownTable(part, 'Summary')).toContainEqual(['Blocks in this report', "2 of 6; the other figures here are the whole design's"]);
      expect(markdownTable(md, 'Summary').map((r) => r[0])).not.toContain('Blocks in this report');
    });

    it('takes a connection in when both its ends are selected, and a group with what is in it', () => {
      const joined = renderMarkdown(loadFixture('kitchen-sink'), { selection: ['api', 'db'] });
      expect(joined.split('\n').filter((l) => l.includes(' → '))).toEqual(['### API \\]\\]\\> \\<!\\[CDATA\\[ &amp;  bell → Orders DB (sync, "write & read")']);
      const region = renderMarkdown(loadFixture('kitchen-sink'), { selection: ['net'] });
      expect(markdownTable(region, 'Blocks').slice(1).map((r) => r[0])).toEqual(['Orders DB']);
    });
  });
});


describe('the report of a block with many spare instances', () => {
  it('says its downtime is under a microsecond a year, not 0 ms', () => {
    // 10 app instances at 99.9%, one needed: down 0.001^10 of the time, 3.2e-23 s a year.
    const d = design([block('u', 'client'), block('app', 'appServer', { availability: 0.999, instances: 10 })], [link('u', 'app')]);
    const md = renderMarkdown(d);
    expect(md).toContain('**app: downtimeSecondsPerYear** = < 0.001 ms');
    expect(md).not.toContain('**app: downtimeSecondsPerYear** = 0 ms');
  });
});
