import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const XU = SRC.xu('2, Back-of-the-envelope estimation (Twitter example)');

export const twitterTimeline: PromptInput = {
  formatVersion: 1,
  id: 'twitter-timeline',
  title: 'Design the Twitter home timeline',
  summary: 'Users post short tweets, some with photos or videos, and read a home timeline of the tweets of the people they follow.',
  functional: [
    { id: 'post', text: 'Post a tweet of up to 280 characters, optionally with media.' },
    { id: 'timeline', text: 'Read a home timeline of followed users’ tweets, newest first.' },
    { id: 'follow', text: 'Follow and unfollow other users.' },
  ],
  nonFunctional: [
    { id: 'latency', text: 'The timeline loads in under 200 ms.' },
    { id: 'eventual', text: 'A new tweet may take a few seconds to reach followers (eventual consistency).' },
  ],
  scale: [
    { id: 'mau', label: 'Monthly active users', value: 300_000_000, unit: 'users', source: XU },
    { id: 'daily-share', label: 'Share of them active every day', value: 50, unit: '%', source: XU },
    { id: 'tweets-per-user', label: 'Tweets per user per day', value: 2, unit: 'tweets', source: XU },
    { id: 'media-share', label: 'Tweets with media', value: 10, unit: '%', source: XU },
    { id: 'media-size', label: 'Average media file', value: 1_000_000, unit: 'bytes', source: XU },
    { id: 'retention', label: 'How long data is kept', value: 5, unit: 'years', source: XU },
    { id: 'timeline-reads', label: 'Timeline loads per user per day', value: 10, unit: 'loads', source: SRC.assumption },
  ],
  hints: {
    requirements: ['Is it the home timeline or the user’s own? Are there celebrities with millions of followers?'],
    estimation: ['150 million DAU × 2 tweets ÷ 86,400 s ≈ 3,500 tweets/s, peak about 7,000.', 'Media: 150 million × 2 × 10% × 1 MB = 30 TB a day.'],
    highLevel: ['Fan-out on write: a queue feeds workers that push each new tweet id into followers’ cached timelines.'],
    deepDive: ['Celebrities: fan-out on read for them, merged at read time.', 'Media goes to a blob store behind a CDN.'],
    wrapUp: ['Monitoring of fan-out lag; what breaks first at 10x?'],
  },
  buildingBlocks: ['client', 'loadBalancer', 'appServer', 'messageQueue', 'cache', 'nosqlDatabase', 'blobStore', 'cdn'],
  reference: referenceDesign(
    [
      ['users', 'client', 'Users', 0, 1],
      ['cdn', 'cdn', 'Media CDN', 1, 0, { instances: 4 }],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 4 }],
      ['api', 'appServer', 'Tweet and timeline API', 2, 1, { instances: 170 }],
      ['queue', 'messageQueue', 'Fan-out queue', 3, 2, { instances: 3, retentionDays: 7 }],
      ['fanout', 'appServer', 'Fan-out workers', 4, 2, { instances: 30 }],
      ['timelines', 'cache', 'Timeline cache', 3, 0, { instances: 4, cacheHitRatio: 0.95 }],
      ['tweets', 'nosqlDatabase', 'Tweet store', 5, 1, { instances: 40 }],
      ['media', 'blobStore', 'Media store', 2, 3, { instances: 1800 }],
    ],
    [
      ['users', 'cdn', { label: 'media', params: { appliesTo: 'reads', share: 0.1 } }],
      ['cdn', 'media', { label: 'miss', params: { appliesTo: 'reads' } }],
      ['users', 'lb'],
      ['lb', 'api'],
      ['api', 'timelines', { label: 'read timeline', params: { appliesTo: 'reads' } }],
      ['timelines', 'tweets', { label: 'miss', params: { appliesTo: 'reads' } }],
      ['api', 'tweets', { label: 'save tweet', params: { operations: 'post' } }],
      ['api', 'media', { label: 'upload media', params: { operations: 'media' } }],
      ['api', 'queue', { kind: 'async', label: 'new tweet', params: { operations: 'post' } }],
      ['queue', 'fanout', { kind: 'async' }],
    ],
    {
      dailyActiveUsers: 150_000_000,
      operations: [
        op('post', 'Post a tweet', 2, { requestBytes: 300, responseBytes: 200, writes: true }),
        op('media', 'Upload media', 0.2, { requestBytes: 1_000_000, responseBytes: 200, writes: true }),
        op('timeline', 'Load the home timeline', 10, { requestBytes: 200, responseBytes: 20_000 }),
      ],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 1825,
      units: 'decimal',
    },
    `150 million DAU (50% of 300 million MAU) posting 2 tweets a day (${XU}); 300 bytes of text per tweet; one tweet in ten carries 1 MB of media (0.2 uploads per user a day); 10 timeline loads a day (${SRC.assumption}); five years; peak factor 2.`,
  ),
};
