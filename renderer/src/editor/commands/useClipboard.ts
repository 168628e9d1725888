import { useEffect } from 'react';
import { copyText, pasteText } from '../clipboard';
import { deleteSelection } from '../store/actions';

const isTyping = (): boolean => {
  const el = document.activeElement;
  return el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
};

/**
 * The system clipboard through the DOM's copy, cut and paste events: they fire for Ctrl/Cmd+C/X/V
 * and for Electron's Edit menu roles alike, and need no clipboard permission.
 */
export function useClipboard(): void {
  useEffect(() => {
    const onCopy = (e: ClipboardEvent, cut: boolean): void => {
      if (isTyping()) return;
      const text = copyText();
      if (!text || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      if (cut) deleteSelection();
    };
    const onPaste = (e: ClipboardEvent): void => {
      if (isTyping()) return;
      const text = e.clipboardData?.getData('text/plain');
      if (!text) return;
      e.preventDefault();
      pasteText(text);
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
