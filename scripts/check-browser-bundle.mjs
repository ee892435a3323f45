// The browser bundle (out/web/extension.js) runs in VS Code's web worker extension host: a
// browser worker with no Node. That host evaluates the file as a CommonJS function whose
// `require` knows only 'vscode'. This check fails the build when anything else reaches the
// bundle: a Node built-in, another `require`, or a global a worker does not have (Buffer,
// process, __dirname, setImmediate…). Free names are found with ESLint's scope analysis, so a
// local variable or property that happens to be called `process` is not a finding; a
// `typeof process` guard is allowed, a use after it is not (the worker would throw there).
import { builtinModules } from 'node:module';
import { Linter } from 'eslint';
import globals from 'globals';

/** What the web worker host puts in scope besides a worker's own globals: the CommonJS wrapper. */
const commonJsWrapper = { module: 'readonly', exports: 'writable', require: 'readonly' };

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Problems found in the text of a browser bundle, one line each; empty when it is fit for the
 * web worker host. `inputs` (the esbuild metafile's input paths) are checked for Node built-ins too.
 */
export function browserBundleProblems(code, { inputs = [] } = {}) {
  const problems = inputs.filter((input) => nodeBuiltins.has(input.replace(/^(node:)?/, ''))).map((input) => `bundles the Node built-in "${input}"`);
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, {
    // Libraries' own eslint comments are not ours to honour or report.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    languageOptions: { ecmaVersion: 2022, sourceType: 'script', globals: { ...globals.worker, ...commonJsWrapper } },
    rules: {
      'no-undef': ['error', { typeof: false }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='Identifier'][callee.name='require']:not([arguments.length=1][arguments.0.value='vscode'])",
          message: "requires a module other than 'vscode', which the web worker host cannot load",
        },
        {
          selector: "Identifier[name='require']:not(CallExpression > Identifier.callee)",
          message: 'passes `require` around (a dynamic require the web worker host cannot serve)',
        },
      ],
    },
  });
  for (const message of messages) {
    if (!message.fatal && message.severity !== 2) continue; // notes about the libraries' own eslint comments
    const where = `line ${message.line}`;
    if (message.fatal) problems.push(`does not parse (${message.message}) at ${where}`);
    else if (message.ruleId === 'no-undef') problems.push(`uses ${message.message.replace(/ is not defined\.?$/, '')}, which a browser worker does not have, at ${where}`);
    else problems.push(`${message.message} at ${where}`);
  }
  return problems;
}
