#!/usr/bin/env node
// `npm run bench:start`: how soon the extension shows something after VS Code starts, in a real
// VS Code (code-server 1.139 and headless Chromium, the harness of the UI checks), on 2,000
// goal files against 20 in the same run:
// - from the workbench restored to the Backlog tree's first items (the view is opened then),
// - from Open Board to the board's first card, and again (three times) once the window has settled,
// cold (a fresh VS Code profile, no index cache) and warm (VS Code restarted on the same
// profile, the cache written by the cold start present), after one start that is not measured,
// with the sizes in turns. Each sample carries the extension's own timeline (its log lines:
// index listed and ready, tree rows handed over, board init posted) in ms after the
// workbench was restored. The extension host's CPU time comes
// from its own process.cpuUsage(), read through a probe extension that runs in the same host.
//
// Env: BENCH_RUNS (rounds of cold + warm per size, default 5), BENCH_SIZES (two file counts,
// default "20,2000"; "20,20" is an A/A run that shows how much VS Code's own start-up varies),
// BENCH_LOGS (a folder: VS Code's logs of each start are copied there, `<size>-<start>-<round>/`),
// BENCH_SETTINGS (user settings as JSON for every start, to see what a feature costs),
// BENCH_PROFILE (a folder: CPU profiles of the extension host from the workbench restored to the
// tree's first items and while the board opens are written there per start,
// `tree-<size>-<start>-<round>.cpuprofile` and `board-…`, and the workbench window's renderer
// while the board opens, `renderer-board-…`; for Chrome DevTools or speedscope;
// the profiler's own overhead is in that run's CPU figures).
// Prints a table per round with the medians, the ratio of the medians, then one JSON line with every sample.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boardFrame, launchBrowser, newWorkbenchContext, openActivityBarView, waitForWorkbench, workbenchUrl } from '../test/e2e/workbench.mjs';
import { startVsCodeServer } from './vscode-server.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.BENCH_RUNS ?? 5);
const sizes = (process.env.BENCH_SIZES ?? '20,2000').split(',').map(Number);
// Two slots compared, the first as the base. The same size twice ("20,20") is an A/A run: its
// ratios are what VS Code's own start-up varies by, with nothing to tell the slots apart.
if (sizes.length !== 2 || !sizes.every((size) => Number.isInteger(size) && size > 0)) throw new Error('BENCH_SIZES: two file counts, e.g. "20,2000"');
const slotName = (slot) => (sizes[0] === sizes[1] ? `${sizes[slot]}${'ab'[slot]}` : String(sizes[slot]));
/** User settings for every start (BENCH_SETTINGS, JSON): to see what a feature costs, e.g. hints off. */
const benchSettings = JSON.parse(process.env.BENCH_SETTINGS ?? '{}');
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

/**
 * Where a start's time went, from the extension's own log lines (the index, the tree, the
 * board), as ms after the workbench was restored: the log's timestamps are local wall time.
 */
function extensionTimeline(stateDir, restoredAt) {
  const logs = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/Growth Backlog.*\.log$/.test(entry.name) || /^(remote)?exthost\.log$/.test(entry.name)) logs.push(path);
    }
  };
  // This start's session only: a warm start's profile also holds the cold start's logs.
  const root = join(stateDir, 'user-data', 'logs');
  const [session] = existsSync(root) ? readdirSync(root).sort().reverse() : [];
  if (session) walk(join(root, session));
  const timeline = {};
  for (const file of logs) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      // VS Code's own line for our activation names the event that activated us.
      const activated = /^(\S+ \S+) \[\w+\] ExtensionService#_doActivateExtension growth-backlog\.growth-backlog, (.*)$/.exec(line);
      const hostStarted = /^(\S+ \S+) \[\w+\] (Extension host) with (pid \d+) started$/.exec(line);
      const match =
        (activated && [activated[0], activated[1], 'Activated', activated[2]]) ||
        hostStarted ||
        /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) \[\w+\] (Index|Backlog tree|Board|Diagnostics): (.*)$/.exec(line);
      if (!match) continue;
      const at = new Date(match[1].replace(' ', 'T')).getTime() - restoredAt;
      // The first of each: the board is opened again after the start's own measures.
      if (match[2] in timeline) continue;
      timeline[match[2]] = `${at} ms: ${match[3]}`;
      if (hostStarted) timeline.extHostStartedMs = at;
      // The board's line is written when `init` leaves; it says how long after the panel was made.
      const initPosted = match[2] === 'Board' && /init posted after (\d+) ms/.exec(match[3]);
      if (initPosted) timeline.boardPanelCreatedMs = at - Number(initPosted[1]);
    }
  }
  return timeline;
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

/**
 * Opens the command palette on `title`'s row, ready for Enter. Tried again after Escape: in
 * a start-up the palette was sometimes closed under the typing (the input went inert, then hidden).
 */
async function paletteRow(page, title) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('F1');
      await input.fill(`>${title}`, { timeout: 10_000 });
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: 30_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      say(`the palette did not take "${title}" (${String(error.message).split('\n')[0]}); again`);
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * When the board's webview began the frame that draws its first cards: its own performance
 * mark (webview-ui/src/boardApp.ts), asked every 50 ms. Playwright's "visible" check on the
 * webview, which shares the workbench window's main thread, cost that thread 0.13 s of a
 * 2,000-file board's open in a profile, and ran only after the tasks that follow that frame.
 */
async function firstCardsMark(page) {
  const markAt = () =>
    boardFrame(page)
      .locator('body')
      .evaluate(() => {
        const [mark] = performance.getEntriesByName('growth-backlog:first-cards');
        return mark ? Math.round(performance.timeOrigin + mark.startTime) : 0;
      });
  for (const giveUpAt = Date.now() + 120_000; Date.now() < giveUpAt; await pause(50)) {
    const at = await markAt().catch(() => 0);
    if (at) return at;
  }
  throw new Error('the board never drew its first cards');
}

async function closeAllEditors(page) {
  await page.keyboard.press('Escape');
  await paletteRow(page, 'View: Close All Editors');
  await page.keyboard.press('Enter');
}

/** One start of VS Code on `workspace`: the times and CPU of the tree and of the board. */
async function measureStart({ browser, workspace, stateDir, probe, port, profileFile, label }) {
  rmSync(join(probe, 'port'), { force: true });
  const server = await startVsCodeServer({ workspace, stateDir, port, settings: benchSettings });
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

    await paletteRow(page, 'Growth Backlog: Open Board');
    if (profileFile) await hostCpu(probe, '/profile/start');
    // With BENCH_PROFILE, the workbench window's renderer too (where the host's messages to the webview pass).
    const renderer = profileFile ? await context.newCDPSession(page) : undefined;
    if (renderer) {
      await renderer.send('Profiler.enable');
      await renderer.send('Profiler.start');
    }
    const boardCpuBefore = await hostCpu(probe);
    const boardStartedAt = Date.now();
    await page.keyboard.press('Enter');
    const boardAt = await firstCardsMark(page);
    const atBoard = await hostCpu(probe);
    if (profileFile) await hostCpu(probe, `/profile/stop?file=${encodeURIComponent(profileFile)}`);
    if (renderer) {
      const { profile } = await renderer.send('Profiler.stop');
      writeFileSync(profileFile.replace(/board-([^/]*)$/, 'renderer-board-$1'), JSON.stringify(profile));
      await renderer.detach();
    }

    // The mark says a frame began; this says a card is really on the board.
    await boardFrame(page).locator('.card').first().waitFor({ state: 'visible', timeout: 30_000 });

    // The board again once the window has settled: closed, 2 s, opened, three times. Without
    // VS Code's start-up around it, this is what the workspace's size costs the board itself.
    const reopenedMs = [];
    for (let i = 0; i < 3; i++) {
      await closeAllEditors(page);
      await pause(2_000);
      await paletteRow(page, 'Growth Backlog: Open Board');
      const openedAt = Date.now();
      await page.keyboard.press('Enter');
      reopenedMs.push((await firstCardsMark(page)) - openedAt);
    }

    // Leave the profile as a cold start found it (no board to restore, Explorer in front), and
    // let the extension write its cache (two seconds after the last change).
    await closeAllEditors(page);
    await openActivityBarView(page, 'Explorer');
    for (let i = 0; i < 300; i++) {
      const [file] = cacheFiles(server.stateDir);
      if (file && Date.now() - statSync(file).mtimeMs > 3_000) break;
      await pause(200);
    }
    await pause(1_000);
    const { extHostStartedMs, boardPanelCreatedMs, ...timeline } = extensionTimeline(server.stateDir, restoredAt);
    if (process.env.BENCH_LOGS && label) cpSync(join(server.stateDir, 'user-data', 'logs'), join(resolve(process.env.BENCH_LOGS), label), { recursive: true });
    return {
      timeline,
      treeMs: treeAt - restoredAt,
      // The same without VS Code's own start-up: code-server starts the extension host 0–5 s
      // after the workbench is restored, at random, and every extension waits for it.
      ...(typeof extHostStartedMs === 'number' ? { treeAfterHostStartMs: treeAt - restoredAt - extHostStartedMs } : {}),
      port: server.port,
      boardMs: boardAt - boardStartedAt,
      boardReopenedMs: reopenedMs.sort((a, b) => a - b)[1],
      // How long Open Board took to reach the extension (the window's and the host's queues), within boardMs.
      ...(typeof boardPanelCreatedMs === 'number' ? { boardCommandToPanelMs: boardPanelCreatedMs - (boardStartedAt - restoredAt) } : {}),
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
  const writeWorkspace = (size, name) => {
    const workspace = join(root, name);
    const written = spawnSync(process.execPath, [join(projectRoot, 'out', 'benchCli.js'), '--write', join(workspace, 'goals'), String(size)], { stdio: 'inherit' });
    if (written.status !== 0) throw new Error('could not write the goal files');
    return workspace;
  };
  try {
    // Every workspace is written before the first start, and flushed to disk: 2,000 files
    // written just before a start had the disk busy during it.
    const workspaces = new Map();
    for (let round = 1; round <= rounds; round++) for (const slot of [0, 1]) workspaces.set(`${slot}-${round}`, writeWorkspace(sizes[slot], `workspace-${slotName(slot)}-${round}`));
    const warmUpWorkspace = writeWorkspace(Math.min(...sizes), 'workspace-warm-up');
    spawnSync('sync');
    // One start that is not measured: the first VS Code start of a run pays for a cold disk
    // cache and V8's code cache (4–5 s more to the tree with 20 files), which would favour
    // whichever size came second.
    const warmUp = freshProfileWithProbe(root);
    await measureStart({ browser, workspace: warmUpWorkspace, stateDir: warmUp.stateDir, probe: warmUp.probe });
    rmSync(warmUp.stateDir, { recursive: true, force: true });
    for (let round = 1; round <= rounds; round++) {
      // Sizes in turns (small first, then large first): a drift in the machine's load hits both.
      for (const slot of round % 2 === 1 ? [0, 1] : [1, 0]) {
        const size = sizes[slot];
        const name = slotName(slot);
        const workspace = workspaces.get(`${slot}-${round}`);
        const { stateDir, probe } = freshProfileWithProbe(root);
        const profileFile = (start) => (process.env.BENCH_PROFILE ? join(resolve(process.env.BENCH_PROFILE), `board-${name}-${start}-${round}.cpuprofile`) : undefined);
        if (process.env.BENCH_PROFILE) mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
        const cold = await measureStart({ browser, workspace, stateDir, probe, profileFile: profileFile('cold'), label: `${name}-cold-${round}` });
        if (cacheFiles(stateDir).length !== 1) throw new Error(`the cold start with ${size} files wrote no index cache`);
        // The same port: VS Code keys a workspace's storage (where the cache is) on its URI, authority included.
        const warm = await measureStart({ browser, workspace, stateDir, probe, port: cold.port, profileFile: profileFile('warm'), label: `${name}-warm-${round}` });
        if (cacheFiles(stateDir).length !== 1) throw new Error(`the warm start with ${size} files did not get the cold start's storage`);
        rmSync(stateDir, { recursive: true, force: true });
        for (const [start, sample] of [['cold', cold], ['warm', warm]]) {
          delete sample.port;
          samples.push({ round, slot, size, start, ...sample });
          say(`round ${round}, ${size} files, ${start}: ${JSON.stringify(sample)}`);
        }
      }
    }
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
  say(`load average at end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);

  const [small, large] = [slotName(0), slotName(1)];
  const median = (values) => {
    const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
    if (sorted.length === 0) return Number.NaN;
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
  const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
  const lines = [
    '',
    `| round | start | tree: ${small} files | tree: ${large} files | ratio | tree after the extension host started: ${small} / ${large} files | ratio | board: ${small} files | board: ${large} files | ratio | host CPU to tree (${small} / ${large}) | host CPU for the board (${small} / ${large}) |`,
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows = [];
  for (let round = 1; round <= rounds; round++) {
    for (const start of ['cold', 'warm']) {
      const of = (slot) => samples.find((sample) => sample.round === round && sample.slot === slot && sample.start === start);
      const [a, b] = [of(0), of(1)];
      rows.push({ round, start, a, b, tree: b.treeMs / a.treeMs, afterHost: b.treeAfterHostStartMs / a.treeAfterHostStartMs, board: b.boardMs / a.boardMs });
    }
  }
  for (const { round, start, a, b, tree, afterHost, board } of rows) {
    lines.push(
      `| ${round} | ${start} | ${ms(a.treeMs)} | ${ms(b.treeMs)} | ${times(tree)} | ${ms(a.treeAfterHostStartMs)} / ${ms(b.treeAfterHostStartMs)} | ${times(afterHost)} | ${ms(a.boardMs)} | ${ms(b.boardMs)} | ${times(board)} | ${a.hostCpuAtTreeMs} / ${b.hostCpuAtTreeMs} ms | ${a.hostCpuBoardMs} / ${b.hostCpuBoardMs} ms |`,
    );
  }
  // Medians over the rounds: each figure and each round's ratio.
  for (const start of ['cold', 'warm']) {
    const of = rows.filter((row) => row.start === start);
    const m = (pick) => median(of.map(pick));
    lines.push(
      `| median | ${start} | ${ms(m((row) => row.a.treeMs))} | ${ms(m((row) => row.b.treeMs))} | ${times(m((row) => row.tree))} | ${ms(m((row) => row.a.treeAfterHostStartMs))} / ${ms(m((row) => row.b.treeAfterHostStartMs))} | ${times(m((row) => row.afterHost))} | ${ms(m((row) => row.a.boardMs))} | ${ms(m((row) => row.b.boardMs))} | ${times(m((row) => row.board))} | ${ms(m((row) => row.a.hostCpuAtTreeMs))} / ${ms(m((row) => row.b.hostCpuAtTreeMs))} | ${ms(m((row) => row.a.hostCpuBoardMs))} / ${ms(m((row) => row.b.hostCpuBoardMs))} |`,
    );
  }
  // The ratio of the two sizes' medians too: each start's time varies on its own (VS Code
  // starts its extension host and loads the webview at its own pace), so the ratio of one
  // round's two starts has long tails that the sizes' medians do not. An A/A run
  // (BENCH_SIZES=20,20) shows the spread of both.
  // The board reopened: each start's middle of three opens in the settled window.
  lines.push(
    '',
    `| ratio of the medians, ${large} ÷ ${small} files | tree | tree after the extension host started | board | board reopened (${small} / ${large} files) |`,
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const start of ['cold', 'warm']) {
    const of = rows.filter((row) => row.start === start);
    const ratio = (pick) => times(median(of.map((row) => pick(row.b))) / median(of.map((row) => pick(row.a))));
    const reopened = (slot) => ms(median(of.map((row) => row[slot].boardReopenedMs)));
    lines.push(`| ${start} | ${ratio((sample) => sample.treeMs)} | ${ratio((sample) => sample.treeAfterHostStartMs)} | ${ratio((sample) => sample.boardMs)} | ${ratio((sample) => sample.boardReopenedMs)} (${reopened('a')} / ${reopened('b')}) |`);
  }
  process.stdout.write(`${lines.join('\n')}\n${JSON.stringify({ loadAverage: loadavg().map((n) => Number(n.toFixed(2))), samples })}\n`);
}

main().catch((error) => {
  say(error.stack || String(error));
  process.exit(1);
});
