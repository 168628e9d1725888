import { op, referenceDesign } from '../reference';
import type { PromptInput } from '../schema';
import { SRC } from '../sources';

const XU = SRC.xu('10, Design a notification system');

export const notificationSystem: PromptInput = {
  formatVersion: 1,
  id: 'notification-system',
  title: 'Design a notification system',
  summary: 'A service other services call to send push notifications, SMS and email to users, through third-party providers.',
  functional: [
    { id: 'channels', text: 'Send push notifications, SMS and email.' },
    { id: 'settings', text: 'Respect each user’s opt-out settings.' },
    { id: 'retry', text: 'Retry failed sends; never lose a notification.' },
  ],
  nonFunctional: [
    { id: 'soft-realtime', text: 'Soft real-time: a short delay under load is acceptable.' },
    { id: 'decoupled', text: 'One slow provider must not hold up the others.' },
  ],
  scale: [
    { id: 'push', label: 'Push notifications per day', value: 10_000_000, unit: 'notifications', source: XU },
    { id: 'sms', label: 'SMS per day', value: 1_000_000, unit: 'messages', source: XU },
    { id: 'email', label: 'Emails per day', value: 5_000_000, unit: 'emails', source: XU },
    { id: 'payload', label: 'Average notification payload', value: 1_000, unit: 'bytes', source: SRC.assumption },
    { id: 'retention', label: 'How long the notification log is kept', value: 90, unit: 'days', source: SRC.assumption },
  ],
  hints: {
    requirements: ['Which devices and channels? Triggered by client apps or scheduled on servers? Can users opt out?'],
    estimation: ['16 million notifications a day ÷ 86,400 ≈ 185/s on average.'],
    highLevel: ['Notification servers check settings and rate limits, then put each message on a per-channel queue; workers call APNs, FCM, the SMS and email providers.'],
    deepDive: ['Retries with a notification log; deduplicate by event id; templates.'],
    wrapUp: ['Monitor queue depth per channel; track delivery and clicks.'],
  },
  buildingBlocks: ['client', 'loadBalancer', 'appServer', 'messageQueue', 'sqlDatabase', 'cache'],
  reference: referenceDesign(
    [
      ['services', 'client', 'Calling services', 0, 1],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2 }],
      ['api', 'appServer', 'Notification servers', 2, 1, { instances: 4 }],
      ['settings', 'cache', 'User settings cache', 3, 0, { instances: 2, cacheHitRatio: 0.9 }],
      ['db', 'sqlDatabase', 'Settings and log', 4, 0, { instances: 3 }],
      ['queues', 'messageQueue', 'Channel queues', 3, 1, { instances: 3, retentionDays: 7 }],
      ['workers', 'appServer', 'Channel workers', 4, 1, { instances: 4 }],
      ['providers', 'appServer', 'Provider adapters (APNs, FCM, SMS, email)', 5, 1, { instances: 4 }],
    ],
    [
      ['services', 'lb'],
      ['lb', 'api'],
      ['api', 'settings', { label: 'opted in?' }],
      ['settings', 'db', { label: 'miss' }],
      ['api', 'queues', { kind: 'async', label: 'enqueue' }],
      ['queues', 'workers', { kind: 'async' }],
      ['workers', 'providers', { label: 'send' }],
      ['workers', 'db', { label: 'log', params: { appliesTo: 'writes' } }],
    ],
    {
      dailyActiveUsers: 16_000_000,
      operations: [op('notify', 'Send a notification', 1, { requestBytes: 1_000, responseBytes: 100, writes: true })],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 90,
      units: 'decimal',
    },
    `One "user" per notification: 10 million push + 1 million SMS + 5 million email = 16 million a day (${XU}); 1 KB each, a 90-day log (${SRC.assumption}); peak factor 2.`,
  ),
};
