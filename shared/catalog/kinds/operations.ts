import { defineKind, serviceParams } from './common';
import { storage } from '../params';
import { SRC } from '../sources';

/** Blocks that watch the system: monitoring and logging. */

export const monitoring = defineKind({
  id: 'monitoring',
  name: 'Service monitoring',
  category: 'Operations',
  description: 'Analyses the system and alerts the stakeholders when a problem occurs, ideally early enough to act before it becomes a huge issue; server-side and client-side.',
  icon: 'monitor-dot',
  synonyms: ['monitoring', 'metrics', 'alerting', 'prometheus', 'grafana', 'datadog', 'observability', 'apm', 'health check'],
  stateful: true,
  behaviour: { storesData: true, ingestsEveryRequest: true },
  params: [
    ...serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'Prometheus' }),
    ...storage({ perNodeTB: 16, replicationFactor: 2, source: SRC.server, retentionDays: 15, retentionSource: SRC.prometheusRetention }),
  ],
});

export const logging = defineKind({
  id: 'logging',
  name: 'Distributed logging',
  category: 'Operations',
  description: 'Lets the services of a distributed system log their events efficiently; logging is I/O intensive, so the system must scale and stay reliable.',
  icon: 'scroll-text',
  synonyms: ['logs', 'log', 'logging', 'elk', 'logstash', 'fluentd', 'splunk', 'loki', 'cloudwatch'],
  stateful: true,
  behaviour: { storesData: true, ingestsEveryRequest: true },
  params: [
    ...serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'ELK' }),
    ...storage({ perNodeTB: 16, replicationFactor: 2, source: SRC.server, retentionDays: 30, retentionSource: SRC.assumption }),
  ],
});
