import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const XU = SRC.xu('13, Design a search autocomplete system');

export const typeahead: PromptInput = {
  formatVersion: 1,
  id: 'typeahead',
  title: 'Design search autocomplete (typeahead)',
  summary: 'As the user types a search query, show the five most popular queries that start with what has been typed.',
  functional: [
    { id: 'suggest', text: 'Return the top 5 queries for the typed prefix.' },
    { id: 'popularity', text: 'Rank suggestions by how often they were searched.' },
  ],
  nonFunctional: [
    { id: 'latency', text: 'Suggestions within 100 ms, or typing stutters.' },
    { id: 'available', text: 'Highly available and scalable.' },
  ],
  scale: [
    { id: 'dau', label: 'Daily active users', value: 10_000_000, unit: 'users', source: XU },
    { id: 'searches', label: 'Searches per user per day', value: 10, unit: 'searches', source: XU },
    { id: 'chars', label: 'Requests per search (one per character typed)', value: 20, unit: 'requests', source: XU },
    { id: 'query-size', label: 'Query string', value: 20, unit: 'bytes', source: XU },
    { id: 'new-share', label: 'Share of daily queries new to the system', value: 20, unit: '%', source: XU },
    { id: 'retention', label: 'How long query logs are kept', value: 1, unit: 'year', source: SRC.assumption },
  ],
  hints: {
    requirements: ['English only? Lower case? Real-time trends or weekly?'],
    estimation: ['10 million × 10 × 20 ÷ 86,400 ≈ 24,000 requests/s, peak about 48,000.', 'New data: 10 million × 10 × 20 bytes × 20% = 0.4 GB a day.'],
    highLevel: ['Query service reads a trie cache; logs go through a queue to aggregators that rebuild the trie weekly.'],
    deepDive: ['Store the top k at each trie node; shard the trie by prefix; browser caching of suggestions.'],
    wrapUp: ['Filter unwanted suggestions; support other languages.'],
  },
  buildingBlocks: ['client', 'loadBalancer', 'appServer', 'cache', 'nosqlDatabase', 'messageQueue', 'taskScheduler'],
  reference: referenceDesign(
    [
      ['users', 'client', 'Search box', 0, 1],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2 }],
      ['api', 'appServer', 'Query service', 2, 1, { instances: 200 }],
      ['trie', 'cache', 'Trie cache', 3, 0, { instances: 3, cacheHitRatio: 0.95 }],
      ['trieDb', 'nosqlDatabase', 'Trie store', 4, 0, { instances: 3 }],
      ['logs', 'messageQueue', 'Query log', 3, 2, { instances: 3, retentionDays: 7 }],
      ['builder', 'taskScheduler', 'Weekly trie builder', 4, 2, { instances: 4 }],
    ],
    [
      ['users', 'lb'],
      ['lb', 'api'],
      ['api', 'trie', { label: 'top 5', params: { appliesTo: 'reads' } }],
      ['trie', 'trieDb', { label: 'miss', params: { appliesTo: 'reads' } }],
      ['api', 'logs', { kind: 'async', label: 'log query', params: { appliesTo: 'writes' } }],
      ['logs', 'builder', { kind: 'async' }],
    ],
    {
      dailyActiveUsers: 10_000_000,
      operations: [op('suggest', 'Get suggestions', 200, { requestBytes: 20, responseBytes: 200 }), op('log', 'Log a search', 10, { requestBytes: 20, responseBytes: 20, writes: true })],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 365,
      units: 'decimal',
    },
    `10 million DAU, 10 searches of 20 characters each, one request per character (${XU}); one year of logs (${SRC.assumption}); peak factor 2 (${XU}).`,
  ),
};
