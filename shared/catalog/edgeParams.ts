import type { ParamDef } from './types';
import { choice, num, text } from './params';
import { SRC } from './sources';

/**
 * Parameters a connection may carry. "share" and "network" are optional: when unset the engine
 * picks the default from the context (a load balancer splits evenly; a client reaches the data
 * center over the Internet; blocks in different regions talk across regions).
 */
export const networkKinds = ['sameDataCenter', 'edge', 'crossRegion', 'internet'] as const;
export type NetworkKind = (typeof networkKinds)[number];

/** Round-trip latency per network, in ms. */
export const networkRoundTripMs: Record<NetworkKind, { ms: number; source: string }> = {
  sameDataCenter: { ms: 0.5, source: SRC.latencyDc },
  edge: { ms: 20, source: SRC.cdnEdge },
  crossRegion: { ms: 142, source: SRC.latencyWan },
  internet: { ms: 142, source: SRC.latencyWan },
};

export const edgeCarriesOptions = ['auto', 'whole', 'metadata', 'media', 'bytes'] as const;
export type EdgeCarries = (typeof edgeCarriesOptions)[number];

export const edgeAppliesTo = ['all', 'reads', 'writes'] as const;
export type EdgeAppliesTo = (typeof edgeAppliesTo)[number];

export const edgeParams: readonly ParamDef[] = Object.freeze([
  num('share', 'Share of traffic', 'ratio', 1, {
    max: 1,
    optional: true,
    description: 'Share of the source block\'s requests sent along this connection. Unset: 1, or an even split behind a load balancer.',
    source: 'your design',
  }),
  num('fanOut', 'Fan-out', 'count', 1, { max: 1_000_000, description: 'Calls or messages sent along this connection per request that takes it.', source: 'your design' }),
  choice('appliesTo', 'Carries', edgeAppliesTo, 'all', 'Which operations take this connection: all, only reads, or only writes.', 'your design'),
  text('operations', 'Only these operations', '', 'Operations that take this connection, by id or name, comma-separated; empty means every operation.', 'your design', 2_000),
  choice('carries', 'What it carries', edgeCarriesOptions, 'auto', 'What each request sends along this connection: auto (media to blob stores and CDNs, metadata elsewhere), the whole payload, metadata only, media only, or a fixed byte count.', 'your design'),
  num('bytesPerRequest', 'Bytes per request', 'B', 1_000, { max: 1e12, optional: true, description: 'Bytes each request sends (writes) or receives (reads) along this connection when "What it carries" is bytes.', source: 'your design' }),
  { ...choice('network', 'Network', networkKinds, 'sameDataCenter', 'Where the hop goes; sets its latency from the latency table. Unset: chosen from the blocks and their regions.', SRC.latencyDc), optional: true },
  num('latencyMs', 'Hop latency', 'ms', 0.5, { max: 600_000, optional: true, description: 'Round trip of this hop; overrides the network\'s table value.', source: SRC.latencyDc }),
].map((p): ParamDef => Object.freeze(p)));
