#!/usr/bin/env node
// `npm start`: build, then open VS Code on examples/goals with this extension loaded as a
// development extension.
//
// - With a desktop `code` CLI on PATH: `code --extensionDevelopmentPath=<project> examples/goals`.
// - Otherwise (machines without desktop VS Code): the code-server VS Code from
//   scripts/vscode-server.mjs, opened on the REAL examples/goals (edits are saved to the
//   samples), with a URL whose `payload` loads the extension from this project. An esbuild
//   watcher keeps out/ fresh; run "Developer: Reload Window" in the browser to pick up changes.
//   Runs until Ctrl+C (or SIGTERM, SIGHUP, or the exit of the process that started it), then
//   stops the server and watcher it started.
//
// Options / env: --server (skip the `code` CLI even if present), --no-watch, --no-build (use
//   out/ as it is), GROWTH_BACKLOG_PORT (default: a free port), GROWTH_BACKLOG_TOOLS (tools cache).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startVsCodeServer } from './vscode-server.mjs';
import { workbenchUrl } from '../test/e2e/workbench.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = join(projectRoot, 'examples', 'goals');
const args = new Set(process.argv.slice(2));
const say = (msg) => process.stderr.write(`[start] ${msg}\n`);

// Everything this script starts is stopped on SIGINT, SIGTERM and SIGHUP (a closed terminal),
// and when the process that started it exits (npm killed): the server runs in its own process
// group, so nothing else would ever stop it. Installed first, so a signal during the build or
// the server's start-up is handled too. `npm start` runs this script with `exec`, so the
// signals npm passes on (SIGINT, SIGTERM) reach it rather than a shell in between.
let server;
let serverStarting;
let watcher;
let stopping = false;
const stop = async (why, code = 0) => {
  if (stopping) return;
  stopping = true;
  say(`${why}: stopping`);
  watcher?.kill('SIGTERM');
  const started = server ?? (await serverStarting?.catch(() => undefined));
  await started?.stop();
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));

/** The parent's pid as the kernel has it now (Node's process.ppid is read once, at start). */
function currentParent() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined; // no /proc (macOS): fall back to asking whether the old parent is alive
  }
}
const parent = process.ppid;
setInterval(() => {
  const now = currentParent();
  let gone = now !== undefined && now !== parent;
  if (now === undefined) {
    try {
      process.kill(parent, 0);
    } catch (error) {
      gone = error.code === 'ESRCH';
    }
  }
  if (gone) void stop('the parent process exited');
}, 500).unref();

const build = args.has('--no-build') ? { status: 0 } : spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) {
  say('build failed');
  process.exit(build.status ?? 1);
}

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode && !args.has('--server')) {
  // Desktop VS Code opens its own window and the CLI returns; nothing to keep running here.
  const res = spawnSync('code', [`--extensionDevelopmentPath=${projectRoot}`, workspace], { stdio: 'inherit' });
  process.exit(res.status ?? 1);
}

const port = process.env.GROWTH_BACKLOG_PORT ? Number(process.env.GROWTH_BACKLOG_PORT) : undefined;
// The smoke-test driver is what makes the web workbench honour the `payload`
// (extensionDevelopmentPath); its one visible side effect is that toasts go straight to the
// notification centre (bell icon in the status bar).
serverStarting = startVsCodeServer({ workspace, port });
server = await serverStarting;
if (stopping) await new Promise(() => {}); // stop() is shutting it down and exits

if (!args.has('--no-watch')) {
  // stdin is a pipe that only this process holds: the watcher exits when it closes, so it
  // goes with this script however the script ends (even SIGKILL).
  watcher = spawn(process.execPath, [join(projectRoot, 'scripts', 'build.mjs'), '--watch', '--until-stdin-closes'], {
    cwd: projectRoot, stdio: ['pipe', 'inherit', 'inherit'],
  });
  watcher.on('exit', (code, signal) => { if (!stopping) say(`build watcher stopped (${code ?? signal})`); });
}

server.exited.then((how) => {
  if (stopping) return;
  say(`code-server exited unexpectedly (${JSON.stringify(how)}); log tail:\n${server.logTail(30)}`);
  void stop('code-server exited', 1);
});

const url = workbenchUrl(server.url, { folder: workspace, extensionDevelopmentPath: projectRoot });
process.stdout.write(`\nGrowth Backlog is running in VS Code (code-server) on ${workspace}\n\n  ${url}\n\n`
  + `Open that URL in a browser (forward port ${server.port} if remote). Server log: ${server.logFile}\n`
  + 'Press Ctrl+C to stop.\n');
// Keep the event loop alive until a signal arrives.
setInterval(() => {}, 1 << 30);
