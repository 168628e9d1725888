import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const G = SRC.grokking('Designing Pastebin');

export const pastebin: PromptInput = {
  formatVersion: 1,
  id: 'pastebin',
  title: 'Design Pastebin',
  summary: 'Users paste text and get a short link to share it; anyone with the link can read the paste until it expires.',
  functional: [
    { id: 'create', text: 'Upload a block of text and get back a unique short link.' },
    { id: 'read', text: 'Anyone with the link reads the paste.' },
    { id: 'expire', text: 'Pastes expire after a default or chosen time.' },
  ],
  nonFunctional: [
    { id: 'durable', text: 'A paste, once saved, is never lost before it expires.' },
    { id: 'fast-read', text: 'Reads are fast and the service is highly available.' },
  ],
  scale: [
    { id: 'pastes-per-day', label: 'New pastes per day', value: 1_000_000, unit: 'pastes/day', source: G },
    { id: 'read-write', label: 'Reads per write', value: 5, unit: 'reads per write', source: G },
    { id: 'paste-size', label: 'Average paste', value: 10_000, unit: 'bytes', source: G },
    { id: 'retention', label: 'How long pastes are kept', value: 10, unit: 'years', source: G },
  ],
  hints: {
    requirements: ['Limit paste size (say 10 MB); ask whether users have accounts and custom links.'],
    estimation: ['1 million pastes × 10 KB = 10 GB a day, about 36 TB over ten years.', 'Writes ≈ 12/s, reads ≈ 58/s: small, but the storage adds up.'],
    highLevel: ['Keep paste text in a blob store and its metadata (key, owner, expiry) in a database.'],
    deepDive: ['Generate keys offline in a key-generation service so two writers never collide.', 'A cleanup job removes expired pastes lazily.'],
    wrapUp: ['Cache the most-read pastes; put a CDN in front for public ones.'],
  },
  buildingBlocks: ['client', 'loadBalancer', 'appServer', 'blobStore', 'sqlDatabase', 'cache', 'sequencer'],
  reference: referenceDesign(
    [
      ['users', 'client', 'Users', 0, 1],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2 }],
      ['app', 'appServer', 'Paste service', 2, 1, { instances: 4 }],
      ['cache', 'cache', 'Paste cache', 3, 0, { instances: 2, cacheHitRatio: 0.7 }],
      ['meta', 'sqlDatabase', 'Paste metadata', 4, 1, { instances: 3 }],
      ['blob', 'blobStore', 'Paste text', 4, 2, { instances: 10 }],
      ['keys', 'sequencer', 'Key generator', 3, 2, { instances: 2 }],
    ],
    [
      ['users', 'lb'],
      ['lb', 'app'],
      ['app', 'cache', { label: 'read', params: { appliesTo: 'reads' } }],
      ['cache', 'blob', { label: 'miss', params: { appliesTo: 'reads' } }],
      ['app', 'meta', { label: 'key lookup', params: { appliesTo: 'reads' } }],
      ['app', 'blob', { label: 'store text', params: { appliesTo: 'writes' } }],
      ['app', 'keys', { label: 'new key', params: { appliesTo: 'writes' } }],
    ],
    {
      dailyActiveUsers: 1_000_000,
      operations: [op('create', 'Create a paste', 1, { requestBytes: 10_000, responseBytes: 100, writes: true }), op('read', 'Read a paste', 5, { requestBytes: 100, responseBytes: 10_000 })],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 3650,
      units: 'decimal',
    },
    `1 million users writing one paste a day (${G}); five reads each; 10 KB pastes; ten years; peak factor 2 (${SRC.defaults}).`,
  ),
};
