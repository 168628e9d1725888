import type { TrashRepository } from '../store/trash';
import type { Handlers } from './types';

/** The trash: deleted designs can be listed, brought back, or removed for good. */
export function trashHandlers(trash: TrashRepository): Pick<Handlers, 'listTrash' | 'restoreDesign' | 'purgeDesign' | 'emptyTrash'> {
  return {
    listTrash: () => trash.list(),
    restoreDesign: ({ id }) => trash.restore(id),
    purgeDesign: ({ id }) => trash.purge(id),
    emptyTrash: () => trash.empty(),
  };
}
