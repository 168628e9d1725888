import { defineKind, serviceParams } from './common';
import { hitRatio, num, storage } from '../params';
import { SRC } from '../sources';

/** Blocks that keep data: databases, stores, caches, search indexes and counters. */

const DB_DESCRIPTION = 'Stores, retrieves, modifies and deletes data for data-processing procedures; replicated and partitioned when distributed.';

export const sqlDatabase = defineKind({
  id: 'sqlDatabase',
  name: 'SQL database',
  category: 'Data',
  description: `Relational database. ${DB_DESCRIPTION}`,
  icon: 'database',
  synonyms: ['database', 'db', 'sql', 'rdbms', 'relational', 'postgres', 'postgresql', 'mysql', 'mariadb', 'aurora', 'oracle', 'sql server'],
  stateful: true,
  behaviour: { storesData: true },
  params: [
    ...serviceParams({ qps: 1_000, qpsSource: SRC.rateSql, serviceMs: 5, serviceSource: SRC.latencyDisk, technology: 'PostgreSQL' }),
    ...storage({ perNodeTB: 16, replicationFactor: 3, source: SRC.server }),
  ],
});

export const nosqlDatabase = defineKind({
  id: 'nosqlDatabase',
  name: 'NoSQL database',
  category: 'Data',
  description: `Non-relational (document or wide-column) database. ${DB_DESCRIPTION}`,
  icon: 'database-zap',
  synonyms: ['database', 'db', 'nosql', 'document store', 'wide column', 'mongodb', 'mongo', 'cassandra', 'dynamodb', 'bigtable', 'hbase', 'couchbase'],
  stateful: true,
  behaviour: { storesData: true },
  params: [
    ...serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'Cassandra' }),
    ...storage({ perNodeTB: 16, replicationFactor: 3, source: SRC.server }),
  ],
});

export const keyValueStore = defineKind({
  id: 'keyValueStore',
  name: 'Key-value store',
  category: 'Data',
  description: 'A non-relational database that stores data as key-value pairs, designed for scalability, durability and configurability.',
  icon: 'key-round',
  synonyms: ['kv', 'key value', 'dynamo', 'dynamodb', 'etcd', 'riak', 'rocksdb', 'foundationdb', 'tikv'],
  stateful: true,
  behaviour: { storesData: true },
  params: [
    ...serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'Key-value store' }),
    ...storage({ perNodeTB: 16, replicationFactor: 3, source: SRC.server }),
  ],
});

export const cache = defineKind({
  id: 'cache',
  name: 'Distributed cache',
  category: 'Data',
  description: 'Multiple cache servers coordinate to keep frequently accessed data in memory; reads it holds never reach the store behind it.',
  icon: 'zap',
  synonyms: ['cache', 'caching', 'redis', 'memcached', 'memcache', 'elasticache', 'valkey', 'in-memory'],
  stateful: true,
  behaviour: { cachesReads: true },
  params: [
    ...serviceParams({ qps: 100_000, qpsSource: SRC.rateCache, serviceMs: 0.1, serviceSource: SRC.latencyMemory, technology: 'Redis' }),
    hitRatio(0.8, 'Share of reads answered from the cache; only misses go to the blocks behind it.'),
  ],
});

export const blobStore = defineKind({
  id: 'blobStore',
  name: 'Blob store',
  category: 'Data',
  description: 'Storage for unstructured data such as multimedia files and binary executables.',
  icon: 'archive',
  synonyms: ['blob', 'object storage', 'object store', 's3', 'gcs', 'azure blob', 'minio', 'files', 'media storage'],
  stateful: true,
  behaviour: { storesData: true, role: 'media' },
  params: [
    ...serviceParams({ qps: 3_500, qpsSource: SRC.s3Writes, serviceMs: 6, serviceSource: SRC.latencyDisk, technology: 'Object storage' }),
    num('readQpsPerInstance', 'Reads/s per instance', 'rps', 5_500, { min: 0.001, description: 'Reads one instance (one prefix of an object store) serves per second; "Requests/s per instance" is its write rate.', source: SRC.s3Reads }),
    ...storage({ perNodeTB: 120, replicationFactor: 3, source: SRC.storageServer }),
  ],
});

export const search = defineKind({
  id: 'search',
  name: 'Distributed search',
  category: 'Data',
  description: 'Takes a query from a user and returns relevant content in a few seconds or less; built from crawl, index and search.',
  icon: 'search',
  synonyms: ['search', 'elasticsearch', 'opensearch', 'solr', 'lucene', 'full text', 'index', 'algolia'],
  stateful: true,
  behaviour: { storesData: true },
  params: [
    ...serviceParams({ qps: 1_000, qpsSource: SRC.rateSql, serviceMs: 10, serviceSource: SRC.assumption, technology: 'Elasticsearch' }),
    ...storage({ perNodeTB: 16, replicationFactor: 2, source: SRC.server }),
  ],
});

export const storageServer = defineKind({
  id: 'storageServer',
  name: 'Storage server',
  category: 'Data',
  description: 'Holds structured (SQL) and unstructured (NoSQL) data for giant services; large disks, many of them.',
  icon: 'hard-drive',
  synonyms: ['storage', 'disk', 'file server', 'hdfs', 'nas', 'san', 'ceph'],
  stateful: true,
  behaviour: { storesData: true },
  params: [
    ...serviceParams({ qps: 1_000, qpsSource: SRC.rateSql, serviceMs: 6, serviceSource: SRC.latencyDisk, technology: 'HDFS' }),
    ...storage({ perNodeTB: 120, replicationFactor: 3, source: SRC.storageServer }),
  ],
});

export const shardedCounter = defineKind({
  id: 'shardedCounter',
  name: 'Sharded counter',
  category: 'Data',
  description: 'Counts millions of concurrent reads and writes, such as likes on a celebrity\'s post, by spreading one counter across shards.',
  icon: 'activity',
  synonyms: ['counter', 'likes', 'views', 'sharded counter', 'increment'],
  stateful: true,
  behaviour: { storesData: true },
  params: [
    ...serviceParams({ qps: 10_000, qpsSource: SRC.rateKv, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'Key-value store' }),
    ...storage({ perNodeTB: 16, replicationFactor: 3, source: SRC.server }),
  ],
});
