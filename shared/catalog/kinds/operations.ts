import { defineKind, serviceParams } from './common';
import { num, storage } from '../params';
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
  behaviour: { storesData: true, ingestsEveryRequest: true, role: 'metrics' },
  params: [
    ...serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'Prometheus' }),
    ...storage({ perNodeTB: 16, replicationFactor: 2, source: SRC.server, retentionDays: 15, retentionSource: SRC.prometheusRetention }),
    num('seriesPerInstance', 'Series per instance', 'count', 1_000, { min: 1, max: 1e9, description: 'Metric series scraped from each instance it watches (a host exporter alone exposes several hundred).', source: SRC.assumption }),
    num('scrapeIntervalSeconds', 'Scrape interval', 's', 15, { min: 0.001, max: 86_400, description: 'How often each instance is scraped.', source: SRC.metricSamples }),
    num('bytesPerSample', 'Bytes per sample', 'B', 2, { min: 0.001, max: 1e6, description: 'Disk per stored sample after compression.', source: SRC.metricSamples }),
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
  behaviour: { storesData: true, ingestsEveryRequest: true, role: 'logs' },
  params: [
    ...serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'ELK' }),
    ...storage({ perNodeTB: 16, replicationFactor: 2, source: SRC.server, retentionDays: 30, retentionSource: SRC.assumption }),
    num('bytesPerRecord', 'Bytes per log record', 'B', 500, { min: 1, max: 1e9, description: 'Size of one log record; each request that reaches this block along a connection writes fan-out records.', source: SRC.assumption }),
  ],
});
