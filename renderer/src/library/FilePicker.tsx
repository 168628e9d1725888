import { useEffect, useRef } from 'react';
import { importDesignFromFile } from './importFile';

let openPicker: (() => void) | null = null;

/** Show the file chooser for a design file (the "Open file…" button and command). */
export function openDesignFilePicker(): void {
  openPicker?.();
}

/**
 * The one hidden file input behind every "Open file…": mounted once for the whole app so the
 * library button, the editor command and the keyboard all reach the same chooser.
 */
export function FilePicker() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    openPicker = () => input.current?.click();
    return () => {
      openPicker = null;
    };
  }, []);
  return (
    <input
      ref={input}
      type="file"
      accept=".json,.envelope.json,application/json,.svg,.envelope.svg,.png,.envelope.png"
      hidden
      aria-label="Design file to open"
      data-testid="design-file-input"
      onChange={(e) => {
        const file = e.target.files?.[0];
        // Cleared so choosing the same file again still fires a change.
        e.target.value = '';
        if (file) void importDesignFromFile(file);
      }}
    />
  );
}
