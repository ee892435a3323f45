// `npm run test:package`, after `npm run package` built the .vsix: checks what it ships.
// Every bundle the extension loads lazily must be in it (a missing lazy bundle once broke
// check-ins in the packaged extension only), every file the manifest points at too; sources,
// tests, maps, the CLI and README screenshots must not; and the package stays small.
// Usage: node scripts/check-package.mjs [path/to/extension.vsix]
import { listFiles } from '@vscode/vsce';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';

// The limit (400 KB). 353 KB after the codicon font and stylesheet were cut down
// to the icons the webviews use (scripts/codiconSubset.mjs); each translation
// (l10n/bundle.l10n.<language>.json) adds about 6 KB.
const maxPackageBytes = 400 * 1024;

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const vsix = process.argv[2] ?? `${manifest.name}-${manifest.version}.vsix`;
const shipped = new Set((await listFiles({ cwd: process.cwd(), packageManager: 2 /* None */ })).map((file) => file.replace(/\\/g, '/')));

const bundle = (path) => path.replace(/^\.\//, '');
const extensionCode = readFileSync(bundle(manifest.main), 'utf8');
const required = new Set([
  'package.json',
  'package.nls.json',
  // The runtime strings VS Code looks up for vscode.l10n.t (package.json `l10n`).
  `${bundle(manifest.l10n)}/bundle.l10n.json`,
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  bundle(manifest.main),
  // The web worker host's entry (VS Code for the Web): one bundle, nothing loaded beside it.
  bundle(manifest.browser),
  // Bundles loaded on first use with require('./x.js').
  ...[...extensionCode.matchAll(/require\(["']\.\/([\w.-]+\.js)["']\)/g)].map((match) => `out/${match[1]}`),
  // The icon, and the icons and walkthrough media the contributions point at.
  manifest.icon,
  ...[...JSON.stringify(manifest.contributes).matchAll(/"(media\/[^"]+)"/g)].map((match) => match[1]),
  // The board's assets, and the sample goals the welcome view opens.
  ...readdirSync('out/webview').filter((file) => !file.endsWith('.map')).map((file) => `out/webview/${file}`),
  ...readdirSync('examples/goals', { recursive: true }).filter((file) => String(file).endsWith('.md')).map((file) => `examples/goals/${file}`),
].filter((file) => file !== undefined && (file !== 'package.nls.json' || existsSync(file))));

const missing = [...required].filter((file) => !shipped.has(file));
const unwanted = [...shipped].filter((file) =>
  /^(src|test|scripts|webview-ui|node_modules|\.ci)\//.test(file) || file.endsWith('.map') || /^media\/screenshot-/.test(file) || (file.startsWith('out/') && !required.has(file)));
for (const file of missing) console.error(`missing from the package: ${file}`);
for (const file of unwanted) console.error(`must not be in the package: ${file}`);

const bytes = existsSync(vsix) ? statSync(vsix).size : undefined;
if (bytes === undefined) console.error(`no ${vsix}: run \`npm run package\` first`);
else if (bytes > maxPackageBytes) console.error(`${vsix} is ${(bytes / 1024).toFixed(0)} KB, more than ${maxPackageBytes / 1024} KB`);

if (missing.length + unwanted.length > 0 || bytes === undefined || bytes > maxPackageBytes) process.exit(1);
console.log(`package: ${vsix}, ${(bytes / 1024).toFixed(0)} KB, ${shipped.size} files, including all ${required.size} the extension needs`);
