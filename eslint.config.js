import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Besides the usual rules, this file holds the house's import direction:
 * renderer -> shared <- main; shared is pure; main and renderer never import each other.
 */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'net', 'crypto', 'url', 'util'];

export default tseslint.config(
  { ignores: ['.tmp/**', 'out/**', 'dist/**', 'node_modules/**', 'artifacts/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'A focused test hides the rest of the suite.' },
        // Vitest compares a RegExp value in an object matcher as an object, so it passes whatever the text is.
        {
          selector: "CallExpression[callee.property.name=/^(toMatchObject|toEqual|toStrictEqual)$/] Property > Literal[regex]",
          message: 'A regular expression as a value in toMatchObject/toEqual matches anything: use expect.stringMatching(/.../).',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'react', 'react-dom', '@xyflow/*', 'better-sqlite3', ...nodeBuiltins], message: 'shared/ is pure: no electron, node:, DOM or React.' },
          { group: ['**/main/**', '**/renderer/**'], message: 'shared/ may not import main/ or renderer/.' },
        ],
      }],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', '@xyflow/*'], message: 'main/ never imports the renderer.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/**'], allowTypeImports: true, message: 'renderer/ never imports main/ (a type import of the bridge is allowed).' },
          { group: ['electron', 'better-sqlite3', ...nodeBuiltins], allowTypeImports: true, message: 'the renderer has no Node or Electron: go through the API client.' },
        ],
      }],
    },
  },
);
