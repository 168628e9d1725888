/**
 * Citations for catalog defaults, so each parameter names where its number comes from.
 * "defaults" is /shared/reference/estimation-defaults.md; "seed" is the course notes.
 */
export const SRC = {
  server: 'estimation-defaults.md, "Typical data-center server" (64 cores, 256 GB RAM, 16 TB)',
  capacityModels: 'estimation-defaults.md, "Important rates" (per-instance rate) and "Request estimation per server" (CPU- and memory-bound models)',
  requestCpu: 'estimation-defaults.md, "Request estimation per server": CPU-bound, 200 ms per request (seed)',
  requestMemory: 'estimation-defaults.md, "Request estimation per server": 16 GB OS reserve, 300 MB per worker, 50 ms per request (seed)',
  instructions: 'estimation-defaults.md, "Request estimation per server": 3.5 M instructions at 3.5 GHz = 1 ms (current edition)',
  serversNeeded: 'estimation-defaults.md, "Request estimation per server": servers = peak RPS / RPS per server, divided by a target utilisation where set',
  rateSql: 'estimation-defaults.md, "Important rates": SQL database (MySQL) 1,000 QPS',
  rateKv: 'estimation-defaults.md, "Important rates": key-value store 10,000 QPS',
  rateCache: 'estimation-defaults.md, "Important rates": cache server 100,000 - 1,000,000 QPS (low end)',
  latencyMemory: 'estimation-defaults.md, "Important latencies": main memory reference 100 ns, read 1 MB from memory 9 us',
  latencySsd: 'estimation-defaults.md, "Important latencies": read 1 MB from SSD at ~1 GB/s = 1 ms',
  latencyDisk: 'estimation-defaults.md, "Important latencies": disk seek 4 ms + read 1 MB sequentially from disk 2 ms',
  latencyDc: 'estimation-defaults.md, "Important latencies": round trip within the same data center 500 us',
  latencyWan: 'estimation-defaults.md, "Important latencies": send a packet SF -> NYC 71 ms (x2 for a round trip)',
  availability: 'estimation-defaults.md, "Availability and reliability": A = MTBF / (MTBF + MTTR)',
  availabilityTable: 'estimation-defaults.md, "Availability and reliability": 99.9% row; MTTR of 1 h is an Envelope assumption',
  availabilityManaged: 'estimation-defaults.md, "Availability and reliability": 99.99% row for a managed, replicated service; MTTR of 1 h is an Envelope assumption',
  replication: 'seed, "Fault Tolerance > Replication"; three copies is the common default (Envelope assumption)',
  checkpointing: 'seed, "Fault Tolerance > Checkpointing"',
  webServer: 'seed, "Web servers": Facebook used 16-core servers with 32 GB RAM and 500 GB storage',
  appServer: 'seed, "Application servers": up to 256 GB RAM and 6.5 TB of disk and flash',
  storageServer: 'seed, "Storage servers": Facebook used servers with up to 120 TB of storage',
  s3: 'Amazon S3 performance guidelines: 3,500 writes and 5,500 reads per second per prefix',
  kafkaRetention: 'Apache Kafka default log.retention.hours = 168 (7 days)',
  prometheusRetention: 'Prometheus default storage.tsdb.retention.time = 15d',
  workloadRetention: 'workload retention period (design level)',
  assumption: 'Envelope assumption (the reference gives no figure); edit it to match your system',
  utilisation: 'estimation-defaults.md, "Request estimation per server": 1.0 until the user sets a target utilisation',
} as const;
