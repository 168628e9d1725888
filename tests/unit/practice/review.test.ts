import { describe, expect, it } from 'vitest';
import { estimate } from '../../../shared/estimate';
import type { Design, DesignEdge, DesignNode } from '../../../shared/model';
import { compareWorksheet, designRules, practiceDesign, promptById, referenceToDesign, reviewSession, reviewToMarkdown, type ReviewInput } from '../../../shared/practice';

const prompt = promptById('url-shortener')!;
const block = (id: string, kind: string, params: DesignNode['params'] = {}): DesignNode => ({ id, kind, label: id, position: { x: 0, y: 0 }, params });
const edge = (source: string, target: string, params: DesignEdge['params'] = {}, kind: DesignEdge['kind'] = 'sync'): DesignEdge => ({ id: `${source}-${target}`, source, target, kind, label: '', params });

/** A review input for a design drawn against the URL-shortener prompt's workload. */
function input(nodes: DesignNode[], edges: DesignEdge[], opts: { covered?: string[]; workload?: Partial<Design['workload']> } = {}): ReviewInput {
  const start = practiceDesign(prompt, 'p', 'Practice');
  const design: Design = { ...start, nodes, edges, workload: { ...start.workload, ...opts.workload } };
  const result = estimate(design);
  return { prompt, design, result, comparisons: compareWorksheet({}, result.totals), covered: opts.covered ?? [] };
}

const rule = (id: string) => designRules.find((r) => r.id === id)!;

describe('design rules', () => {
  it('spof: a lone server on the path is a single point of failure; two are not', () => {
    expect(rule('spof').check(input([block('c', 'client'), block('a', 'appServer', { instances: 1 })], [edge('c', 'a')])).map((f) => f.blockId)).toContain('a');
    expect(rule('spof').check(input([block('c', 'client'), block('a', 'appServer', { instances: 200 })], [edge('c', 'a')]))).toEqual([]);
  });

  it('overCapacity: too few instances for the peak is found, enough is not', () => {
    expect(rule('overCapacity').check(input([block('c', 'client'), block('a', 'appServer', { instances: 2 })], [edge('c', 'a')])).map((f) => f.blockId)).toEqual(['a']);
    expect(rule('overCapacity').check(input([block('c', 'client'), block('a', 'appServer', { instances: 200 })], [edge('c', 'a')]))).toEqual([]);
  });

  it('readHeavyNoCache: a read-heavy workload with no cache or CDN is found; with a cache it is not', () => {
    const noCache = input([block('c', 'client'), block('a', 'appServer'), block('d', 'nosqlDatabase')], [edge('c', 'a'), edge('a', 'd')]);
    expect(rule('readHeavyNoCache').check(noCache)).toHaveLength(1);
    const withCache = input([block('c', 'client'), block('a', 'appServer'), block('k', 'cache'), block('d', 'nosqlDatabase')], [edge('c', 'a'), edge('a', 'k'), edge('k', 'd')]);
    expect(rule('readHeavyNoCache').check(withCache)).toEqual([]);
    // Writes as many as reads: not read-heavy.
    const balanced = input([block('c', 'client'), block('a', 'appServer')], [edge('c', 'a')], { workload: { operations: prompt.reference.workload.operations.map((o) => ({ ...o, requestsPerUserPerDay: 1 })) } });
    expect(rule('readHeavyNoCache').check(balanced)).toEqual([]);
  });

  it('mediaWithoutBlob: operations moving media need a blob store and a CDN', () => {
    const media = { operations: [{ id: 'up', name: 'Upload a photo', requestsPerUserPerDay: 1, requestBytes: 200_000, responseBytes: 100, payloadMix: [], writes: true }] };
    const found = rule('mediaWithoutBlob').check(input([block('c', 'client'), block('a', 'appServer')], [edge('c', 'a')], { workload: media }));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/no a blob store and no a CDN|blob store.*CDN/);
    expect(rule('mediaWithoutBlob').check(input([block('c', 'client'), block('a', 'appServer'), block('b', 'blobStore'), block('n', 'cdn')], [edge('c', 'a'), edge('a', 'b'), edge('c', 'n')], { workload: media }))).toEqual([]);
    expect(rule('mediaWithoutBlob').check(input([block('c', 'client'), block('a', 'appServer')], [edge('c', 'a')]))).toEqual([]);
  });

  it('databaseNoReplication: a database keeping one copy of its data is found, as the engine counts copies', () => {
    // The engine keeps the kind's 3 copies unless told otherwise (a store has an instance per copy).
    const one = rule('databaseNoReplication').check(input([block('d', 'sqlDatabase'), block('e', 'nosqlDatabase', { instances: 3, replicationFactor: 1 }), block('f', 'keyValueStore', { instances: 3 }), block('g', 'sqlDatabase', { replicationFactor: 1 })], []));
    expect(one.map((f) => f.blockId)).toEqual(['e', 'g']);
    // A sticky note before them (the estimate leaves notes out) changes nothing: each database is
    // read by its own id, not by its place among the design's nodes.
    const withNote = rule('databaseNoReplication').check(input([block('note', 'note'), block('d', 'sqlDatabase'), block('e', 'nosqlDatabase', { instances: 3, replicationFactor: 1 }), block('f', 'keyValueStore', { instances: 3 }), block('g', 'sqlDatabase', { replicationFactor: 1 })], []));
    expect(withNote.map((f) => f.blockId)).toEqual(['e', 'g']);
    expect(withNote.map((f) => f.message)).toEqual(one.map((f) => f.message));
  });

  it('syncFanOut: a synchronous connection with a fan-out of 10 or more should be a queue', () => {
    const nodes = [block('c', 'client'), block('a', 'appServer'), block('b', 'appServer')];
    expect(rule('syncFanOut').check(input(nodes, [edge('c', 'a'), edge('a', 'b', { fanOut: 50 })])).map((f) => f.blockId)).toEqual(['a']);
    expect(rule('syncFanOut').check(input(nodes, [edge('c', 'a'), edge('a', 'b', { fanOut: 50 }, 'async')]))).toEqual([]);
    expect(rule('syncFanOut').check(input(nodes, [edge('c', 'a'), edge('a', 'b', { fanOut: 3 })]))).toEqual([]);
  });

  it('noLoadBalancer: clients calling a pool of servers directly is found; through a load balancer it is not', () => {
    expect(rule('noLoadBalancer').check(input([block('c', 'client'), block('a', 'appServer', { instances: 4 })], [edge('c', 'a')])).map((f) => f.blockId)).toEqual(['a']);
    expect(rule('noLoadBalancer').check(input([block('c', 'client'), block('l', 'loadBalancer'), block('a', 'appServer', { instances: 4 })], [edge('c', 'l'), edge('l', 'a')]))).toEqual([]);
  });
});

describe('the review', () => {
  it('gives the reference design full marks for design checks and building blocks', () => {
    const design = referenceToDesign(prompt, 'ref');
    const result = estimate(design);
    const review = reviewSession({ prompt, design, result, comparisons: compareWorksheet({}, result.totals), covered: [] });
    const byArea = Object.fromEntries(review.areas.map((a) => [a.area, a]));
    expect(byArea.buildingBlocks!.score).toBe(100);
    expect(review.findings.filter((f) => f.ruleId !== 'spof')).toEqual([]);
    expect(byArea.requirements!.score).toBe(0);
    expect(byArea.estimation!.score).toBe(0);
  });

  it('scores requirements by the checklist, estimation by verdict, and lists missing building blocks with reasons', () => {
    const i = input([block('c', 'client'), block('a', 'appServer', { instances: 200 })], [edge('c', 'a')], { covered: ['shorten', 'redirect', 'expiry'] });
    const comparisons = compareWorksheet({ peakRps: { value: String(i.result.totals.peakRps), work: '' }, writeRps: { value: String(i.result.totals.avgWriteRps * 5), work: '' } }, i.result.totals);
    const review = reviewSession({ ...i, comparisons });
    const byArea = Object.fromEntries(review.areas.map((a) => [a.area, a]));
    expect(byArea.requirements!.score).toBe(60);
    expect(byArea.requirements!.reasons).toContain('Not covered: Aliases are not predictable from one another.');
    // 1 within 2x, 1 within 10x (half credit), 6 not given: 1.5 / 8.
    expect(byArea.estimation!.score).toBe(19);
    expect(byArea.buildingBlocks!.reasons).toContain('Missing: Distributed cache');
    expect(review.overall).toBe(Math.round(review.areas.reduce((s, a) => s + a.score, 0) / 4));
  });

  it('gives an empty design no design marks rather than a perfect score', () => {
    const review = reviewSession(input([], []));
    expect(review.areas.find((a) => a.area === 'design')!.score).toBe(0);
    expect(review.findings).toEqual([]);
  });

  it('exports as Markdown with the scores, the checklist, the estimation table and the findings', () => {
    const i = input([block('c', 'client'), block('a', 'appServer', { instances: 2 })], [edge('c', 'a')], { covered: ['shorten'] });
    const md = reviewToMarkdown(reviewSession(i), prompt, { startedAt: '2026-12-07 09:00', minutes: 45 });
    expect(md).toMatch(/^# Practice review: Design a URL shortener/);
    expect(md).toContain('- [x] Given a long URL, return a short, unique alias.');
    expect(md).toContain('| Peak QPS | — |');
    expect(md).toContain('**Blocks over capacity**');
  });

  it("writes Envelope's figures with their units, as the review screen does", () => {
    // Worked by hand from the prompt's workload: 100M users shorten 1 URL a day (100 B each) and
    // follow 10 links (100 B in, 500 B out). New data: 100M x 100 B = 10 GB a day; kept 3,650
    // days in 3 copies: 10 GB x 3,650 x 3 = 109.5 TB; in: 100M x 11 x 100 B x 8 bit / 86,400 s
    // = 10,185,185 bit/s = 10.19 Mbit/s; peak: 100M x 11 / 86,400 s x 2 = 25,463 requests/s.
    const i = input([block('c', 'client'), block('a', 'appServer', { instances: 2 }), block('d', 'sqlDatabase')], [edge('c', 'a'), edge('a', 'd')]);
    const comparisons = compareWorksheet({ storagePerDay: { value: '10 GB', work: '100M x 100 B' } }, i.result.totals);
    const md = reviewToMarkdown(reviewSession({ ...i, comparisons }), prompt, { startedAt: '2026-12-07 09:00', minutes: 45 });
    const row = (label: string) => md.split('\n').find((l) => l.startsWith(`| ${label} |`));
    expect(row('New storage per day')).toBe('| New storage per day | 10 GB | 10 GB | within 2x | 100M x 100 B |');
    expect(row('Storage over the retention (all copies)')).toContain('| — | 109.5 TB | not given |');
    expect(row('Bandwidth in (average)')).toContain('| — | 10.19 Mbit/s |');
    expect(row('Peak QPS')).toContain('| — | 25,463 rps |');
    expect(row('Cache memory')).toContain('| — | — | not graded |');
    expect(md).not.toContain('10,000,000,000');
  });
});
