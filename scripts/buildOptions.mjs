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
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "'use strict';\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  };
}
