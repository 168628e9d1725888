import { blockKindsByCategory, searchBlockKinds, type BlockKind } from '../../../../shared/catalog';
import type { GroupKind } from '../../../../shared/model';

/** What the palette offers besides building blocks: a sticky note and the three containers. */
export type PaletteExtra =
  | { id: 'note'; name: string; icon: string; description: string; type: 'note' }
  | { id: `group:${GroupKind}`; name: string; icon: string; description: string; type: 'group'; groupKind: GroupKind; label: string };

export const paletteExtras: readonly PaletteExtra[] = [
  { id: 'note', type: 'note', name: 'Note', icon: 'sticky-note', description: 'Free text for whiteboard-style reasoning.' },
  { id: 'group:region', type: 'group', groupKind: 'region', label: 'Region', name: 'Group: region', icon: 'earth', description: 'A cloud region; blocks dropped inside belong to it.' },
  { id: 'group:zone', type: 'group', groupKind: 'zone', label: 'Availability zone', name: 'Group: availability zone', icon: 'building-2', description: 'An availability zone (a data center) inside a region.' },
  { id: 'group:network', type: 'group', groupKind: 'network', label: 'Network', name: 'Group: network', icon: 'shield', description: 'A VPC or network boundary.' },
];

export interface PaletteSection {
  title: string;
  kinds: BlockKind[];
}

/**
 * The sections to show for a query: by category when the query is empty; otherwise one
 * "Matches" section in the catalog's ranking, so the best match is first and Enter picks it.
 */
export function paletteSections(query: string): PaletteSection[] {
  if (query.trim() === '') return blockKindsByCategory().map(({ category, kinds }) => ({ title: category, kinds }));
  const matches = searchBlockKinds(query);
  return matches.length > 0 ? [{ title: 'Matches', kinds: matches }] : [];
}

/** Extras whose name has a word starting with every word of the query ("group", "zone", "note"). */
export function matchingExtras(query: string): PaletteExtra[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return paletteExtras.filter((x) => {
    const words = x.name.toLowerCase().split(/[^a-z]+/);
    return terms.every((t) => words.some((w) => w.startsWith(t)));
  });
}
