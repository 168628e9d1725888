import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const G = SRC.grokking('Designing an API Rate Limiter');
const XU = SRC.xu('4, Design a rate limiter');

export const rateLimiter: PromptInput = {
  formatVersion: 1,
  id: 'rate-limiter',
  title: 'Design an API rate limiter',
  summary: 'A server-side rate limiter that caps how many requests each user may send an API in a time window, and tells clients when they are throttled.',
  functional: [
    { id: 'limit', text: 'Limit each user to a set number of requests per time window.' },
    { id: 'respond', text: 'Throttled requests get HTTP 429 with the time to retry.' },
    { id: 'rules', text: 'Rules are configurable per API and user tier.' },
  ],
  nonFunctional: [
    { id: 'latency', text: 'Adds almost no latency to each request.' },
    { id: 'fail-open', text: 'If the limiter fails, the API keeps working.' },
  ],
  scale: [
    { id: 'users', label: 'Users with a counter', value: 1_000_000, unit: 'users', source: G },
    { id: 'counter-size', label: 'Memory per user counter (fixed window, with overhead)', value: 32, unit: 'bytes', source: G },
    { id: 'calls', label: 'API calls per user per day', value: 1_000, unit: 'calls', source: SRC.assumption },
    { id: 'limit', label: 'Requests allowed per user per minute', value: 100, unit: 'requests', source: SRC.assumption },
  ],
  hints: {
    requirements: [`Client- or server-side? Limit by user id or IP? Distributed? (${XU})`],
    estimation: ['1 million × 32 bytes = 32 MB of counters: one cache node holds them.', '1 million × 1,000 calls ÷ 86,400 ≈ 11,600 checks/s.'],
    highLevel: ['A limiter in front of the API servers reads and increments counters in a shared in-memory cache.'],
    deepDive: ['Token bucket vs. fixed and sliding windows; atomic increments (Lua script or INCR + EXPIRE) to avoid races.'],
    wrapUp: ['Synchronise limits across data centres; monitor how many requests are dropped.'],
  },
  buildingBlocks: ['client', 'loadBalancer', 'rateLimiter', 'cache', 'appServer'],
  reference: referenceDesign(
    [
      ['users', 'client', 'API clients', 0, 1],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2 }],
      ['limiter', 'rateLimiter', 'Rate limiter', 2, 1, { instances: 3 }],
      ['counters', 'cache', 'Counters', 3, 0, { instances: 2, cacheHitRatio: 1 }],
      ['api', 'appServer', 'API servers', 3, 1, { instances: 100 }],
    ],
    [
      ['users', 'lb'],
      ['lb', 'limiter'],
      ['limiter', 'counters', { label: 'count' }],
      ['limiter', 'api', { label: 'allowed' }],
    ],
    {
      dailyActiveUsers: 1_000_000,
      operations: [op('call', 'Call the API', 1_000, { requestBytes: 500, responseBytes: 2_000 })],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 0,
      units: 'decimal',
    },
    `1 million users (${G}) making 1,000 calls a day (${SRC.assumption}); counters expire, so nothing is retained; peak factor 2.`,
  ),
};
