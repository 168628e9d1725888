import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../shared/render';
import { loadFixture } from './fixtures';

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
});
