import { defineKind, serviceParams } from './common';
import { hitRatio, num } from '../params';
import { SRC } from '../sources';

/** Users' devices and the blocks that meet their traffic first. */

export const client = defineKind({
  id: 'client',
  name: 'Client',
  category: 'Clients & edge',
  description: 'Users and their devices (browsers, mobile apps) that send requests into the system; operations usually enter the design here.',
  icon: 'monitor-smartphone',
  synonyms: ['user', 'users', 'browser', 'mobile', 'app', 'device', 'web client'],
  stateful: false,
  behaviour: { isClient: true },
  params: [],
});

export const dns = defineKind({
  id: 'dns',
  name: 'Domain Name System',
  category: 'Clients & edge',
  description: 'A hierarchical and distributed naming system that maps names of computers connected to the Internet to their addresses.',
  icon: 'globe',
  synonyms: ['dns', 'route 53', 'route53', 'name server', 'resolver', 'cloudflare dns', 'bind'],
  stateful: false,
  behaviour: { role: 'dns', managed: true },
  params: [
    ...serviceParams({ qps: 100_000, qpsSource: SRC.assumption, serviceMs: 1, serviceSource: SRC.assumption, technology: 'Managed DNS', instances: 2, availability: 0.9999, availabilitySource: SRC.availabilityManaged }),
    num('lookupsPerUserPerDay', 'Lookups per user per day', 'count', 10, { max: 1e6, description: 'Name lookups one user makes a day: clients cache answers, so lookups follow sessions and TTL expiry, not requests.', source: SRC.dnsCaching }),
  ],
});

export const loadBalancer = defineKind({
  id: 'loadBalancer',
  name: 'Load balancer',
  category: 'Clients & edge',
  description: 'Fairly distributes incoming client requests among a pool of available servers; it reduces load and can bypass failed servers.',
  icon: 'split',
  synonyms: ['lb', 'load balancer', 'nginx', 'haproxy', 'elb', 'alb', 'nlb', 'envoy', 'reverse proxy', 'f5'],
  stateful: false,
  behaviour: { splitsTraffic: true },
  params: serviceParams({ qps: 50_000, qpsSource: SRC.assumption, serviceMs: 0.1, serviceSource: SRC.assumption, technology: 'HAProxy' }),
});

export const cdn = defineKind({
  id: 'cdn',
  name: 'Content delivery network',
  category: 'Clients & edge',
  description: 'Keeps popular content such as videos, images, audio and web pages close to users, cutting latency and the load on the data centers.',
  icon: 'layers',
  synonyms: ['cdn', 'cloudfront', 'akamai', 'fastly', 'cloudflare', 'edge cache'],
  stateful: false,
  behaviour: { cachesReads: true, role: 'cdn', managed: true },
  params: [
    ...serviceParams({ qps: 100_000, qpsSource: SRC.rateCache, serviceMs: 1, serviceSource: SRC.latencySsd, technology: 'Managed CDN', instances: 2, availability: 0.9999, availabilitySource: SRC.availabilityManaged }),
    hitRatio(0.9, 'Share of reads served from the edge; only misses reach the origin.'),
  ],
});

export const rateLimiter = defineKind({
  id: 'rateLimiter',
  name: 'Rate limiter',
  category: 'Clients & edge',
  description: 'Throttles incoming requests for a service based on a predefined limit; a defensive layer against excessive use, intended or not.',
  icon: 'gauge',
  synonyms: ['throttle', 'throttling', 'rate limit', 'token bucket', 'leaky bucket', 'api gateway'],
  stateful: true,
  behaviour: { throttles: true },
  params: [
    ...serviceParams({ qps: 100_000, qpsSource: SRC.rateCache, serviceMs: 0.1, serviceSource: SRC.latencyMemory, technology: 'Redis' }),
    num('rejectedShare', 'Rejected share', 'ratio', 0, { max: 1, description: 'Share of requests throttled and not passed on.', source: SRC.assumption }),
  ],
});
