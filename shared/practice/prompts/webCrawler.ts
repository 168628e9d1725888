import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const XU = SRC.xu('9, Design a web crawler');

export const webCrawler: PromptInput = {
  formatVersion: 1,
  id: 'web-crawler',
  title: 'Design a web crawler',
  summary: 'A crawler for a search engine: it downloads web pages, extracts their links, and crawls those in turn, politely and without repeating itself.',
  functional: [
    { id: 'crawl', text: 'Given seed URLs, download pages and follow their links.' },
    { id: 'dedupe', text: 'Skip pages and URLs already seen.' },
    { id: 'store', text: 'Store the HTML for the indexer.' },
  ],
  nonFunctional: [
    { id: 'polite', text: 'Never send too many requests to one host.' },
    { id: 'robust', text: 'Survive bad HTML, traps and unresponsive servers.' },
  ],
  scale: [
    { id: 'pages-per-month', label: 'Pages downloaded per month', value: 1_000_000_000, unit: 'pages', source: XU },
    { id: 'page-size', label: 'Average page', value: 500_000, unit: 'bytes', source: XU },
    { id: 'retention', label: 'How long pages are kept', value: 5, unit: 'years', source: XU },
  ],
  hints: {
    requirements: ['HTML only? New and edited pages? How long to keep them?'],
    estimation: ['1 billion ÷ 30 days ÷ 86,400 s ≈ 400 pages/s, peak 800.', '500 TB a month; 30 PB over five years.'],
    highLevel: ['URL frontier (queues) → fetchers with a DNS cache → content store; extract links, filter seen URLs, back to the frontier.'],
    deepDive: ['Per-host queues for politeness; priority by page rank; a Bloom filter or hash set for seen URLs.'],
    wrapUp: ['Spider traps, robots.txt, and scaling fetchers across regions.'],
  },
  buildingBlocks: ['taskScheduler', 'messageQueue', 'appServer', 'dns', 'cache', 'blobStore', 'nosqlDatabase'],
  reference: referenceDesign(
    [
      ['frontier', 'taskScheduler', 'URL frontier', 0, 1, { instances: 3 }],
      ['queue', 'messageQueue', 'Per-host queues', 1, 1, { instances: 8, retentionDays: 1 }],
      ['fetch', 'appServer', 'Fetchers', 2, 1, { instances: 10 }],
      ['dnsCache', 'cache', 'DNS cache', 3, 0, { instances: 2, cacheHitRatio: 0.9 }],
      ['dns', 'dns', 'DNS', 4, 0, { instances: 2 }],
      ['content', 'blobStore', 'Page store', 3, 2, { instances: 6000 }],
      ['seen', 'nosqlDatabase', 'Seen URLs', 3, 1, { instances: 3 }],
    ],
    [
      ['frontier', 'queue', { kind: 'async' }],
      ['queue', 'fetch', { kind: 'async' }],
      ['fetch', 'dnsCache', { label: 'resolve' }],
      ['dnsCache', 'dns', { label: 'miss' }],
      ['fetch', 'seen', { label: 'seen?', params: { appliesTo: 'reads' } }],
      ['fetch', 'content', { label: 'store page' }],
    ],
    {
      dailyActiveUsers: 33_333_333,
      operations: [{ ...op('crawl', 'Crawl a page', 1, { requestBytes: 500_000, responseBytes: 100, writes: true }), entryNodeId: 'frontier' }],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 1825,
      units: 'decimal',
    },
    `One "user" per page: 1 billion pages a month ≈ 33.3 million a day, 500 KB each, kept five years, peak twice the average (${XU}).`,
  ),
};
