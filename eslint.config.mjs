// The one rule that keeps the architecture honest: src/core is pure domain logic shared by
// the extension host, the web worker host and the CLI, so it may not import editor or
// Node modules, nor use Node's globals (the web worker host has none of them; tsconfig.portable.json
// checks the same with types). Everything else is typescript-eslint's recommended set.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'worker_threads', 'process', 'crypto', 'buffer', 'util', 'url', 'stream', 'events'];

/** Globals that exist in Node but not in a browser worker. */
export const nodeOnlyGlobals = ['Buffer', 'process', 'global', '__dirname', '__filename', 'require', 'module', 'exports', 'setImmediate', 'clearImmediate'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', '.vscode-test/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core and src/protocol stay editor-free: go through a port in src/core/ports.ts.' },
            ...nodeModules.map((name) => ({ name, message: 'src/core stays free of Node I/O: use the FileReader/Clock ports.' })),
          ],
          patterns: [{ group: ['node:*'], message: 'src/core stays free of Node built-ins: use the ports.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...nodeOnlyGlobals.map((name) => ({ name, message: `src/core and src/protocol also run in the web worker extension host, which has no \`${name}\`.` })),
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.commonjs } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright specs pass functions to page.evaluate that run in the browser.
    files: ['test/e2e/**/*.mjs', 'scripts/bench-live.mjs', 'scripts/bench-first-paint.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
