import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const XU = SRC.xu('15, Design Google Drive');

export const dropbox: PromptInput = {
  formatVersion: 1,
  id: 'dropbox',
  title: 'Design Dropbox',
  summary: 'Users keep files in the cloud, synchronised across their devices, with revisions and sharing.',
  functional: [
    { id: 'upload', text: 'Upload and download files.' },
    { id: 'sync', text: 'Synchronise files across devices and notify the other devices of changes.' },
    { id: 'revisions', text: 'Keep file revisions.' },
  ],
  nonFunctional: [
    { id: 'reliable', text: 'Data loss is unacceptable.' },
    { id: 'bandwidth', text: 'Save bandwidth: send only what changed.' },
  ],
  scale: [
    { id: 'signed-up', label: 'Signed-up users', value: 50_000_000, unit: 'users', source: XU },
    { id: 'dau', label: 'Daily active users', value: 10_000_000, unit: 'users', source: XU },
    { id: 'uploads', label: 'Files uploaded per user per day', value: 2, unit: 'files', source: XU },
    { id: 'file-size', label: 'Average file', value: 500_000, unit: 'bytes', source: XU },
    { id: 'read-write', label: 'Reads per write', value: 1, unit: 'reads per write', source: XU },
    { id: 'free-space', label: 'Free space per user', value: 10, unit: 'GB', source: XU },
    { id: 'retention', label: 'How long files are kept', value: 5, unit: 'years', source: SRC.assumption },
  ],
  hints: {
    requirements: ['Which file types and sizes? Is sharing and offline editing in scope?'],
    estimation: ['10 million × 2 uploads ÷ 86,400 s ≈ 240 uploads/s, peak about 480.', 'Allocated space: 50 million × 10 GB = 500 PB.'],
    highLevel: ['Block servers split files into chunks in a blob store; a metadata database tracks files, chunks and revisions; a notification service tells devices to sync.'],
    deepDive: ['Delta sync and deduplication by chunk hash; strong consistency for metadata.'],
    wrapUp: ['Cold storage for old revisions; what if two devices edit at once?'],
  },
  buildingBlocks: ['client', 'loadBalancer', 'appServer', 'blobStore', 'sqlDatabase', 'cache', 'messageQueue'],
  reference: referenceDesign(
    [
      ['users', 'client', 'Devices', 0, 1],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2 }],
      ['api', 'appServer', 'API and block servers', 2, 1, { instances: 20 }],
      ['meta', 'sqlDatabase', 'File metadata', 4, 1, { instances: 6 }],
      ['metaCache', 'cache', 'Metadata cache', 3, 0, { instances: 2, cacheHitRatio: 0.8 }],
      ['blocks', 'blobStore', 'Chunk store', 3, 2, { instances: 4000 }],
      ['notify', 'messageQueue', 'Sync notifications', 4, 2, { instances: 18, retentionDays: 7 }],
    ],
    [
      ['users', 'lb'],
      ['lb', 'api'],
      ['api', 'metaCache', { label: 'file info', params: { appliesTo: 'reads' } }],
      ['metaCache', 'meta', { label: 'miss', params: { appliesTo: 'reads' } }],
      
      ['api', 'blocks', { label: 'chunks' }],
      ['api', 'notify', { kind: 'async', label: 'changed', params: { appliesTo: 'writes' } }],
    ],
    {
      dailyActiveUsers: 10_000_000,
      operations: [op('upload', 'Upload a file', 2, { requestBytes: 500_000, responseBytes: 200, writes: true }), op('download', 'Download a file', 2, { requestBytes: 200, responseBytes: 500_000 })],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 1825,
      units: 'decimal',
    },
    `10 million DAU uploading 2 files of 500 KB a day, read as often as written (${XU}); five years (${SRC.assumption}); peak factor 2 (${XU}).`,
  ),
};
