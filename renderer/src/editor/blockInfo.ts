/** Display facts of a block kind, with a fallback so an unknown kind still draws. */
export interface BlockInfo {
  id: string;
  name: string;
  icon: string;
  category: string;
}

const FALLBACK: BlockInfo[] = [
  { id: 'client', name: 'Client', icon: 'monitor-smartphone', category: 'Clients & edge' },
  { id: 'loadBalancer', name: 'Load balancer', icon: 'split', category: 'Clients & edge' },
  { id: 'appServer', name: 'Application server', icon: 'server', category: 'Compute' },
  { id: 'sqlDatabase', name: 'SQL database', icon: 'database', category: 'Data' },
];

export const blockKinds: BlockInfo[] = FALLBACK;

export function blockInfo(kind: string): BlockInfo {
  return blockKinds.find((k) => k.id === kind) ?? { id: kind, name: kind, icon: 'box', category: 'Other' };
}
