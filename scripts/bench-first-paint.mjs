// How long the Growth Backlog view takes to show its first real content ("No goal files yet"
// on a folder without goals, the tree on one with goals) after a window opens, and where that
// time goes: the workbench, the extension host, loading our bundle, our activate(), the file
// search, the index. Run by scripts/run-integration.mjs --e2e --specs (it needs the built
// extension: `node scripts/build.mjs` first):
//
//   node scripts/run-integration.mjs --e2e --specs scripts/bench-first-paint.mjs
//
// BENCH_RUNS (default 3) windows per folder; BENCH_COMPARE=<dir> also times another build's
// out/ folder, in turns with this one (to compare a change with the code before it);
// BENCH_TRACE=1 prints every traced step.
//
// Each run opens a fresh folder (a few ordinary files, or a few goal files) in a new browser
// context whose Growth Backlog view is already open, as after a reload. The extension is
// loaded through a small shim that timestamps its bundle load, activate(), findFiles and
// setContext into a trace file, without changing the extension; the page's side is timed by
// a MutationObserver (no polling lag). All clocks are this machine's. Prints a table, then one
// JSON line.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newWorkbenchContext, openActivityBarView, waitForWorkbench, workbenchUrl } from '../test/e2e/workbench.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);

/** The extension as VS Code loads it, with `main` replaced by a shim that writes a trace. */
function tracedExtension(projectRoot, outDir, traceFile) {
  const dir = mkdtempSync(join(tmpdir(), 'gb-traced-extension-'));
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, main: './traced.js' }, null, 2));
  // Copies, not links: VS Code gives a module the API of the extension whose folder holds its real path.
  cpSync(outDir, join(dir, 'out'), { recursive: true });
  cpSync(join(projectRoot, 'media'), join(dir, 'media'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'traced.js'),
    `'use strict';
const { appendFileSync } = require('node:fs');
const trace = (what) => appendFileSync(${JSON.stringify(traceFile)}, JSON.stringify({ at: Date.now(), pid: process.pid, what }) + '\\n');
trace('extension host loads the extension');
const vscode = require('vscode');
const findFiles = vscode.workspace.findFiles;
vscode.workspace.findFiles = (...args) => {
  trace('findFiles called');
  return Promise.resolve(findFiles.apply(vscode.workspace, args)).then((found) => (trace('findFiles answered'), found));
};
const fs = vscode.workspace.fs;
const readFile = fs.readFile;
try {
  fs.readFile = (uri) => {
    trace('workspace.fs.readFile called');
    return Promise.resolve(readFile.call(fs, uri)).then(
      (bytes) => (trace('workspace.fs.readFile answered'), bytes),
      (error) => (trace('workspace.fs.readFile failed'), Promise.reject(error)),
    );
  };
} catch {
  // a frozen namespace: not traced
}
const executeCommand = vscode.commands.executeCommand;
vscode.commands.executeCommand = (id, ...args) => {
  const result = executeCommand.call(vscode.commands, id, ...args);
  if (id === 'setContext') {
    trace('setContext ' + args[0] + ' sent');
    Promise.resolve(result).then(() => trace('setContext ' + args[0] + ' answered'));
  }
  return result;
};
const createTreeView = vscode.window.createTreeView;
vscode.window.createTreeView = (id, options) => {
  const provider = options.treeDataProvider;
  const getChildren = provider.getChildren.bind(provider);
  provider.getChildren = (element) => {
    const asked = Date.now();
    return Promise.resolve(getChildren(element)).then((children) => {
      trace('tree getChildren(' + (element ? element.kind : 'root') + ') answered ' + children.length + ' after ' + (Date.now() - asked) + ' ms');
      return children;
    });
  };
  return createTreeView.call(vscode.window, id, options);
};
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (!request.endsWith('bodyParser.js')) return load.call(this, request, ...rest);
  const started = Date.now();
  const loaded = load.call(this, request, ...rest);
  trace('remark bundle loaded (' + (Date.now() - started) + ' ms)');
  return loaded;
};
const required = Date.now();
const extension = require('./out/extension.js');
trace('bundle required (' + (Date.now() - required) + ' ms)');
exports.activate = (context) => {
  trace('activate() called; storage ' + String(context.storageUri));
  const api = extension.activate(context);
  trace('activate() returned');
  api.goals.whenReady().then(() => trace('index ready'));
  return api;
};
exports.deactivate = extension.deactivate;
`,
  );
  return dir;
}

/** Watches the Growth Backlog view in the page for the texts it shows while it starts. */
async function armWatcher(page) {
  await page.addInitScript(() => {
    const seen = (window.firstPaintBench = {});
    const texts = { indexing: 'Indexing goal files', welcome: 'No goal files yet' };
    const check = () => {
      const sidebar = document.querySelector('.part.sidebar');
      if (!sidebar) return;
      const text = sidebar.textContent ?? '';
      for (const [key, value] of Object.entries(texts)) if (!seen[key] && text.includes(value)) seen[key] = Date.now();
      // The tree: a quarter row (the view's title also names the quarter, so rows only).
      if (!seen.tree && [...sidebar.querySelectorAll('.monaco-list-row')].some((row) => row.textContent?.includes('2026-Q4'))) seen.tree = Date.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

function folderWith(files) {
  const dir = mkdtempSync(join(tmpdir(), 'gb-first-paint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const plainFiles = {
  'README.md': '# Notes\n\nNothing to see.\n',
  'todo.txt': 'buy milk\n',
  'src/index.js': 'console.log(1);\n',
  'docs/ideas.md': '# Ideas\n',
};
const goalFiles = {
  ...plainFiles,
  'goals/2026-Q4/talks.md': '---\nobjective: Speak at 2 demos\nquarter: 2026-Q4\nkey_results:\n  - id: demos\n    title: Present at 2 sprint demos\n    target: 2\n---\n',
};

async function onePaint(ctx, folder, extensionDir, traceFile, expect) {
  writeFileSync(traceFile, '');
  const url = workbenchUrl(ctx.server.url, { folder, extensionDevelopmentPath: extensionDir });
  const context = await newWorkbenchContext(ctx.browser);
  try {
    // First visit: open the Growth Backlog view, so the next window restores it open.
    const first = await context.newPage();
    await first.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForWorkbench(first);
    const sidebar = await openActivityBarView(first, 'Growth Backlog');
    const content = expect === 'welcome' ? sidebar.getByText('No goal files yet') : sidebar.locator('.monaco-list-row', { hasText: '2026-Q4' });
    await content.first().waitFor({ state: 'visible', timeout: 120_000 });
    await first.close();

    writeFileSync(traceFile, '');
    const page = await context.newPage();
    await armWatcher(page);
    const navigated = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction((key) => window.firstPaintBench?.[key] > 0, expect, { timeout: 120_000, polling: 100 });
    const restoredAt = await page.evaluate(async () => {
      await globalThis.driver?.whenWorkbenchRestored?.();
      return Date.now();
    });
    const shown = await page.evaluate(() => window.firstPaintBench);
    await page.close();
    const trace = readFileSync(traceFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
    if (process.env.BENCH_TRACE) for (const entry of trace) console.log(`      ${entry.at - navigated} ms ${entry.what}`);
    // Only this window's extension host: the previous window's may still write a line or two.
    const host = trace.find((entry) => entry.what.startsWith('extension host loads') && entry.at >= navigated)?.pid;
    const at = (what) => trace.find((entry) => entry.pid === host && entry.what.startsWith(what))?.at;
    return {
      navigated,
      restored: restoredAt - navigated,
      indexingShown: shown.indexing ? shown.indexing - navigated : undefined,
      contentShown: shown[expect] - navigated,
      extensionLoaded: at('extension host loads') - navigated,
      bundleRequired: at('bundle required') - at('extension host loads'),
      activate: at('activate() returned') - at('activate() called'),
      findFiles: at('findFiles answered') - at('findFiles called'),
      indexReady: at('index ready') - navigated,
      setContextAnswered: at('setContext growthBacklog.indexed answered') - navigated,
      ours: at('index ready') - at('activate() called'),
      shownAfterIndexed: shown[expect] - at('setContext growthBacklog.indexed sent'),
    };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function firstPaint(ctx) {
  const traceFile = join(mkdtempSync(join(tmpdir(), 'gb-first-paint-trace-')), 'trace.jsonl');
  const builds = [{ label: 'this build', out: join(ctx.projectRoot, 'out') }];
  if (process.env.BENCH_COMPARE) builds.push({ label: 'compared build', out: process.env.BENCH_COMPARE });
  const extensions = builds.map((build) => tracedExtension(ctx.projectRoot, build.out, traceFile));
  const folders = [
    ['folder of 4 ordinary files', plainFiles, 'welcome'],
    ['same + 1 goal file', goalFiles, 'tree'],
  ];
  const results = new Map();
  try {
    for (let run = 0; run < runs; run++) {
      for (const [folderLabel, files, expect] of folders) {
        // Builds in turns, so a burst of load on the machine hits both.
        for (const [index, build] of builds.entries()) {
          const folder = folderWith(files);
          const key = `${folderLabel}, ${build.label}`;
          try {
            results.set(key, [...(results.get(key) ?? []), await onePaint(ctx, folder, extensions[index], traceFile, expect)]);
          } finally {
            rmSync(folder, { recursive: true, force: true });
          }
        }
      }
    }
  } finally {
    for (const dir of extensions) rmSync(dir, { recursive: true, force: true });
  }
  const rows = [
    ['workbench restored (whenWorkbenchRestored)', 'restored'],
    ['"Indexing goal files…" shown', 'indexingShown'],
    ['extension host starts loading Growth Backlog', 'extensionLoaded'],
    ['  loading out/extension.js', 'bundleRequired'],
    ['  activate()', 'activate'],
    ['  workspace.findFiles (the listing before this change)', 'findFiles'],
    ['  activate() called → index ready (all of our start)', 'ours'],
    ['index ready', 'indexReady'],
    ['setContext growthBacklog.indexed answered', 'setContextAnswered'],
    ['first real content shown (welcome text or tree)', 'contentShown'],
    ['  of which after our setContext was sent', 'shownAfterIndexed'],
  ];
  const format = (values) => {
    const known = values.filter((value) => typeof value === 'number' && !Number.isNaN(value));
    return known.length === 0 ? '–' : `${median(known)} ms (${Math.min(...known)}–${Math.max(...known)})`;
  };
  const columns = [...results.keys()];
  console.log(
    [
      '',
      `| from the window's navigation, median (min–max) of ${runs} | ${columns.join(' | ')} |`,
      `| --- |${columns.map(() => ' ---: |').join('')}`,
      ...rows.map(([label, key]) => `| ${label} | ${columns.map((column) => format(results.get(column).map((r) => r[key]))).join(' | ')} |`),
      JSON.stringify(Object.fromEntries(columns.map((column) => [column, Object.fromEntries(rows.map(([, key]) => [key, median(results.get(column).map((r) => r[key]).filter((v) => typeof v === 'number'))]))]))),
    ].join('\n'),
  );
}

export const specs = [firstPaint];
