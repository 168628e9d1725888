import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchSelectionListener, SELECTION_LISTENER_BUG, SELECTION_LISTENER_FIX } from '../../../scripts/vite/reactFlowSelectionListener';

// The ESM build the renderer bundles (package.json "exports" → import).
const require = createRequire(import.meta.url);
const reactFlowEsm = join(dirname(require.resolve('@xyflow/react/package.json')), 'dist/esm/index.mjs');

describe("React Flow's selection listener build patch", () => {
  it('finds the always-true test in the installed React Flow and makes it count handlers', () => {
    const code = readFileSync(reactFlowEsm, 'utf8');
    const patched = patchSelectionListener(code);
    expect(patched).not.toContain(SELECTION_LISTENER_BUG);
    expect(patched).toContain(SELECTION_LISTENER_FIX);
    // Nothing else changes.
    expect(patched.replace(SELECTION_LISTENER_FIX, SELECTION_LISTENER_BUG)).toBe(code);
  });

  it('the patched test is false with no handler and true with one, as the listener needs', () => {
    // The replacement line itself, run: it is what the bundle will execute.
    const changeSelector = new Function(`${SELECTION_LISTENER_FIX} return changeSelector;`)() as (s: { onSelectionChangeHandlers: unknown[] }) => boolean;
    expect(changeSelector({ onSelectionChangeHandlers: [] })).toBe(false);
    expect(changeSelector({ onSelectionChangeHandlers: [() => {}] })).toBe(true);
  });

  it('refuses code that does not read as expected, saying what to check', () => {
    expect(() => patchSelectionListener('const changeSelector = (s) => s.somethingElse;')).toThrow(/update or remove this patch/);
    expect(() => patchSelectionListener(`${SELECTION_LISTENER_BUG}\n${SELECTION_LISTENER_BUG}`)).toThrow(/not the one line expected/);
  });
});
