import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const XU = SRC.xu('14, Design YouTube');

export const youtube: PromptInput = {
  formatVersion: 1,
  id: 'youtube',
  title: 'Design YouTube',
  summary: 'Users upload videos that are transcoded into several formats and streamed to viewers around the world.',
  functional: [
    { id: 'upload', text: 'Upload a video; it is transcoded for different devices and bit rates.' },
    { id: 'stream', text: 'Watch videos with smooth streaming.' },
  ],
  nonFunctional: [
    { id: 'available', text: 'High availability and low start-up latency worldwide.' },
    { id: 'cost', text: 'Keep the content delivery cost under control.' },
  ],
  scale: [
    { id: 'dau', label: 'Daily active users', value: 5_000_000, unit: 'users', source: XU },
    { id: 'views', label: 'Videos watched per user per day', value: 5, unit: 'videos', source: XU },
    { id: 'uploaders', label: 'Users who upload one video a day', value: 10, unit: '%', source: XU },
    { id: 'video-size', label: 'Average video', value: 300_000_000, unit: 'bytes', source: XU },
    { id: 'retention', label: 'How long videos are kept', value: 1, unit: 'year', source: SRC.assumption },
  ],
  hints: {
    requirements: ['Which clients and resolutions? International users? Maximum video size?'],
    estimation: ['5 million × 10% × 300 MB = 150 TB of new video a day.', 'Streaming out: 5 million × 5 × 300 MB a day is the dominant cost.'],
    highLevel: ['Upload to a blob store; a queue feeds transcoding workers; viewers stream from a CDN.'],
    deepDive: ['Pre-signed upload URLs; a DAG of transcoding tasks; serve popular videos from the CDN, the long tail from origin.'],
    wrapUp: ['Error handling for failed transcodes; live streaming differs how?'],
  },
  buildingBlocks: ['client', 'cdn', 'loadBalancer', 'appServer', 'blobStore', 'messageQueue', 'sqlDatabase', 'cache'],
  reference: referenceDesign(
    [
      ['users', 'client', 'Viewers and creators', 0, 1],
      ['cdn', 'cdn', 'Video CDN', 1, 0, { instances: 200 }],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2 }],
      ['api', 'appServer', 'API servers', 2, 1, { instances: 20 }],
      ['meta', 'sqlDatabase', 'Video metadata', 4, 1, { instances: 3 }],
      ['metaCache', 'cache', 'Metadata cache', 3, 0, { instances: 2, cacheHitRatio: 0.9 }],
      ['raw', 'blobStore', 'Video store', 3, 2, { instances: 12_000 }],
      ['queue', 'messageQueue', 'Transcoding queue', 4, 2, { instances: 40, retentionDays: 1 }],
      ['transcode', 'appServer', 'Transcoding workers', 5, 2, { instances: 20 }],
    ],
    [
      ['users', 'cdn', { label: 'stream', params: { appliesTo: 'reads' } }],
      ['cdn', 'raw', { label: 'miss', params: { appliesTo: 'reads' } }],
      ['users', 'lb'],
      ['lb', 'api'],
      ['api', 'metaCache', { label: 'video info', params: { appliesTo: 'reads' } }],
      ['metaCache', 'meta', { label: 'miss', params: { appliesTo: 'reads' } }],
      
      ['api', 'raw', { label: 'upload', params: { appliesTo: 'writes' } }],
      ['api', 'queue', { kind: 'async', label: 'transcode', params: { appliesTo: 'writes' } }],
      ['queue', 'transcode', { kind: 'async' }],
    ],
    {
      dailyActiveUsers: 5_000_000,
      operations: [op('upload', 'Upload a video', 0.1, { requestBytes: 300_000_000, responseBytes: 500, writes: true }), op('watch', 'Watch a video', 5, { requestBytes: 500, responseBytes: 300_000_000 })],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 365,
      units: 'decimal',
    },
    `5 million DAU watching 5 videos a day, 10% uploading one 300 MB video a day (${XU}); one year kept (${SRC.assumption}); peak factor 2.`,
  ),
};
