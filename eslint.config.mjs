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

/**
 * A text in the source: a string or template literal with a word in it (a translated text is
 * a call). A word starts a literal or follows a space or punctuation, so theme icons
 * (`$(check)`), escapes and markup around translated parts do not count.
 */
const word = String.raw`/(^|[\s.,:;!?"'])[A-Za-z]/`;
const text = `:matches(Literal[value=${word}], TemplateLiteral:has(TemplateElement[value.raw=${word}]))`;

/** Where the extension host hands VS Code a text a user reads. */
export const untranslatedTextSelectors = [
  // Messages and their buttons.
  `CallExpression[callee.property.name=/^show(Information|Warning|Error)Message$/] > ${text}.arguments`,
  // Quick picks, input boxes, progress, code lenses, status bar items, webview panels:
  // options objects and the objects' own properties.
  `Property[key.name=/^(title|placeHolder|placeholder|prompt|tooltip|validationMessage)$/] > ${text}.value`,
  `AssignmentExpression[left.property.name=/^(title|placeholder|placeHolder|prompt|text|tooltip|description|validationMessage)$/] > ${text}.right`,
  // Tree items, and the title of a webview panel (its second argument).
  `NewExpression[callee.property.name='TreeItem'] > ${text}.arguments:first-child`,
  `CallExpression[callee.property.name='createWebviewPanel'] > ${text}.arguments:nth-child(2)`,
  // A validateInput's answer is shown under the input box.
  `Property[key.name='validateInput'] :matches(ReturnStatement, ConditionalExpression, LogicalExpression) > ${text}`,
  `Property[key.name='validateInput'] > ArrowFunctionExpression > ${text}.body`,
];
export const untranslatedTextMessage = 'A text the user reads goes through vscode.l10n.t(...) (l10n.t from @vscode/l10n where vscode is not imported), with placeholders for the variable parts; see CONTRIBUTING.md, Localisation.';

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
    // Every text the extension host shows goes through vscode.l10n.t (or @vscode/l10n's t in
    // vscode-free modules), so l10n/bundle.l10n.json has it and a translation can replace it.
    files: ['src/**/*.ts'],
    ignores: ['src/core/**', 'src/cli/**', 'src/protocol/**', 'src/web/**'],
    rules: { 'no-restricted-syntax': ['error', ...untranslatedTextSelectors.map((selector) => ({ selector, message: untranslatedTextMessage }))] },
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
    files: ['test/e2e/**/*.mjs', 'scripts/bench-live.mjs', 'scripts/bench-start.mjs', 'scripts/bench-first-paint.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
