import type { EnvelopeApi } from '../../shared/api/bridge';

export type { MenuCommandId } from './menuCommands';

/**
 * What the preload installs as `window.envelope`: one method per contract operation, plus the
 * subscription to native menu commands (the callback gets the command id, see menuCommands.ts)
 * and to designs the shell opened from files (the callback gets the new design's id, see
 * openDesignChannel.ts); the returned functions unsubscribe. The renderer may only `import type` this file.
 */
export type EnvelopeBridge = EnvelopeApi & {
  onMenuCommand(callback: (id: string) => void): () => void;
  onOpenDesign(callback: (designId: string) => void): () => void;
};
