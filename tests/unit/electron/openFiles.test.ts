import { describe, expect, it, vi } from 'vitest';
import { designPathsFromArgv, importDesignPath, type OpenFileDeps } from '../../../main/electron/openFiles';
import type { DesignFileText } from '../../../main/files/designFile';
import { fail, ok } from '../../../shared/api/result';
import type { Dispatch } from '../../../main/handlers/dispatch';

function deps(read: DesignFileText, answer: Awaited<ReturnType<Dispatch>>) {
  return {
    dispatch: vi.fn<Dispatch>(async () => answer),
    readText: vi.fn(async () => read),
    addRecentDocument: vi.fn(),
    showError: vi.fn(),
  } satisfies OpenFileDeps;
}

const summary = { id: 'd_new', name: 'Imported', createdAt: '2025-01-01', updatedAt: '2025-01-01', blockCount: 3 };

describe('design files named on the command line', () => {
  it('are the .envelope.json arguments, never flags', () => {
    const argv = ['.', '--data-dir=/tmp/x.envelope.json', '/home/ana/Checkout.envelope.json', 'C:\\Designs\\Chat.ENVELOPE.JSON', 'notes.json', '-psn_0_1234'];
    expect(designPathsFromArgv(argv)).toEqual(['/home/ana/Checkout.envelope.json', 'C:\\Designs\\Chat.ENVELOPE.JSON']);
  });
});

describe('opening a design file from a path', () => {
  it('imports the text through the contract, adds the path to recent documents and returns the new id', async () => {
    const d = deps({ ok: true, fileName: 'Checkout.envelope.json', text: '{}' }, ok({ summary, warnings: [] }));
    await expect(importDesignPath('/home/ana/Checkout.envelope.json', d)).resolves.toBe('d_new');
    expect(d.dispatch).toHaveBeenCalledExactlyOnceWith('importDesignFile', { fileName: 'Checkout.envelope.json', text: '{}' });
    expect(d.addRecentDocument).toHaveBeenCalledExactlyOnceWith('/home/ana/Checkout.envelope.json');
    expect(d.showError).not.toHaveBeenCalled();
  });

  it('says why an unreadable file cannot be opened and imports nothing', async () => {
    const d = deps({ ok: false, code: 'notFound', message: '"Gone.envelope.json" cannot be opened: it does not exist' }, ok({ summary, warnings: [] }));
    await expect(importDesignPath('/tmp/Gone.envelope.json', d)).resolves.toBeNull();
    expect(d.dispatch).not.toHaveBeenCalled();
    expect(d.addRecentDocument).not.toHaveBeenCalled();
    expect(d.showError.mock.calls[0]?.[1]).toContain('it does not exist');
  });

  it('names a newer Envelope when the file is from one, and keeps it out of recent documents', async () => {
    const d = deps({ ok: true, fileName: 'Future.envelope.json', text: '{"schemaVersion":99}' }, fail('newerVersion', '"Future.envelope.json" cannot be opened: schemaVersion 99 is newer than this Envelope'));
    await expect(importDesignPath('/tmp/Future.envelope.json', d)).resolves.toBeNull();
    expect(d.showError.mock.calls[0]?.[1]).toMatch(/newer version of Envelope/);
    expect(d.addRecentDocument).not.toHaveBeenCalled();
  });
});
