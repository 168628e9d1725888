import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const G = SRC.grokking('Designing Instagram');

export const instagram: PromptInput = {
  formatVersion: 1,
  id: 'instagram',
  title: 'Design Instagram',
  summary: 'Users upload photos, follow other users, and browse a news feed of the photos of the people they follow.',
  functional: [
    { id: 'upload', text: 'Upload and view photos.' },
    { id: 'follow', text: 'Follow other users.' },
    { id: 'feed', text: 'See a news feed of the top photos of followed users.' },
  ],
  nonFunctional: [
    { id: 'available', text: 'Highly available; a feed loads in about 200 ms.' },
    { id: 'durable', text: 'An uploaded photo is never lost.' },
  ],
  scale: [
    { id: 'users', label: 'Total users', value: 500_000_000, unit: 'users', source: G },
    { id: 'dau', label: 'Daily active users', value: 1_000_000, unit: 'users', source: G },
    { id: 'photos-per-day', label: 'New photos per day', value: 2_000_000, unit: 'photos/day', source: G },
    { id: 'photo-size', label: 'Average photo', value: 200_000, unit: 'bytes', source: G },
    { id: 'retention', label: 'How long photos are kept', value: 10, unit: 'years', source: G },
    { id: 'views', label: 'Photo views per user per day', value: 50, unit: 'views', source: SRC.assumption },
  ],
  hints: {
    requirements: ['Read-heavy: agree the feed matters more than uploads.'],
    estimation: ['2 million photos × 200 KB = 400 GB a day, about 1,425 TB in ten years.'],
    highLevel: ['Separate upload and view services; photos in a blob store behind a CDN, metadata in a database.'],
    deepDive: ['Pre-generate feeds; shard photo metadata by photo id with a time-ordered key.'],
    wrapUp: ['Replicate the metadata; keep several copies of every photo.'],
  },
  buildingBlocks: ['client', 'cdn', 'loadBalancer', 'appServer', 'blobStore', 'nosqlDatabase', 'cache'],
  reference: referenceDesign(
    [
      ['users', 'client', 'Users', 0, 1],
      ['cdn', 'cdn', 'Photo CDN', 1, 0, { instances: 4 }],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2 }],
      ['api', 'appServer', 'Upload and feed API', 2, 1, { instances: 20 }],
      ['feed', 'cache', 'Feed cache', 3, 0, { instances: 2, cacheHitRatio: 0.9 }],
      ['meta', 'nosqlDatabase', 'Photo metadata', 4, 1, { instances: 6 }],
      ['photos', 'blobStore', 'Photo store', 3, 2, { instances: 300 }],
    ],
    [
      ['users', 'cdn', { label: 'photos', params: { appliesTo: 'reads' } }],
      ['cdn', 'photos', { label: 'miss', params: { appliesTo: 'reads' } }],
      ['users', 'lb'],
      ['lb', 'api'],
      ['api', 'feed', { label: 'feed', params: { appliesTo: 'reads' } }],
      ['feed', 'meta', { label: 'miss', params: { appliesTo: 'reads' } }],
      
      ['api', 'photos', { label: 'store photo', params: { appliesTo: 'writes' } }],
    ],
    {
      dailyActiveUsers: 1_000_000,
      operations: [op('upload', 'Upload a photo', 2, { requestBytes: 200_000, responseBytes: 200, writes: true }), op('view', 'View feed photos', 50, { requestBytes: 200, responseBytes: 200_000 })],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 3650,
      units: 'decimal',
    },
    `1 million DAU uploading 2 million photos a day of 200 KB, kept ten years (${G}); 50 views each a day (${SRC.assumption}); peak factor 2.`,
  ),
};
