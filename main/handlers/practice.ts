import { builtInPrompts } from '../../shared/practice/prompts';
import type { PracticeRepository } from '../store/practice';
import type { Handlers } from './types';

/** Practice sessions (issue 20): bound to one library's repository. */
export function practiceHandlers(
  practice: PracticeRepository,
): Pick<
  Handlers,
  | 'createPracticeSession'
  | 'getPracticeSession'
  | 'updatePracticeSession'
  | 'addPracticeSnapshot'
  | 'endPracticeSession'
  | 'listPracticeSessions'
  | 'listPracticeSnapshots'
  | 'importPracticePrompt'
  | 'listPracticePrompts'
> {
  const builtInIds = builtInPrompts.map((p) => p.id);
  return {
    createPracticeSession: ({ designId, prompt, minutes }) => practice.create(designId, prompt, minutes),
    getPracticeSession: ({ id }) => practice.get(id),
    updatePracticeSession: (patch) => practice.update(patch),
    addPracticeSnapshot: ({ id, elapsedMs, phase, document }) => practice.addSnapshot(id, elapsedMs, phase, document),
    endPracticeSession: ({ id, elapsedMs, review }) => practice.end(id, elapsedMs, review),
    listPracticeSessions: () => practice.list(),
    listPracticeSnapshots: ({ id }) => practice.snapshots(id),
    importPracticePrompt: ({ prompt }) => practice.importPrompt(prompt, builtInIds),
    listPracticePrompts: () => practice.prompts(),
  };
}
