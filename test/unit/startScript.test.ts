// `npm start` as a person or a process manager ends it: every process it started (the VS Code
// server, the processes the server forks, the build watcher) must be gone afterwards. The
// server is a stand-in with the same shape as code-server (answers /healthz, forks a
// long-lived child), installed in a temporary tools cache (GROWTH_BACKLOG_TOOLS), so each run
// takes seconds; the watcher is the real `build.mjs --watch`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const fakeServer = `
const { createServer } = require('node:http');
const { spawn } = require('node:child_process');
const bind = process.argv[process.argv.indexOf('--bind-addr') + 1].split(':');
spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' });
createServer((request, response) => response.end('ok')).listen(Number(bind[1]), bind[0]);
`;

const tools = mkdtempSync(join(tmpdir(), 'growth-backlog-start-'));
afterAll(() => rmSync(tools, { recursive: true, force: true }));

/** A tools cache whose "Node 24" is this Node and whose "code-server" is the stand-in above, laid out where the installer looks. */
function fakeTools(): string {
  const info = execFileSync(process.execPath, ['scripts/vscode-server.mjs', 'info'], { env: { ...process.env, GROWTH_BACKLOG_TOOLS: tools }, encoding: 'utf8' });
  const paths = JSON.parse(info) as { node24Bin: string; node24Prefix: string; codeServerEntry: string; codeServerPrefix: string };
  if (!existsSync(paths.codeServerEntry)) {
    mkdirSync(dirname(paths.node24Bin), { recursive: true });
    mkdirSync(dirname(paths.codeServerEntry), { recursive: true });
    symlinkSync(process.execPath, paths.node24Bin);
    writeFileSync(paths.codeServerEntry, fakeServer);
    for (const prefix of [paths.node24Prefix, paths.codeServerPrefix]) writeFileSync(join(prefix, '.ready'), 'test\n');
  }
  return tools;
}

interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly command: string;
}

/** Live processes from /proc (zombies count as gone: they only wait to be reaped). */
function processes(): ProcessInfo[] {
  const list: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      list.push({ pid: Number(name), ppid: Number(ppid), command: readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ') });
    } catch {
      // gone while listing
    }
  }
  return list;
}

function descendants(root: number): ProcessInfo[] {
  const all = processes();
  const found: ProcessInfo[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    const children = all.filter((info) => frontier.includes(info.ppid));
    found.push(...children);
    frontier = children.map((info) => info.pid);
  }
  return found;
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts `npm start` on the stand-in server and waits until the server, its child and the watcher run. */
async function startNpm(): Promise<{ npm: ChildProcess; started: ProcessInfo[]; output: () => string }> {
  let output = '';
  const npm = spawn('npm', ['start', '--', '--server', '--no-build'], {
    cwd: process.cwd(),
    env: { ...process.env, GROWTH_BACKLOG_TOOLS: fakeTools() },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal gives it, so the test's own group is never signalled.
    detached: true,
  });
  npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const pid = npm.pid as number;
  const started = await until('the server, its child and the watcher', () => {
    if (!output.includes('Press Ctrl+C to stop.')) return undefined;
    const tree = descendants(pid);
    const shape = ['scripts/start.mjs', 'out/node/entry.js', 'setInterval', 'scripts/build.mjs --watch'];
    return shape.every((part) => tree.some((info) => info.command.includes(part))) && tree;
  });
  return { npm, started, output: () => output };
}

async function expectAllGone(started: readonly ProcessInfo[], output: () => string): Promise<void> {
  const alive = () => {
    const live = new Set(processes().map((info) => info.pid));
    return started.filter((info) => live.has(info.pid));
  };
  try {
    await until('every started process to end', () => alive().length === 0, 15_000);
  } catch {
    const left = alive();
    for (const info of left) process.kill(info.pid, 'SIGKILL');
    expect(left.map((info) => info.command), output()).toEqual([]);
  }
}

describe.skipIf(!existsSync('/proc/self/stat'))('npm start', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('stops the server, what it forked and the watcher on %s to npm', async (signal) => {
    const { npm, started, output } = await startNpm();
    process.kill(npm.pid as number, signal);
    await expectAllGone(started, output);
    expect(output()).toMatch(/\[start\] (SIG\w+|the parent process exited): stopping/);
  }, 60_000);

  it('stops them when the process that started it dies without a word (SIGKILL)', async () => {
    const { npm, started, output } = await startNpm();
    process.kill(npm.pid as number, 'SIGKILL');
    await expectAllGone(started, output);
  }, 60_000);
});
