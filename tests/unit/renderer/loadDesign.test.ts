import { describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../../../shared/model';

// The host, answered by hand: each request waits until the test settles it.
const answers: Array<{ id: string; settle: (value: unknown) => void }> = [];
vi.mock('../../../renderer/src/api/client', () => ({
  api: {
    getDesign: ({ id }: { id: string }) => new Promise((settle) => answers.push({ id, settle })),
  },
}));

const { loadDesign, useEditor } = await import('../../../renderer/src/editor/store/editorStore');

const answer = (id: string, name: string) => ({ ok: true, value: { document: emptyDesign(id, name), repairs: [] } });

describe('loading a design', () => {
  it('keeps the latest load when an earlier answer comes in after it', async () => {
    const first = loadDesign('a');
    const second = loadDesign('b');
    expect(answers.map((a) => a.id)).toEqual(['a', 'b']);
    answers[1]!.settle(answer('b', 'Second'));
    await second;
    expect(useEditor.getState().meta?.name).toBe('Second');
    answers[0]!.settle(answer('a', 'First'));
    await first;
    expect(useEditor.getState().status).toBe('ready');
    expect(useEditor.getState().meta?.name).toBe('Second');
  });

  it('does not let a late failure of an earlier load replace the open design with an error', async () => {
    answers.length = 0;
    const first = loadDesign('a');
    const second = loadDesign('b');
    answers[1]!.settle(answer('b', 'Open'));
    await second;
    answers[0]!.settle({ ok: false, error: { code: 'not_found', message: 'gone' } });
    await first;
    expect(useEditor.getState().status).toBe('ready');
    expect(useEditor.getState().meta?.name).toBe('Open');
  });
});
