#!/usr/bin/env node
// `npm run bench:start`: how soon the extension shows something after VS Code starts, in a real
// VS Code (code-server 1.139 and headless Chromium, the harness of the UI checks), on 2,000
// goal files against 20 in the same run:
// - from the workbench restored to the Backlog tree's first items (the view is opened then),
// - from Open Board to the board's first card,
// cold (a fresh VS Code profile, no index cache) and warm (VS Code restarted on the same
// profile, the cache written by the cold start present). The extension host's CPU time comes
// from its own process.cpuUsage(), read through a probe extension that runs in the same host.
//
// Env: BENCH_RUNS (rounds of cold + warm per size, default 3), BENCH_SIZES (default "20,2000"),
// BENCH_PROFILE (a folder: CPU profiles of the extension host from the workbench restored to the
// tree's first items and while the board opens are written there per start,
// `tree-<size>-<start>-<round>.cpuprofile` and `board-…`, for Chrome DevTools or speedscope;
// the profiler's own overhead is in that run's CPU figures).
// Prints a table per round, then one JSON line with every sample.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boardFrame, launchBrowser, newWorkbenchContext, openActivityBarView, waitForWorkbench, workbenchUrl } from '../test/e2e/workbench.mjs';
import { startVsCodeServer } from './vscode-server.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.BENCH_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '20,2000').split(',').map(Number);
const say = (message) => process.stderr.write(`[bench:start] ${message}\n`);
const pause = (ms) => new Promise((settle) => setTimeout(settle, ms));

/**
 * An extension installed next to ours in a fresh profile: it runs in the same extension host
 * and answers HTTP requests with that process's process.cpuUsage(), so the figures are the
 * host's own. (A second development extension is not loaded by the VS Code server.)
 */
function freshProfileWithProbe(root) {
  const stateDir = mkdtempSync(join(root, 'profile-'));
  const folder = join(stateDir, 'extensions', 'bench.cpu-probe-0.0.1');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'cpu-probe', publisher: 'bench', version: '0.0.1', engines: { vscode: '^1.100.0' }, main: './probe.js', activationEvents: ['*'] }),
  );
  writeFileSync(
    join(folder, 'probe.js'),
    `const http = require('node:http');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const inspector = require('node:inspector');
let session;
exports.activate = (context) => {
  const server = http.createServer((request, response) => {
    const usage = process.cpuUsage();
    const answer = (extra = {}) => response.end(JSON.stringify({ pid: process.pid, cpuMs: (usage.user + usage.system) / 1000, ...extra }));
    const url = new URL(request.url, 'http://probe');
    if (url.pathname === '/profile/start') {
      session = new inspector.Session();
      session.connect();
      session.post('Profiler.enable', () => session.post('Profiler.start', () => answer()));
    } else if (url.pathname === '/profile/stop') {
      session.post('Profiler.stop', (error, result) => {
        if (!error) writeFileSync(url.searchParams.get('file'), JSON.stringify(result.profile));
        session.disconnect();
        answer({ profiled: !error });
      });
    } else answer();
  });
  server.listen(0, '127.0.0.1', () => writeFileSync(join(__dirname, 'port'), String(server.address().port)));
  context.subscriptions.push({ dispose: () => server.close() });
};
`,
  );
  return { stateDir, probe: folder };
}

async function hostCpu(probe, path = '/') {
  const portFile = join(probe, 'port');
  for (let i = 0; i < 600 && !existsSync(portFile); i++) await pause(50);
  const response = await fetch(`http://127.0.0.1:${readFileSync(portFile, 'utf8')}${path}`);
  return response.json();
}

/** The extension's index caches in the profile: one per workspace storage folder VS Code gave the workspace. */
function cacheFiles(stateDir) {
  const storage = join(stateDir, 'user-data', 'User', 'workspaceStorage');
  if (!existsSync(storage)) return [];
  return readdirSync(storage)
    .map((workspace) => join(storage, workspace, 'growth-backlog.growth-backlog', 'goal-index-cache.json'))
    .filter((file) => existsSync(file));
}

/** Notes, inside the page, when the Backlog view first shows a row. */
async function watchTree(page) {
  await page.evaluate(() => {
    const seen = (window.startBench = { treeAt: 0 });
    const check = () => {
      if (seen.treeAt) return;
      for (const pane of document.querySelectorAll('.part.sidebar .pane')) {
        if (!/backlog/i.test(pane.querySelector('.pane-header')?.textContent ?? '')) continue;
        if (pane.querySelector('.monaco-list-row .label-name')) seen.treeAt = Date.now();
      }
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** One start of VS Code on `workspace`: the times and CPU of the tree and of the board. */
async function measureStart({ browser, workspace, stateDir, probe, port, profileFile }) {
  rmSync(join(probe, 'port'), { force: true });
  const server = await startVsCodeServer({ workspace, stateDir, port });
  const context = await newWorkbenchContext(browser);
  try {
    const page = await context.newPage();
    const url = workbenchUrl(server.url, { folder: workspace, extensionDevelopmentPath: projectRoot });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await waitForWorkbench(page);
    const restoredAt = Date.now();
    await watchTree(page);
    if (profileFile) await hostCpu(probe, '/profile/start');
    const atRestored = await hostCpu(probe);
    await openActivityBarView(page, 'Growth Backlog');
    await page.waitForFunction(() => window.startBench.treeAt > 0, undefined, { timeout: 120_000, polling: 50 });
    const treeAt = await page.evaluate(() => window.startBench.treeAt);
    const atTree = await hostCpu(probe);
    if (profileFile) await hostCpu(probe, `/profile/stop?file=${encodeURIComponent(profileFile.replace(/board-([^/]*)$/, 'tree-$1'))}`);

    const input = page.locator('.quick-input-widget .quick-input-box input');
    await page.keyboard.press('F1');
    await input.fill('>Growth Backlog: Open Board');
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Open Board' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    if (profileFile) await hostCpu(probe, '/profile/start');
    const boardCpuBefore = await hostCpu(probe);
    const boardStartedAt = Date.now();
    await page.keyboard.press('Enter');
    await boardFrame(page).locator('.card').first().waitFor({ state: 'visible', timeout: 120_000 });
    const boardAt = Date.now();
    const atBoard = await hostCpu(probe);
    if (profileFile) await hostCpu(probe, `/profile/stop?file=${encodeURIComponent(profileFile)}`);

    // Leave the profile as a cold start found it (no board to restore, Explorer in front), and
    // let the extension write its cache (two seconds after the last change).
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await input.fill('>View: Close All Editors');
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Close All Editors' }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await openActivityBarView(page, 'Explorer');
    for (let i = 0; i < 300; i++) {
      const [file] = cacheFiles(server.stateDir);
      if (file && Date.now() - statSync(file).mtimeMs > 3_000) break;
      await pause(200);
    }
    await pause(1_000);
    return {
      treeMs: treeAt - restoredAt,
      port: server.port,
      boardMs: boardAt - boardStartedAt,
      hostCpuAtTreeMs: Math.round(atTree.cpuMs),
      hostCpuRestoredToTreeMs: Math.round(atTree.cpuMs - atRestored.cpuMs),
      hostCpuBoardMs: Math.round(atBoard.cpuMs - boardCpuBefore.cpuMs),
    };
  } finally {
    await context.close().catch(() => {});
    await server.stop({ keepState: true });
  }
}

async function main() {
  spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const root = mkdtempSync(join(tmpdir(), 'growth-backlog-bench-start-'));
  const browser = await launchBrowser();
  const samples = [];
  say(`load average at start: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const size of sizes) {
        const workspace = join(root, `workspace-${size}-${round}`);
        const written = spawnSync(process.execPath, [join(projectRoot, 'out', 'benchCli.js'), '--write', join(workspace, 'goals'), String(size)], { stdio: 'inherit' });
        if (written.status !== 0) throw new Error('could not write the goal files');
        const { stateDir, probe } = freshProfileWithProbe(root);
        const profileFile = (start) => (process.env.BENCH_PROFILE ? join(resolve(process.env.BENCH_PROFILE), `board-${size}-${start}-${round}.cpuprofile`) : undefined);
        if (process.env.BENCH_PROFILE) mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
        const cold = await measureStart({ browser, workspace, stateDir, probe, profileFile: profileFile('cold') });
        if (cacheFiles(stateDir).length !== 1) throw new Error(`the cold start with ${size} files wrote no index cache`);
        // The same port: VS Code keys a workspace's storage (where the cache is) on its URI, authority included.
        const warm = await measureStart({ browser, workspace, stateDir, probe, port: cold.port, profileFile: profileFile('warm') });
        if (cacheFiles(stateDir).length !== 1) throw new Error(`the warm start with ${size} files did not get the cold start's storage`);
        rmSync(stateDir, { recursive: true, force: true });
        for (const [start, sample] of [['cold', cold], ['warm', warm]]) {
          delete sample.port;
          samples.push({ round, size, start, ...sample });
          say(`round ${round}, ${size} files, ${start}: ${JSON.stringify(sample)}`);
        }
      }
    }
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
  say(`load average at end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);

  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  const lines = ['', `| round | start | tree: ${small} files | tree: ${large} files | ratio | board: ${small} files | board: ${large} files | ratio | host CPU to tree (${small} / ${large}) | host CPU for the board (${small} / ${large}) |`, '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (let round = 1; round <= rounds; round++) {
    for (const start of ['cold', 'warm']) {
      const of = (size) => samples.find((sample) => sample.round === round && sample.size === size && sample.start === start);
      const [a, b] = [of(small), of(large)];
      lines.push(
        `| ${round} | ${start} | ${a.treeMs} ms | ${b.treeMs} ms | ${(b.treeMs / a.treeMs).toFixed(2)}× | ${a.boardMs} ms | ${b.boardMs} ms | ${(b.boardMs / a.boardMs).toFixed(2)}× | ${a.hostCpuAtTreeMs} / ${b.hostCpuAtTreeMs} ms | ${a.hostCpuBoardMs} / ${b.hostCpuBoardMs} ms |`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n${JSON.stringify({ loadAverage: loadavg().map((n) => Number(n.toFixed(2))), samples })}\n`);
}

main().catch((error) => {
  say(error.stack || String(error));
  process.exit(1);
});
