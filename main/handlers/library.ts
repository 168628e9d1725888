import type { DesignRepository } from '../store/designs';
import type { Handlers } from './types';

/** The design-library operations, bound to one repository. */
export function libraryHandlers(designs: DesignRepository): Pick<
  Handlers,
  'listDesigns' | 'createDesign' | 'getDesign' | 'saveDesign' | 'renameDesign' | 'duplicateDesign' | 'deleteDesign'
> {
  return {
    listDesigns: () => designs.list(),
    createDesign: ({ name }) => designs.create(name),
    getDesign: ({ id }) => designs.get(id),
    saveDesign: ({ id, document }) => designs.save(id, document),
    renameDesign: ({ id, name }) => designs.rename(id, name),
    duplicateDesign: ({ id, name }) => designs.duplicate(id, name),
    deleteDesign: ({ id }) => designs.delete(id),
  };
}
