/**
 * The vocabulary of the building-block catalog: what a kind of block is, which parameters it
 * takes and how the estimation engine should treat its traffic. Pure data, no behaviour.
 */

export type BlockCategory = 'Clients & edge' | 'Compute' | 'Data' | 'Messaging' | 'Operations';

export const blockCategories: readonly BlockCategory[] = ['Clients & edge', 'Compute', 'Data', 'Messaging', 'Operations'];

/** Units as shown to the user; decimal SI unless the design picks binary units. */
export type ParamUnit =
  | 'rps'
  | 's'
  | 'B'
  | 'ms'
  | 'count'
  | 'ratio'
  | 'cores'
  | 'GB'
  | 'MB'
  | 'TB'
  | 'hours'
  | 'days'
  | 'choice'
  | 'flag'
  | 'text';

interface ParamBase {
  key: string;
  label: string;
  unit: ParamUnit;
  description: string;
  /** Where the default comes from: a section of estimation-defaults.md, the seed, or an assumption. */
  source: string;
  /**
   * An optional parameter is absent until the user sets it; its default is what the engine derives
   * otherwise (e.g. availability from MTBF and MTTR), shown for reference.
   */
  optional?: boolean;
}

export interface NumberParamDef extends ParamBase {
  type: 'number';
  default: number;
  min: number;
  max: number;
  integer?: boolean;
}

export interface ChoiceParamDef extends ParamBase {
  type: 'choice';
  default: string;
  options: readonly string[];
}

export interface FlagParamDef extends ParamBase {
  type: 'flag';
  default: boolean;
}

export interface TextParamDef extends ParamBase {
  type: 'text';
  default: string;
  maxLength: number;
}

export type ParamDef = NumberParamDef | ChoiceParamDef | FlagParamDef | TextParamDef;

/** How the engine routes traffic through a block; absent flags mean "an ordinary service". */
export interface BlockBehaviour {
  /** Spreads incoming requests across its targets instead of calling every one (load balancer). */
  splitsTraffic?: boolean;
  /** Answers a share of reads itself and passes only misses downstream (cache, CDN). */
  cachesReads?: boolean;
  /** Keeps durable data: counts toward storage per day, retention, replication and shards. */
  storesData?: boolean;
  /** Every request that arrives is stored as a record of its request bytes (queue, logs, metrics). */
  ingestsEveryRequest?: boolean;
  /** Users and their devices: not an instance we run, so no capacity, availability or score. */
  isClient?: boolean;
  /** Rejects a share of requests before they go further (rate limiter). */
  throttles?: boolean;
  /**
   * What the block does with a request, where it differs from an ordinary service:
   * `dns` answers lookups that clients cache; `cdn` serves media at the edge; `media` keeps media
   * (blob stores); `buffer` holds messages for a retention window (queues, pub-sub); `logs` keeps
   * log records; `metrics` keeps metric samples scraped from the instances it watches.
   */
  role?: BlockRole;
  /** A managed service that scales itself (DNS, CDN): no instance count to size, no capacity shortfall. */
  managed?: boolean;
  /**
   * Asked only when something is created (an ID generator): a connection to it carries writes
   * unless it says which operations it carries.
   */
  servesWrites?: boolean;
}

export type BlockRole = 'dns' | 'cdn' | 'media' | 'buffer' | 'logs' | 'metrics';

export interface BlockKind {
  /** camelCase id stored in documents, e.g. "loadBalancer". */
  id: string;
  name: string;
  category: BlockCategory;
  description: string;
  /** lucide icon name in kebab-case. */
  icon: string;
  /** Extra words for palette search: products and nicknames. */
  synonyms: readonly string[];
  /** Holds state that must survive an instance (data, queues, counters). */
  stateful: boolean;
  behaviour: BlockBehaviour;
  params: readonly ParamDef[];
}

/** The parameter values of one block after defaults are applied. */
export type ResolvedParams = Record<string, number | string | boolean>;
