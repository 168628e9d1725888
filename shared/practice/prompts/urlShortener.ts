import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const XU = SRC.xu('8, Design a URL shortener');

export const urlShortener: PromptInput = {
  formatVersion: 1,
  id: 'url-shortener',
  title: 'Design a URL shortener',
  summary: 'A service like TinyURL or bit.ly: given a long URL it returns a short alias, and visiting the alias redirects to the long URL.',
  functional: [
    { id: 'shorten', text: 'Given a long URL, return a short, unique alias.' },
    { id: 'redirect', text: 'Visiting a short alias redirects to the original URL.' },
    { id: 'expiry', text: 'Links may expire; expired aliases stop redirecting.' },
  ],
  nonFunctional: [
    { id: 'latency', text: 'Redirects are fast (tens of milliseconds) and highly available.' },
    { id: 'unguessable', text: 'Aliases are not predictable from one another.' },
  ],
  scale: [
    { id: 'urls-per-day', label: 'New URLs shortened per day', value: 100_000_000, unit: 'URLs/day', source: XU },
    { id: 'read-write', label: 'Redirects per shortened URL (read:write)', value: 10, unit: 'reads per write', source: XU },
    { id: 'retention', label: 'How long URLs are kept', value: 10, unit: 'years', source: XU },
    { id: 'url-size', label: 'Average stored record', value: 100, unit: 'bytes', source: XU },
  ],
  hints: {
    requirements: ['Ask about traffic, alias length and characters, custom aliases, expiry and analytics.'],
    estimation: ['Writes: 100 million a day ÷ 86,400 s ≈ 1,160/s; reads are ten times that.', 'Storage: 100 million × 100 bytes × 365 × 10 years ≈ 36.5 TB before replication.'],
    highLevel: ['Two APIs: POST a long URL, GET an alias (301 or 302 redirect).', 'A cache in front of the store serves the hot aliases.'],
    deepDive: ['Base-62 of a unique id (from a sequencer) versus hashing with collision checks.', 'Shard the URL table by alias; replicate it for reads.'],
    wrapUp: ['Rate-limit alias creation; monitor redirect latency; what changes at 10x the traffic?'],
  },
  buildingBlocks: ['client', 'loadBalancer', 'appServer', 'cache', 'nosqlDatabase', 'sequencer'],
  reference: referenceDesign(
    [
      ['users', 'client', 'Users', 0, 1],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2 }],
      ['app', 'appServer', 'URL service', 2, 1, { instances: 100 }],
      ['cache', 'cache', 'Alias cache', 3, 0, { instances: 2, cacheHitRatio: 0.8 }],
      ['db', 'nosqlDatabase', 'URL store', 4, 1, { instances: 8 }],
      ['ids', 'sequencer', 'ID generator', 3, 2, { instances: 2 }],
    ],
    [
      ['users', 'lb'],
      ['lb', 'app'],
      ['app', 'cache', { label: 'lookup', params: { appliesTo: 'reads' } }],
      ['cache', 'db', { label: 'miss', params: { appliesTo: 'reads' } }],
      ['app', 'db', { label: 'save', params: { appliesTo: 'writes' } }],
      ['app', 'ids', { label: 'new id', params: { appliesTo: 'writes' } }],
    ],
    {
      dailyActiveUsers: 100_000_000,
      operations: [op('shorten', 'Shorten a URL', 1, { requestBytes: 100, responseBytes: 100, writes: true }), op('redirect', 'Follow a short link', 10, { requestBytes: 100, responseBytes: 500 })],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 3650,
      units: 'decimal',
    },
    `100 million users shortening one URL a day stands for ${XU}'s 100 million URLs a day; 10 redirects each (read:write 10:1); 10-year retention; peak factor 2 (${SRC.defaults}).`,
  ),
};
