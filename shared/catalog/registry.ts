import type { BlockCategory, BlockKind } from './types';
import { cdn, client, dns, loadBalancer, rateLimiter } from './kinds/edge';
import { appServer, sequencer, taskScheduler, webServer } from './kinds/compute';
import { blobStore, cache, keyValueStore, nosqlDatabase, search, shardedCounter, sqlDatabase, storageServer } from './kinds/data';
import { messageQueue, pubSub } from './kinds/messaging';
import { logging, monitoring } from './kinds/operations';
import { genericBlock } from './kinds/generic';

/** Every kind the palette offers, in palette order (category, then the seed's order). */
export const blockKinds: readonly BlockKind[] = Object.freeze([
  client, dns, loadBalancer, cdn, rateLimiter,
  webServer, appServer, sequencer, taskScheduler,
  sqlDatabase, nosqlDatabase, keyValueStore, cache, blobStore, search, storageServer, shardedCounter,
  messageQueue, pubSub,
  monitoring, logging,
]);

const byId = new Map<string, BlockKind>(blockKinds.map((k) => [k.id, k]));
// The seed calls both databases "Databases"; an older or hand-written document may say so too.
byId.set('database', sqlDatabase);

/** The kind with this id, or undefined when this build does not know it. */
export function getBlockKind(id: string): BlockKind | undefined {
  return byId.get(id);
}

/** The kind with this id, or the generic stand-in (with `known: false`) so callers never crash. */
export function resolveBlockKind(id: string): { kind: BlockKind; known: boolean } {
  const kind = byId.get(id);
  return kind ? { kind, known: true } : { kind: genericBlock, known: false };
}

export function blockKindsByCategory(): { category: BlockCategory; kinds: BlockKind[] }[] {
  const groups = new Map<BlockCategory, BlockKind[]>();
  for (const kind of blockKinds) {
    const list = groups.get(kind.category) ?? [];
    list.push(kind);
    groups.set(kind.category, list);
  }
  return [...groups].map(([category, kinds]) => ({ category, kinds }));
}

export { genericBlock };
