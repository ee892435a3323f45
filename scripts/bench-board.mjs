#!/usr/bin/env node
// Benchmark of the board webview (a benchmark, not a timed test: it prints numbers).
// Builds, serves the built bundle from a local HTTP server under the same CSP as the real
// panel, stubs acquireVsCodeApi, waits for the webview's `ready`, then posts an `init` of
// 1,000 generated cards and a series of one-card patches, in headless Chromium.
// firstPaintMs: from posting `init` to the end of the first frame painted after it (rAF, then
// a task); the board places the first screenful before that frame and the remaining cards in
// slices right after it (printed as "all cards placed", not part of the summary);
// updateOneCardMs: the same for a one-card patch (median of 30); bundleKB: board.js minified.
// The last line printed is the JSON summary.
// The functions passed to page.evaluate run in the browser page:
/* global window, document, requestAnimationFrame */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cardCount = 1000;
const krsPerObjective = 5;
const firstPaintRuns = 7;
const updateRuns = 30;

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** The board's English words, as the host sends them after `ready` (src/board/boardStrings.ts). */
async function englishBoardStrings() {
  const bundled = await esbuild.build({ entryPoints: [join(root, 'src/board/boardStrings.ts')], bundle: true, write: false, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'warning' });
  const { boardStrings } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  return boardStrings();
}

function today() {
  const now = new Date();
  const pad = (value) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 200 objectives × 5 KRs in the current quarter, so every card is on screen by default. */
function snapshot() {
  const date = today();
  const quarter = `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  const statuses = ['todo', 'doing', 'done', 'todo', 'dropped'];
  const careers = ['learning', 'leadership', 'craft', 'collaboration', 'impact'];
  const objectives = [];
  const cards = [];
  for (let o = 1; o <= cardCount / krsPerObjective; o++) {
    objectives.push({
      id: `o${o}`,
      title: `Objective ${o}: grow a skill that matters for the next step`,
      quarter,
      status: 'active',
      career: [careers[o % careers.length], careers[(o + 2) % careers.length]],
      checkInsKnown: true,
      lastCheckIn: `${date.slice(0, 8)}01`,
    });
    for (let k = 0; k < krsPerObjective; k++) {
      const n = cards.length + 1;
      cards.push({
        id: `c${n}`,
        objectiveId: `o${o}`,
        title: `Key result ${n}: ship a measurable outcome that someone else can verify by the end of the quarter`,
        status: statuses[k],
        index: k,
        weight: 1,
        ...(n % 3 === 0 ? { grade: (n % 11) / 10 } : {}),
        ...(n % 2 === 0 ? { target: 10, current: n % 10 } : {}),
      });
    }
  }
  return { objectives, cards, today: date, reminderDays: 14 };
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.html': 'text/html', '.map': 'application/json' };

function harness(origin, nonce) {
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${origin}; font-src ${origin}; img-src ${origin}; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" id="vscode-codicon-stylesheet" href="${origin}/codicon.css">
<link rel="stylesheet" href="${origin}/board.css"></head>
<body><div id="board-root"></div>
<script nonce="${nonce}">
  window.__posted = []; window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => {} });
</script>
<script type="module" nonce="${nonce}" src="${origin}/board.js"></script></body></html>`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const webviewDir = join(root, 'out', 'webview');
  let nonce = '';
  let origin = '';
  const server = createServer((request, response) => {
    const path = new URL(request.url, origin).pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(harness(origin, nonce));
      return;
    }
    const file = join(webviewDir, path.slice(1));
    if (!file.startsWith(webviewDir)) return response.writeHead(403).end();
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const data = snapshot();
  const strings = await englishBoardStrings();
  const firstPaints = [];
  const allCards = [];
  const updates = [];
  const problems = [];
  try {
    for (let run = 0; run < firstPaintRuns; run++) {
      nonce = randomBytes(16).toString('base64url');
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await page.goto(origin, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
      // The host's first message after `ready`, untimed: the board's words.
      await page.evaluate((strings) => window.dispatchEvent(new MessageEvent('message', { data: { type: 'strings', strings } })), strings);
      const firstPaint = await page.evaluate(async (snapshot) => {
        const message = { type: 'init', snapshot };
        // Asked for before the message so that this frame callback (and its task, which runs
        // once the frame is painted) comes before any work the board defers past its first frame.
        const painted = new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        const start = performance.now();
        window.dispatchEvent(new MessageEvent('message', { data: message }));
        await painted;
        const firstPaint = performance.now() - start;
        // The board places a screenful before its first paint and the rest in slices after it.
        const expected = snapshot.cards.filter((card) => card.status !== 'dropped').length;
        while (document.querySelectorAll('.card').length < expected && performance.now() - start < 10_000) {
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        }
        return { firstPaint, allCards: performance.now() - start };
      }, data);
      firstPaints.push(firstPaint.firstPaint);
      allCards.push(firstPaint.allCards);
      const rendered = await page.evaluate(() => document.querySelectorAll('.card').length);
      const expected = data.cards.filter((card) => card.status !== 'dropped').length;
      if (rendered !== expected) problems.push(`rendered ${rendered} cards, expected ${expected} (Dropped is collapsed)`);
      if (run === firstPaintRuns - 1) {
        // Let deferred work (drag-and-drop wiring) finish, then time one-card patches.
        await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
        for (let i = 0; i < updateRuns; i++) {
          const card = { ...data.cards[(i * 37) % 800] };
          const moved = { ...card, status: i % 2 ? 'doing' : 'done', grade: (i % 10) / 10 };
          const ms = await page.evaluate(async (card) => {
            const message = { type: 'patch', objectives: [], cards: [card], removedObjectives: [], removedCards: [] };
            const painted = new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
            const start = performance.now();
            window.dispatchEvent(new MessageEvent('message', { data: message }));
            await painted;
            return performance.now() - start;
          }, moved);
          updates.push(ms);
        }
        const violations = await page.evaluate(() => window.__cspViolations);
        if (violations.length) problems.push(`CSP violations: ${[...new Set(violations)].join(', ')}`);
      }
      await page.close();
      // Let the closed page's renderer wind down: on a 2-core machine it competes with the next run.
      await new Promise((done) => setTimeout(done, 1_000));
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const problem of problems) process.stderr.write(`[bench:board] ${problem}\n`);
  const bundleKB = Math.round((statSync(join(webviewDir, 'board.js')).size / 1024) * 10) / 10;
  process.stdout.write(`first paint runs (ms): ${firstPaints.map((ms) => ms.toFixed(1)).join(', ')}\n`);
  process.stdout.write(`all ${data.cards.length} cards placed (ms): ${allCards.map((ms) => ms.toFixed(1)).join(', ')}\n`);
  process.stdout.write(`one-card update (ms): median ${median(updates).toFixed(1)}, max ${Math.max(...updates).toFixed(1)} over ${updates.length}\n`);
  const summary = { cards: data.cards.length, firstPaintMs: Math.round(median(firstPaints) * 10) / 10, updateOneCardMs: Math.round(median(updates) * 10) / 10, bundleKB };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  if (problems.length) process.exitCode = 1;
}

await main();
