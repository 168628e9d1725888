import { useEffect } from 'react';
import { commands, isEnabled } from './registry';

/** Typing in a field is never a shortcut (except the command palette's own keys, handled there). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * One keydown listener for the whole editor: the first command whose keyTest matches and which is
 * enabled runs. Copy, cut and paste go through the DOM clipboard events instead (see useClipboard).
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      for (const command of commands) {
        if (command.keyTest?.(e) && isEnabled(command)) {
          e.preventDefault();
          void command.perform(e);
          return;
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
