// Bundles every entry point with esbuild. The extension and the CLI share src/core;
// the webview has its own bundle (browser platform) so it never pulls in Node code.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

/** Node bundles: extension host, CLI, benchmark, integration-test payload. */
const nodeEntries = [
  { in: 'src/extension.ts', out: 'extension' },
  { in: 'src/cli/bin.ts', out: 'cli' },
  { in: 'scripts/bench.ts', out: 'bench' },
  { in: 'test/integration/index.ts', out: 'test/integration/index' },
].filter((entry) => existsSync(entry.in));

const builds = [
  {
    ...common,
    entryPoints: nodeEntries,
    outdir: 'out',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  },
];

if (existsSync('webview-ui/src/main.ts')) {
  builds.push({
    ...common,
    entryPoints: { board: 'webview-ui/src/main.ts' },
    outdir: 'out/webview',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    loader: { '.ttf': 'file' },
  });
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
