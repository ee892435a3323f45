// esbuild options shared by scripts/build.mjs and the test that runs the bundled CLI.

/** @param {boolean} production */
export function commonOptions(production) {
  return {
    bundle: true,
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    legalComments: 'none',
  };
}

/** Options of the Node bundles (extension host, CLI, benchmark, test payload); add entryPoints and outdir. */
export function nodeBundleOptions(production) {
  return {
    ...commonOptions(production),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    // ESM-only dependencies (fdir, under tinyglobby) call createRequire(import.meta.url),
    // which a CommonJS bundle leaves undefined: give them this file's own URL. The banner
    // restates 'use strict' because esbuild's own directive would follow it and not count.
    // picomatch (under tinyglobby) asks `navigator.platform` before `process.platform`: in
    // VS Code's Node extension host that read logs a deprecation warning with a stack on every
    // activation. In a Node bundle there is no browser navigator to ask.
    define: { 'import.meta.url': 'importMetaUrl', navigator: 'undefined' },
    banner: { js: "'use strict';\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  };
}

/**
 * Options of the browser bundle for the web worker extension host (package.json `browser`):
 * one CommonJS file, since that host loads a single file per extension and its `require`
 * knows only 'vscode'. Two stand-ins make gray-matter run there: its `Buffer.from` gets a
 * shim, its `require('fs')` (for matter.read, never called) a module that throws if used. Its
 * own js-yaml 3 (whose default engine we never use: src/core/frontMatter.ts passes its own)
 * becomes the project's js-yaml 4, which has no dynamic `require('buffer')`/`require('esprima')`.
 */
export function browserBundleOptions(production) {
  return {
    ...commonOptions(production),
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    // A worker, not a page: packages with a DOM build (decode-named-character-reference, under
    // micromark, calls document.createElement) pick their worker build.
    conditions: ['worker'],
    external: ['vscode'],
    inject: ['src/web/bufferShim.ts'],
    alias: { fs: './src/web/fsUnavailable.ts', 'js-yaml': './node_modules/js-yaml' },
  };
}

/** Options of the two webviews' bundles (board and quarter review), ES modules for the page. */
export function webviewBundleOptions(production) {
  return {
    ...commonOptions(production),
    entryPoints: { board: 'webview-ui/src/main.ts', review: 'webview-ui/src/review/main.ts' },
    outdir: 'out/webview',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    loader: { '.ttf': 'file' },
  };
}
