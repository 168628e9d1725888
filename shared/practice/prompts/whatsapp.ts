import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const G = SRC.grokking('Designing Facebook Messenger');

export const whatsapp: PromptInput = {
  formatVersion: 1,
  id: 'whatsapp',
  title: 'Design WhatsApp',
  summary: 'A chat service: one-to-one messages delivered in real time, online status, and the history kept on the server.',
  functional: [
    { id: 'one-to-one', text: 'Send and receive one-to-one text messages in real time.' },
    { id: 'presence', text: 'Show whether contacts are online.' },
    { id: 'history', text: 'Keep the chat history on the server; deliver messages sent while offline.' },
  ],
  nonFunctional: [
    { id: 'latency', text: 'Real-time delivery with minimal latency.' },
    { id: 'consistency', text: 'Messages arrive in order on every device.' },
  ],
  scale: [
    { id: 'dau', label: 'Daily active users', value: 500_000_000, unit: 'users', source: G },
    { id: 'messages', label: 'Messages per user per day', value: 40, unit: 'messages', source: G },
    { id: 'message-size', label: 'Average message', value: 100, unit: 'bytes', source: G },
    { id: 'retention', label: 'How long messages are kept', value: 5, unit: 'years', source: G },
  ],
  hints: {
    requirements: ['Group chats? Media? End-to-end encryption? Agree what is in scope.'],
    estimation: ['500 million × 40 = 20 billion messages a day; × 100 bytes = 2 TB a day, 3.6 PB in five years.'],
    highLevel: ['Clients hold a WebSocket to chat servers; messages are written to a store and pushed to the recipient’s server.'],
    deepDive: ['Sequence numbers per conversation for ordering; a wide-column store keyed by conversation.', 'Presence via heartbeats in a cache.'],
    wrapUp: ['What happens when a chat server dies? How do clients reconnect?'],
  },
  buildingBlocks: ['client', 'loadBalancer', 'appServer', 'messageQueue', 'nosqlDatabase', 'cache', 'sequencer'],
  reference: referenceDesign(
    [
      ['users', 'client', 'Phones', 0, 1],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 14 }],
      ['chat', 'appServer', 'Chat servers', 2, 1, { instances: 2000 }],
      ['presence', 'cache', 'Presence and sessions', 3, 0, { instances: 8, cacheHitRatio: 1 }],
      ['ids', 'sequencer', 'Message ids', 3, 2, { instances: 60 }],
      ['queue', 'messageQueue', 'Delivery queue', 3, 1, { instances: 50, retentionDays: 7 }],
      ['store', 'nosqlDatabase', 'Message store', 4, 1, { instances: 800 }],
    ],
    [
      ['users', 'lb'],
      ['lb', 'chat'],
      ['chat', 'presence', { label: 'who is online' }],
      ['chat', 'ids', { label: 'sequence', params: { appliesTo: 'writes' } }],
      ['chat', 'queue', { kind: 'async', label: 'deliver', params: { appliesTo: 'writes' } }],
      ['queue', 'store', { kind: 'async', label: 'persist' }],
      ['chat', 'store', { label: 'history', params: { appliesTo: 'reads' } }],
    ],
    {
      dailyActiveUsers: 500_000_000,
      operations: [op('send', 'Send a message', 40, { requestBytes: 100, responseBytes: 50, writes: true }), op('sync', 'Fetch missed messages', 5, { requestBytes: 100, responseBytes: 2_000 })],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 1825,
      units: 'decimal',
    },
    `500 million DAU sending 40 messages of 100 bytes a day, kept five years (${G}); 5 history fetches a day (${SRC.assumption}); peak factor 2.`,
  ),
};
