import type { DesignRepository } from '../store/designs';
import type { Handlers } from './types';

/** The design-library operations, bound to one repository. */
export function libraryHandlers(designs: DesignRepository): Pick<
  Handlers,
  'listDesigns' | 'createDesign' | 'getDesign' | 'saveDesign' | 'saveDesignChanges' | 'renameDesign' | 'duplicateDesign' | 'deleteDesign' | 'listRecent'
> {
  return {
    listDesigns: () => designs.list(),
    createDesign: ({ name }) => designs.create(name),
    getDesign: ({ id }) => {
      const record = designs.get(id);
      // Opening is what "recent" means; a design that fails to load is not marked.
      designs.markOpened(id);
      return record;
    },
    saveDesign: ({ id, document }) => designs.save(id, document),
    saveDesignChanges: ({ id, changes }) => designs.saveChanges(id, changes),
    renameDesign: ({ id, name }) => designs.rename(id, name),
    duplicateDesign: ({ id, name }) => designs.duplicate(id, name),
    deleteDesign: ({ id }) => designs.delete(id),
    listRecent: ({ limit }) => designs.recent(limit),
  };
}
