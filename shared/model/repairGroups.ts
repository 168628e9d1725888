import type { DesignGroup } from './design';

/**
 * Groups repaired as blocks are (issue 18): a second group with an id already used is dropped, and
 * a parent link that points at the group itself, at a missing group or round a cycle is removed,
 * so every group's chain of parents ends. Each change is reported in `repairs`.
 */
export function repairGroups(input: DesignGroup[], repairs: string[]): DesignGroup[] {
  const seen = new Set<string>();
  const groups = input.filter((g) => {
    if (seen.has(g.id)) {
      repairs.push(`dropped a second group with the id "${g.id}"`);
      return false;
    }
    seen.add(g.id);
    return true;
  });
  const byId = new Map(groups.map((g) => [g.id, g]));
  const standAlone = (group: DesignGroup, why: string): void => {
    repairs.push(`group "${group.id}" ${why}; it now stands alone`);
    delete group.parentId;
  };
  for (const g of groups) {
    if (g.parentId === undefined) continue;
    if (g.parentId === g.id) standAlone(g, 'was its own parent');
    else if (!byId.has(g.parentId)) standAlone(g, `referred to a missing parent group "${g.parentId}"`);
  }
  // Follow each chain of parents; a chain that comes back to a group already on it is a cycle,
  // broken at the link that closes it. Groups known to end (done) are not walked again.
  const done = new Set<string>();
  for (const start of groups) {
    const path: DesignGroup[] = [];
    const onPath = new Set<string>();
    let current: DesignGroup | undefined = start;
    while (current && !done.has(current.id)) {
      if (onPath.has(current.id)) {
        const last = path[path.length - 1]!;
        const ring = path.slice(path.indexOf(current)).map((g) => `"${g.id}"`).join(', ');
        standAlone(last, `closed a cycle of parent groups (${ring})`);
        break;
      }
      path.push(current);
      onPath.add(current.id);
      current = current.parentId === undefined ? undefined : byId.get(current.parentId);
    }
    for (const g of path) done.add(g.id);
  }
  return groups;
}
