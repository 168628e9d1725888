import { describe, expect, it } from 'vitest';
import { BLOCK_FLAG, estimate } from '../../../shared/estimate';
import { buildBadges } from '../../../renderer/src/estimate/badges';
import { block, design, link } from '../estimate/build';

const result = estimate(design([block('users', 'client'), block('cdn', 'cdn'), block('app', 'appServer')], [link('users', 'cdn'), link('users', 'app')]));

describe('block badges', () => {
  it('mark the client (which shows none of our figures) and keep unchanged badges', () => {
    const badges = buildBadges(result, new Map());
    expect(badges.get('users')?.isClient).toBe(true);
    expect(badges.get('app')?.isClient).toBe(false);
    const again = buildBadges(result, badges);
    expect(again.get('app')).toBe(badges.get('app'));
  });

  it('mark a managed service (a CDN), which gets no instance count', () => {
    const badges = buildBadges(result, new Map());
    expect(badges.get('cdn')?.managed).toBe(true);
    expect(badges.get('app')?.managed).toBe(false);
    const flags = result.blocks.flags.slice();
    const cdn = result.blocks.id.indexOf('cdn');
    flags[cdn] = flags[cdn]! & ~BLOCK_FLAG.managed;
    expect(buildBadges({ ...result, blocks: { ...result.blocks, flags } }, new Map()).get('cdn')?.managed).toBe(false);
  });
});
