import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../renderer/src/app/routeParse';

describe('hash routes', () => {
  it('read the library, a design, practice and a practice session', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#/')).toEqual({ view: 'library' });
    expect(parseRoute('#/design/d_abc')).toEqual({ view: 'editor', designId: 'd_abc' });
    expect(parseRoute('#/practice')).toEqual({ view: 'practice' });
    expect(parseRoute('#/practice/ps_12ab')).toEqual({ view: 'practiceSession', sessionId: 'ps_12ab' });
  });

  it('send anything else to the library rather than to a broken page', () => {
    expect(parseRoute('#/practice/not-a-session')).toEqual({ view: 'library' });
    expect(parseRoute('#/practice/ps_<script>')).toEqual({ view: 'library' });
    expect(parseRoute('#/practices')).toEqual({ view: 'library' });
  });

  it('write back the hash each route was read from', () => {
    const routes: Route[] = [{ view: 'library' }, { view: 'editor', designId: 'd_1' }, { view: 'practice' }, { view: 'practiceSession', sessionId: 'ps_1' }];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
  });
});
