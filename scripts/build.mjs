// Bundles every entry point with esbuild. The extension and the CLI share src/core;
// the webview has its own bundle (browser platform) so it never pulls in Node code, and so
// does the extension for the web worker extension host (package.json `browser`).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserBundleOptions, nodeBundleOptions, webviewBundleOptions } from './buildOptions.mjs';
import { codiconSubsetPlugin } from './codiconSubset.mjs';
import { bundleProblems } from './bundleProblems.mjs';
import { browserBundleProblems } from './check-browser-bundle.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');


/**
 * The desktop extension (out/extension.js) holds only what the desktop host does differently
 * (listing and reading local files with Node); the shared activation, the core and its libraries
 * come from the web bundle (out/web/extension.js), which it requires at run time. So the .vsix
 * carries each library once, and both hosts run the same code.
 */
const sharedWebBundle = {
  name: 'shared-web-bundle',
  setup(build) {
    build.onResolve({ filter: /extensionWeb\.js$/ }, (args) => {
      if (resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) !== resolve('src/extensionWeb.ts')) return undefined;
      return { path: './web/extension.js', external: true };
    });
    // The desktop's own file access (Node reads, shared with the CLI) uses a few core functions:
    // it takes them from the web bundle too, which exports each of them (src/extensionWeb.ts).
    build.onResolve({ filter: /\/core\/[^/]+\.js$/ }, (args) => {
      if (!resolve(args.resolveDir, args.path).startsWith(resolve('src/core') + '/')) return undefined;
      return { path: './web/extension.js', external: true };
    });
  },
};
const extensionBuild = {
  ...nodeBundleOptions(production),
  entryPoints: [{ in: 'src/extension.ts', out: 'extension' }],
  outdir: 'out',
  plugins: [sharedWebBundle],
};

/** Other Node bundles, each whole: CLI, benchmarks, integration-test payloads. */
const nodeEntries = [
  { in: 'src/cli/bin.ts', out: 'cli' },
  { in: 'scripts/bench.ts', out: 'bench' },
  { in: 'scripts/bench-rituals.ts', out: 'benchRituals' },
  { in: 'scripts/bench-cli.ts', out: 'benchCli' },
  { in: 'scripts/bench-hints.ts', out: 'benchHints' },
  // Runs inside VS Code's extension host as an extension-tests module (npm run bench:host).
  { in: 'scripts/bench-host.ts', out: 'benchHost' },
  // The goal-file generator, for scripts/bench-activation.mjs.
  { in: 'scripts/benchFiles.ts', out: 'benchFiles' },
  { in: 'test/integration/index.ts', out: 'test/integration/index' },
  { in: 'test/multiRoot/index.ts', out: 'test/multiRoot/index' },
  { in: 'test/localisation/index.ts', out: 'test/localisation/index' },
  { in: 'test/installed/index.ts', out: 'test/installed/index' },
].filter((entry) => existsSync(entry.in));

const builds = [extensionBuild, { ...nodeBundleOptions(production), entryPoints: nodeEntries, outdir: 'out' }];

// The extension in the web worker host (VS Code for the Web), results[2]; checked after the build.
// One file (that host loads one file per extension), which the desktop extension runs too.
builds.push({ ...browserBundleOptions(production), entryPoints: [{ in: 'src/extensionWeb.ts', out: 'web/extension' }], outdir: 'out' });

/** Test payloads for the web worker host, also one file each. */
const webTestEntries = [
  { in: 'test/web/index.ts', out: 'test/web/index' },
  { in: 'scripts/bench-web-host.ts', out: 'web/benchWebHost' },
].filter((entry) => existsSync(entry.in));
if (webTestEntries.length > 0) {
  builds.push({
    ...browserBundleOptions(production),
    entryPoints: webTestEntries,
    outdir: 'out',
    // Node's assert for browsers (the `assert` package) stands in for node:assert, and reads
    // a few fields of `process`; only the tests get these, never the extension's bundle.
    inject: ['src/web/bufferShim.ts', 'test/web/processShim.ts'],
    plugins: [
      {
        name: 'node-assert-for-browsers',
        setup(build) {
          build.onResolve({ filter: /^node:assert(\/strict)?$/ }, () => ({ path: resolve('test/web/strictAssert.cjs') }));
        },
      },
    ],
  });
}

// The webviews link codicon.css themselves (the vscode-elements icon component looks it up by id),
// so it and its font sit next to the bundles, inside the webview's local resource root, cut down
// to the icons the bundles name (scripts/codiconSubset.mjs).
if (existsSync('webview-ui/src/main.ts')) {
  const webview = webviewBundleOptions(production);
  builds.push({ ...webview, plugins: [codiconSubsetPlugin(webview.outdir)] });
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  // npm start holds the other end of this stdin pipe: when it closes, the process that started
  // the watcher is gone, however it ended (even SIGKILL), and the watcher goes with it.
  if (process.argv.includes('--until-stdin-closes')) {
    process.stdin.on('close', () => process.exit(0));
    process.stdin.resume();
  }
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  // No library may ship twice in the .vsix (scripts/bundleProblems.mjs).
  const problems = bundleProblems(results[0].metafile.outputs['out/extension.js'], results[2].metafile.outputs['out/web/extension.js']);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  // The web worker host has no Node: fail the build if a Node built-in, a require other than
  // 'vscode' or a Node-only global (Buffer, process, setImmediate…) reaches the browser bundle.
  const browserOutputs = results[2].metafile.outputs;
  const bundle = 'out/web/extension.js';
  const browserProblems = browserBundleProblems(readFileSync(bundle, 'utf8'), { inputs: Object.keys(browserOutputs[bundle]?.inputs ?? {}) });
  if (browserProblems.length > 0) {
    console.error(`${bundle} would fail in the web worker extension host; it:\n  ${browserProblems.slice(0, 10).join('\n  ')}`);
    process.exit(1);
  }
}
