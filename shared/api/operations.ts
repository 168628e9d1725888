/**
 * Operation names alone, without their schemas, so the sandboxed preload can expose one method
 * per operation without bundling zod. contract.ts is checked to declare exactly these.
 */
export const operationNames = [
  'listDesigns',
  'createDesign',
  'getDesign',
  'saveDesign',
  'saveDesignChanges',
  'renameDesign',
  'duplicateDesign',
  'deleteDesign',
  'listRecent',
  'listTrash',
  'restoreDesign',
  'purgeDesign',
  'emptyTrash',
  'listVersions',
  'getVersion',
  'saveVersion',
  'restoreVersion',
  'exportDesignFile',
  'importDesignFile',
  'storeStatus',
  'restoreBackup',
  'estimate',
  'createPracticeSession',
  'getPracticeSession',
  'updatePracticeSession',
  'addPracticeSnapshot',
  'endPracticeSession',
  'listPracticeSessions',
  'listPracticeSnapshots',
  'importPracticePrompt',
  'listPracticePrompts',
  'exportDesign',
] as const;

export type OperationName = (typeof operationNames)[number];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && (operationNames as readonly string[]).includes(name);
}

/** IPC channel for an operation; one channel per operation, never a generic "send". */
export const channelFor = (name: OperationName): string => `envelope:${name}`;
