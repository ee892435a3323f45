// Bundles every entry point with esbuild. The extension and the CLI share src/core;
// the webview has its own bundle (browser platform) so it never pulls in Node code, and so
// does the extension for the web worker extension host (package.json `browser`).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserBundleOptions, commonOptions, nodeBundleOptions } from './buildOptions.mjs';
import { browserBundleProblems } from './check-browser-bundle.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = commonOptions(production);

/** Node bundles: extension host, CLI, benchmark, integration-test payload. */
const nodeEntries = [
  { in: 'src/extension.ts', out: 'extension' },
  // remark loads lazily from its own bundle (required on first use: src/extension.ts).
  { in: 'src/core/body.ts', out: 'bodyParser' },
  // Body edits (check-ins, review sections) need remark too; loaded the same way.
  { in: 'src/core/edits/bodyEditsEntry.ts', out: 'bodyEdits' },
  { in: 'src/cli/bin.ts', out: 'cli' },
  { in: 'scripts/bench.ts', out: 'bench' },
  { in: 'scripts/bench-rituals.ts', out: 'benchRituals' },
  { in: 'scripts/bench-cli.ts', out: 'benchCli' },
  { in: 'scripts/bench-hints.ts', out: 'benchHints' },
  // Runs inside VS Code's extension host as an extension-tests module (npm run bench:host).
  { in: 'scripts/bench-host.ts', out: 'benchHost' },
  { in: 'test/integration/index.ts', out: 'test/integration/index' },
  { in: 'test/multiRoot/index.ts', out: 'test/multiRoot/index' },
].filter((entry) => existsSync(entry.in));

const builds = [{ ...nodeBundleOptions(production), entryPoints: nodeEntries, outdir: 'out' }];

// The extension in the web worker host (VS Code for the Web); checked after the build.
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

if (existsSync('webview-ui/src/main.ts')) {
  builds.push({
    ...common,
    entryPoints: { board: 'webview-ui/src/main.ts', review: 'webview-ui/src/review/main.ts' },
    outdir: 'out/webview',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    loader: { '.ttf': 'file' },
  });
}

// The webviews link codicon.css themselves (the vscode-elements icon component looks it up by id),
// so the font sits next to the bundle, inside the webview's local resource root.
if (existsSync('webview-ui/src/main.ts')) {
  mkdirSync('out/webview', { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${file}`, `out/webview/${file}`);
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
  // Activation must stay cheap: remark/micromark belong in out/bodyParser.js only, loaded on
  // first use. Fail the build if an import drags them into the extension bundle again.
  const extensionInputs = Object.keys(results[0].metafile.outputs['out/extension.js']?.inputs ?? {});
  const heavy = extensionInputs.filter((input) => /node_modules\/(micromark|mdast-util|remark|unified)/.test(input));
  if (heavy.length > 0) {
    console.error(`out/extension.js must not bundle the Markdown parser (require it on first use, as src/extension.ts does):\n  ${heavy.slice(0, 5).join('\n  ')}`);
    process.exit(1);
  }
  // The web worker host has no Node: fail the build if a Node built-in, a require other than
  // 'vscode' or a Node-only global (Buffer, process, setImmediate…) reaches the browser bundle.
  const browserOutputs = results[1].metafile.outputs;
  const bundle = 'out/web/extension.js';
  const problems = browserBundleProblems(readFileSync(bundle, 'utf8'), { inputs: Object.keys(browserOutputs[bundle]?.inputs ?? {}) });
  if (problems.length > 0) {
    console.error(`${bundle} would fail in the web worker extension host; it:\n  ${problems.slice(0, 10).join('\n  ')}`);
    process.exit(1);
  }
}
