// `npm run test:package`: checks what `vsce package` would ship, after a production build.
// Every bundle the extension loads lazily must be in it (a missing out/bodyEdits.js once
// broke check-ins in the packaged extension only), and sources, tests and maps must not.
import { listFiles } from '@vscode/vsce';
import { readFileSync, readdirSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const shipped = new Set((await listFiles({ cwd: process.cwd(), packageManager: 2 /* None */ })).map((file) => file.replace(/\\/g, '/')));

const bundle = (path) => path.replace(/^\.\//, '');
const extensionCode = readFileSync(bundle(manifest.main), 'utf8');
const required = new Set([
  'package.json',
  'README.md',
  bundle(manifest.main),
  // The web worker host's entry (VS Code for the Web): one bundle, nothing loaded beside it.
  bundle(manifest.browser),
  ...Object.values(manifest.bin ?? {}).map(bundle),
  // Bundles loaded on first use with require('./x.js').
  ...[...extensionCode.matchAll(/require\(["']\.\/([\w.-]+\.js)["']\)/g)].map((match) => `out/${match[1]}`),
  // Icons and other files the manifest points at.
  ...[...JSON.stringify(manifest.contributes).matchAll(/"(media\/[^"]+)"/g)].map((match) => match[1]),
  // The board's assets, and the sample goals the welcome view opens.
  ...readdirSync('out/webview').filter((file) => !file.endsWith('.map')).map((file) => `out/webview/${file}`),
  ...readdirSync('examples/goals', { recursive: true }).filter((file) => String(file).endsWith('.md')).map((file) => `examples/goals/${file}`),
]);

const missing = [...required].filter((file) => !shipped.has(file));
const unwanted = [...shipped].filter((file) => /^(src|test|scripts|webview-ui|node_modules|\.ci)\//.test(file) || file.endsWith('.map'));
for (const file of missing) console.error(`missing from the package: ${file}`);
for (const file of unwanted) console.error(`must not be in the package: ${file}`);
if (missing.length + unwanted.length > 0) process.exit(1);
console.log(`package: ${shipped.size} files, including all ${required.size} the extension needs`);
