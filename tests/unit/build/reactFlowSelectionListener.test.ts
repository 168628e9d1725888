import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchSelectionListener, REACT_FLOW_ENTRY, SELECTION_LISTENER_BUG, SELECTION_LISTENER_FIX } from '../../../scripts/vite/reactFlowSelectionListener';

// The ESM builds Vite may bundle: exports["."].browser.import is index.js, .node.import index.mjs.
// (Reads node_modules: the test is about the React Flow actually installed.)
const require = createRequire(import.meta.url);
const reactFlowDir = dirname(require.resolve('@xyflow/react/package.json'));
const entries = ['dist/esm/index.js', 'dist/esm/index.mjs'].map((f) => join(reactFlowDir, f));

describe("React Flow's selection listener build patch", () => {
  it.each(entries)('finds the always-true test in the installed React Flow (%s) and makes it count handlers', (entry) => {
    expect(REACT_FLOW_ENTRY.test(entry)).toBe(true);
    const code = readFileSync(entry, 'utf8');
    const patched = patchSelectionListener(code);
    expect(patched).not.toContain(SELECTION_LISTENER_BUG);
    expect(patched).toContain(SELECTION_LISTENER_FIX);
    // Nothing else changes.
    expect(patched.replace(SELECTION_LISTENER_FIX, SELECTION_LISTENER_BUG)).toBe(code);
  });

  it('recognises the entry on any platform and package layout, and nothing else', () => {
    for (const id of ['/p/node_modules/@xyflow/react/dist/esm/index.js', 'C:\\p\\node_modules\\@xyflow\\react\\dist\\esm\\index.mjs', '/p/node_modules/.pnpm/@xyflow+react@12.12.1/node_modules/@xyflow/react/dist/esm/index.js']) {
      expect(REACT_FLOW_ENTRY.test(id)).toBe(true);
    }
    for (const id of ['/p/node_modules/@xyflow/system/dist/esm/index.js', '/p/node_modules/@xyflow/react/dist/umd/index.js', '/p/renderer/src/index.js']) {
      expect(REACT_FLOW_ENTRY.test(id)).toBe(false);
    }
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
