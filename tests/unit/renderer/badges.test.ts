import { describe, expect, it } from 'vitest';
import { estimate } from '../../../shared/estimate';
import { buildBadges } from '../../../renderer/src/estimate/badges';
import { LATER_BLOCK_FLAG } from '../../../renderer/src/estimate/laterFields';
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

  it('mark a managed service, which gets no instance count, once the engine flags it', () => {
    expect(buildBadges(result, new Map()).get('cdn')?.managed).toBe(false);
    const flags = result.blocks.flags.slice();
    const cdn = result.blocks.id.indexOf('cdn');
    flags[cdn] = flags[cdn]! | LATER_BLOCK_FLAG.managed;
    const badges = buildBadges({ ...result, blocks: { ...result.blocks, flags } }, new Map());
    expect(badges.get('cdn')?.managed).toBe(true);
    expect(badges.get('app')?.managed).toBe(false);
  });
});
