// Bundles every entry point with esbuild. The extension and the CLI share src/core;
// the webview has its own bundle (browser platform) so it never pulls in Node code.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleProblems } from './bundleProblems.mjs';
import { commonOptions, nodeBundleOptions } from './buildOptions.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = commonOptions(production);

/**
 * In the extension, src/core/markdownTree.ts (remark) is swapped for its lazy loader, which
 * requires out/markdownParser.js on first use: activation never pays for remark, and no library
 * is copied into two of the extension's bundles. The CLI and the tests use the real module.
 */
const lazyMarkdownTree = {
  name: 'lazy-markdown-tree',
  setup(build) {
    build.onResolve({ filter: /markdownTree\.js$/ }, (args) => {
      if (resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) !== resolve('src/core/markdownTree.ts')) return undefined;
      return { path: resolve('src/lazyBundles/markdownTree.ts') };
    });
  },
};

/** The extension's own bundles: what the .vsix ships. */
const extensionBuild = {
  ...nodeBundleOptions(production),
  entryPoints: [{ in: 'src/extension.ts', out: 'extension' }],
  outdir: 'out',
  external: [...nodeBundleOptions(production).external, './markdownParser.js'],
  plugins: [lazyMarkdownTree],
};
const markdownTreeBuild = { ...nodeBundleOptions(production), entryPoints: [{ in: 'src/core/markdownTree.ts', out: 'markdownParser' }], outdir: 'out' };

/** Other Node bundles, each whole: CLI, benchmarks, integration-test payloads. */
const nodeEntries = [
  { in: 'src/cli/bin.ts', out: 'cli' },
  { in: 'scripts/bench.ts', out: 'bench' },
  // Runs inside VS Code's extension host as an extension-tests module (npm run bench:host).
  { in: 'scripts/bench-host.ts', out: 'benchHost' },
  // The goal-file generator, for scripts/bench-activation.mjs.
  { in: 'scripts/benchFiles.ts', out: 'benchFiles' },
  { in: 'test/integration/index.ts', out: 'test/integration/index' },
  { in: 'test/multiRoot/index.ts', out: 'test/multiRoot/index' },
  { in: 'test/installed/index.ts', out: 'test/installed/index' },
].filter((entry) => existsSync(entry.in));

const builds = [extensionBuild, markdownTreeBuild, { ...nodeBundleOptions(production), entryPoints: nodeEntries, outdir: 'out' }];

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

// The board links codicon.css itself (the vscode-elements icon component looks it up by id),
// so the font sits next to the bundle, inside the webview's local resource root.
if (existsSync('webview-ui/src/main.ts')) {
  mkdirSync('out/webview', { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${file}`, `out/webview/${file}`);
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  const problems = bundleProblems(results[0].metafile.outputs['out/extension.js'], results[1].metafile.outputs['out/markdownParser.js']);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}
