import { defineKind, serviceParams } from './common';
import { storage } from '../params';
import { SRC } from '../sources';

/** Asynchronous communication: queues and publish-subscribe. */

export const messageQueue = defineKind({
  id: 'messageQueue',
  name: 'Message queue',
  category: 'Messaging',
  description: 'A queue of servers between producers and consumers; decouples them, lets each scale on its own and makes the system more reliable.',
  icon: 'inbox',
  synonyms: ['queue', 'mq', 'kafka', 'rabbitmq', 'sqs', 'activemq', 'pulsar', 'kinesis', 'broker', 'stream'],
  stateful: true,
  behaviour: { storesData: true, ingestsEveryRequest: true, role: 'buffer' },
  params: [
    ...serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'Kafka' }),
    ...storage({ perNodeTB: 16, replicationFactor: 3, source: SRC.server, retentionDays: 7, retentionSource: SRC.kafkaRetention }),
  ],
});

export const pubSub = defineKind({
  id: 'pubSub',
  name: 'Publish-subscribe',
  category: 'Messaging',
  description: 'Asynchronous service-to-service communication: a message published to a topic reaches every subscriber. Common in serverless, microservice and data-processing systems.',
  icon: 'radio',
  synonyms: ['pub/sub', 'pubsub', 'topic', 'sns', 'google pub/sub', 'event bus', 'eventbridge', 'nats', 'kafka', 'fan-out'],
  stateful: true,
  behaviour: { storesData: true, ingestsEveryRequest: true, role: 'buffer' },
  params: [
    ...serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'Kafka' }),
    ...storage({ perNodeTB: 16, replicationFactor: 3, source: SRC.server, retentionDays: 7, retentionSource: SRC.kafkaRetention }),
  ],
});
