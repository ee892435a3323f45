#!/usr/bin/env node
// `npm run bench:activation`: how long the extension takes, in the real VS Code (code-server
// 1.139 and headless Chromium), from the start of activate() until the Backlog tree has its
// first rows, as the extension logs it in its Growth Backlog log: when the tree has rows (it
// tells the view, or answers VS Code with them), and when VS Code has received them (VS Code
// asks for rows once it has drawn the view, which on a loaded machine takes a while):
//   - on the sample goals (examples/goals/, 10 files), without an index cache;
//   - on 1,000 generated goal files (4.3 KB each) without an index cache (cold);
//   - on the same files with the cache a previous window saved (warm).
// Each measurement is a fresh window (a fresh extension host) that is left to finish starting
// first: while a window starts, VS Code activates its own extensions on the same thread and
// every round trip to the busy workbench takes seconds on a loaded machine, which would time
// VS Code's start rather than ours. The goal files are moved into the workspace only then
// (so no startup activation event fires), and the bench opens the Backlog view, which
// activates the extension as it does when a user opens the view.
// Builds nothing: `npm run bench:activation` runs the production build first.
// Env: BENCH_RUNS (windows per measure, default 5), BENCH_SETTLE_MS (default 5000).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newWorkbenchContext, openActivityBarView, waitForWorkbench, workbenchUrl } from '../test/e2e/workbench.mjs';
import { startVsCodeServer } from './vscode-server.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { goalFile } = createRequire(import.meta.url)(join(projectRoot, 'out', 'benchFiles.js'));
const runs = Number(process.env.BENCH_RUNS ?? 5);
const settleMs = Number(process.env.BENCH_SETTLE_MS ?? 5_000);
const say = (msg) => process.stderr.write(`[bench:activation] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round(((sorted[mid - 1] + sorted[mid]) / 2) * 10) / 10;
};

const workspaceStorage = (server) => join(server.stateDir, 'user-data', 'User', 'workspaceStorage');
const cacheFolders = (server) => (existsSync(workspaceStorage(server)) ? readdirSync(workspaceStorage(server)) : [])
  .map((workspace) => join(workspaceStorage(server), workspace, 'growth-backlog.growth-backlog'));
const hasIndexCache = (server) => cacheFolders(server).some((folder) => existsSync(join(folder, 'goal-index-cache.json')));

/**
 * The extension's log lines that time the tree, from every window this server has had, each
 * with a key naming its file and line: the log files are listed in no particular order, so a
 * new window's line is told by its key, never by its place in the list.
 */
function treeTimings(server) {
  const logs = join(server.stateDir, 'user-data', 'logs');
  if (!existsSync(logs)) return [];
  return readdirSync(logs, { recursive: true })
    .filter((file) => String(file).endsWith(join('growth-backlog.growth-backlog', 'Growth Backlog.log')))
    .flatMap((file) => readFileSync(join(logs, String(file)), 'utf8').split('\n').map((line, index) => ({ key: `${file}:${index}`, line })))
    .map(({ key, line }) => ({ key, match: /Backlog tree: rows ready ([\d.]+) ms after activation started, received by VS Code after ([\d.]+) ms \((\d+) objectives\)/.exec(line) }))
    .filter(({ match }) => match !== null)
    .map(({ key, match }) => ({ key, readyMs: Number(match[1]), receivedMs: Number(match[2]), objectives: Number(match[3]) }));
}

/**
 * One window: started and settled with the goal files outside the workspace, then the files
 * moved in and the Backlog view opened. Resolves with the extension's logged timing.
 */
async function measuredWindow(browser, server, { workspace, goals, holding }) {
  const seen = new Set(treeTimings(server).map((timing) => timing.key));
  const context = await newWorkbenchContext(browser);
  const page = await context.newPage();
  try {
    await page.goto(workbenchUrl(server.url, { folder: workspace, extensionDevelopmentPath: projectRoot }), { waitUntil: 'domcontentloaded' });
    await waitForWorkbench(page);
    await sleep(settleMs);
    renameSync(holding, goals);
    await openActivityBarView(page, 'Growth Backlog');
    for (let waited = 0; waited < 120_000; waited += 100) {
      const fresh = treeTimings(server).find((timing) => !seen.has(timing.key));
      if (fresh) {
        // The window saves its index cache 2 s after indexing: wait for it, for the warm runs.
        for (let cached = 0; !hasIndexCache(server) && cached < 30_000; cached += 250) await sleep(250);
        return fresh;
      }
      await sleep(100);
    }
    throw new Error('the extension logged no tree timing within 120 s');
  } finally {
    await context.close();
    renameSync(goals, holding);
  }
}

async function measureWorkspace(browser, { label, source }) {
  const parent = mkdtempSync(join(tmpdir(), 'gb-bench-activation-'));
  const workspace = join(parent, 'workspace');
  const goals = join(workspace, 'goals');
  const holding = join(parent, 'goals-outside');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'README.md'), '# Notes\n');
  source(holding);
  // Closed windows should not keep their extension hosts running for hours.
  const server = await startVsCodeServer({ workspace, extraArgs: ['--reconnection-grace-time', '1'] });
  const results = {};
  try {
    for (const mode of ['cold', 'warm']) {
      const ready = [];
      const received = [];
      for (let run = 0; run < runs; run++) {
        if (mode === 'cold') for (const folder of cacheFolders(server)) rmSync(folder, { recursive: true, force: true });
        else if (!hasIndexCache(server)) throw new Error('a warm run found no index cache');
        const timing = await measuredWindow(browser, server, { workspace, goals, holding });
        say(`${label} ${mode} #${run + 1}: rows ready after ${timing.readyMs} ms, received by VS Code after ${timing.receivedMs} ms (${timing.objectives} objectives by then)`);
        ready.push(timing.readyMs);
        received.push(timing.receivedMs);
      }
      const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
      results[mode] = { ready: summary(ready), received: summary(received) };
    }
  } finally {
    await server.stop();
    rmSync(parent, { recursive: true, force: true });
  }
  return results;
}

const browser = await launchBrowser();
try {
  const sample = await measureWorkspace(browser, {
    label: 'examples/goals',
    source: (target) => cpSync(join(projectRoot, 'examples', 'goals'), target, { recursive: true }),
  });
  const files1000 = await measureWorkspace(browser, {
    label: '1,000 goal files',
    source: (target) => {
      mkdirSync(target);
      for (let i = 0; i < 1000; i++) writeFileSync(join(target, `file-${i}.md`), goalFile(i));
    },
  });
  const row = (name, r, target) =>
    `| ${name} | ${r.ready.median} ms (${r.ready.min}–${r.ready.max}) | ≤ ${target} ms | ${r.received.median} ms (${r.received.min}–${r.received.max}) |`;
  console.log([
    '',
    `| activate() start → the Backlog tree's first rows, ${runs} windows each | rows ready: median (range) | target | received by VS Code: median (range) |`,
    '| --- | ---: | ---: | ---: |',
    row('examples/goals/, no index cache', sample.cold, 50),
    row('examples/goals/, index cache present', sample.warm, 50),
    row('1,000 goal files, no index cache (cold)', files1000.cold, 300),
    row('1,000 goal files, index cache present (warm)', files1000.warm, 100),
    JSON.stringify({ sampleActivationMs: sample.cold.ready.median, files1000ActivationMs: files1000.cold.ready.median, files1000WarmMs: files1000.warm.ready.median }),
  ].join('\n'));
} finally {
  await browser.close();
}
