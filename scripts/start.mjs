#!/usr/bin/env node
// `npm start`: build, then open VS Code on examples/goals with this extension loaded as a
// development extension.
//
// - With a desktop `code` CLI on PATH: `code --extensionDevelopmentPath=<project> examples/goals`.
// - Otherwise (machines without desktop VS Code): the code-server VS Code from
//   scripts/vscode-server.mjs, opened on the REAL examples/goals (edits are saved to the
//   samples), with a URL whose `payload` loads the extension from this project. An esbuild
//   watcher keeps out/ fresh; run "Developer: Reload Window" in the browser to pick up changes.
//   Runs until Ctrl+C, then stops the server and watcher it started.
//
// Options / env: --server (skip the `code` CLI even if present), --no-watch,
//   GROWTH_BACKLOG_PORT (default: a free port).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startVsCodeServer } from './vscode-server.mjs';
import { workbenchUrl } from '../test/e2e/workbench.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = join(projectRoot, 'examples', 'goals');
const args = new Set(process.argv.slice(2));
const say = (msg) => process.stderr.write(`[start] ${msg}\n`);

const build = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], { cwd: projectRoot, stdio: 'inherit' });
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
const server = await startVsCodeServer({ workspace, port });

let watcher;
let stopping = false;
if (!args.has('--no-watch')) {
  watcher = spawn(process.execPath, [join(projectRoot, 'scripts', 'build.mjs'), '--watch'], {
    cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'],
  });
  watcher.on('exit', (code, signal) => { if (!stopping) say(`build watcher stopped (${code ?? signal})`); });
}

const shutdown = async (signal) => {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping`);
  watcher?.kill('SIGTERM');
  await server.stop();
  process.exit(0);
};
server.exited.then((how) => {
  if (stopping) return;
  say(`code-server exited unexpectedly (${JSON.stringify(how)}); log tail:\n${server.logTail(30)}`);
  watcher?.kill('SIGTERM');
  process.exit(1);
});
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

const url = workbenchUrl(server.url, { folder: workspace, extensionDevelopmentPath: projectRoot });
process.stdout.write(`\nGrowth Backlog is running in VS Code (code-server) on ${workspace}\n\n  ${url}\n\n`
  + `Open that URL in a browser (forward port ${server.port} if remote). Server log: ${server.logFile}\n`
  + 'Press Ctrl+C to stop.\n');
// Keep the event loop alive until a signal arrives.
setInterval(() => {}, 1 << 30);
