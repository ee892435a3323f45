// Bundles every entry point with esbuild. The extension and the CLI share src/core;
// the webview has its own bundle (browser platform) so it never pulls in Node code.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { commonOptions, nodeBundleOptions } from './buildOptions.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = commonOptions(production);

/** Node bundles: extension host, CLI, benchmark, integration-test payload. */
const nodeEntries = [
  { in: 'src/extension.ts', out: 'extension' },
  // remark loads lazily from its own bundle (see src/goalWorkspace/lazyBodyParser.ts).
  { in: 'src/core/body.ts', out: 'bodyParser' },
  // Body edits (check-ins, review sections) need remark too; loaded by src/commands/lazyBodyEdits.ts.
  { in: 'src/core/edits/bodyEditsEntry.ts', out: 'bodyEdits' },
  { in: 'src/cli/bin.ts', out: 'cli' },
  { in: 'scripts/bench.ts', out: 'bench' },
  { in: 'scripts/bench-cli.ts', out: 'benchCli' },
  // Runs inside VS Code's extension host as an extension-tests module (npm run bench:host).
  { in: 'scripts/bench-host.ts', out: 'benchHost' },
  { in: 'test/integration/index.ts', out: 'test/integration/index' },
  { in: 'test/multiRoot/index.ts', out: 'test/multiRoot/index' },
].filter((entry) => existsSync(entry.in));

const builds = [{ ...nodeBundleOptions(production), entryPoints: nodeEntries, outdir: 'out' }];

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
  // Activation must stay cheap: remark/micromark belong in out/bodyParser.js only, loaded on
  // first use. Fail the build if an import drags them into the extension bundle again.
  const extensionInputs = Object.keys(results[0].metafile.outputs['out/extension.js']?.inputs ?? {});
  const heavy = extensionInputs.filter((input) => /node_modules\/(micromark|mdast-util|remark|unified)/.test(input));
  if (heavy.length > 0) {
    console.error(`out/extension.js must not bundle the Markdown parser (load it through lazyBodyParser):\n  ${heavy.slice(0, 5).join('\n  ')}`);
    process.exit(1);
  }
}
