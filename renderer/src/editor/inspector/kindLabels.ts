import type { EdgeKind, GroupKind } from '../../../../shared/model';

/** Names people use for the document's edge and group kinds. */
export const edgeKindOptions: readonly { value: EdgeKind; label: string }[] = [
  { value: 'sync', label: 'Sync request' },
  { value: 'async', label: 'Async message' },
  { value: 'replication', label: 'Replication' },
];

export const groupKindOptions: readonly { value: GroupKind; label: string }[] = [
  { value: 'region', label: 'Region' },
  { value: 'zone', label: 'Availability zone' },
  { value: 'network', label: 'Network (VPC)' },
];

export const groupIcon: Record<GroupKind, string> = { region: 'earth', zone: 'building-2', network: 'shield' };
