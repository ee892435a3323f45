#!/usr/bin/env node
// Runs the extension-host integration tests (default) or the Playwright UI end-to-end specs
// (--e2e) in a REAL VS Code: code-server 4.139 (VS Code 1.139) + headless Debian Chromium.
//
// Why not @vscode/test-electron: it downloads VS Code, which these machines cannot
// (scripts/run-integration-electron.mjs keeps that path for machines that can).
// How tests run here: the workbench page is opened with a `payload` query carrying
// extensionDevelopmentPath + extensionTestsPath; with the server's smoke-test driver enabled
// VS Code runs our test module in its Node extension host and reports output and exit code
// to window.codeAutomationLog / window.codeAutomationExit, which we expose from Playwright.
//
// Builds nothing: run `node scripts/build.mjs` first (npm run test:integration does).
//
// Options:
//   --e2e                       run test/e2e specs (test/e2e/specs.mjs) instead of mocha suites
//   --extension-dir <dir>       extension to load (default: this project)
//   --workspace-src <dir>       folder copied into a fresh temp workspace (default: examples/goals)
//   --specs <module>            (--e2e) module exporting `specs` (default: test/e2e/specs.mjs)
//   --grep <text>               (--e2e) run only specs whose name contains <text>
//   --tests <module>            extension-tests module to run (default: out/test/integration/index.js)
//   --second-folder <dir>       also copy <dir> and open both folders as a multi-root workspace
//                               (a .code-workspace file next to them)
//   --vsix [file]               install this .vsix (default: the <name>-<version>.vsix that
//                               `npm run package` writes) into the server (code-server
//                               --install-extension) and test that copy instead of the checkout
//   --restricted-mode           workspace trust on and the workspace not trusted
//   --web                       load the extension as a web extension: a copy whose manifest has
//                               `browser` and no `main`, so VS Code runs it in the web worker
//                               extension host (VS Code for the Web). Tests default to
//                               out/test/web/index.js, e2e specs to test/e2e/webSpecs.mjs; a
//                               --tests path inside the project is taken from the copy.
//   --locale <language>         VS Code's display language, e.g. de (a stub language pack without
//                               translations makes code-server accept it; see vscode-server.mjs),
//                               with the extension loaded from a copy whose bundle.l10n.<language>.json
//                               is the pseudo-localised English bundle
//   --keep                      keep the temp workspace and server state for debugging
// Env: INTEGRATION_TIMEOUT_MS (default 600000; 900000 with --e2e, whose specs take 10 min at a
//      load average of 17 on 2 cores), GROWTH_BACKLOG_TOOLS (tools cache),
//      INTEGRATION_VERBOSE=1 (print every workbench log line, not only the tests' output).
// A failed run keeps its full workbench log in test-results/integration-workbench-<pid>.log.
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { ensureVsCodeServer, startVsCodeServer } from './vscode-server.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { e2e: false, keep: false, extensionDir: projectRoot, workspaceSrc: join(projectRoot, 'examples', 'goals') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--e2e') opts.e2e = true;
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--locale') opts.locale = argv[++i];
    else if (arg === '--web') opts.web = true;
    else if (arg === '--extension-dir') opts.extensionDir = resolve(argv[++i]);
    else if (arg === '--workspace-src') opts.workspaceSrc = resolve(argv[++i]);
    else if (arg === '--specs') opts.specs = resolve(argv[++i]);
    else if (arg === '--grep') opts.grep = argv[++i];
    else if (arg === '--tests') opts.tests = resolve(argv[++i]);
    else if (arg === '--second-folder') opts.secondFolder = resolve(argv[++i]);
    else if (arg === '--vsix') opts.vsix = argv[i + 1] && !argv[i + 1].startsWith('--') ? resolve(argv[++i]) : true;
    else if (arg === '--restricted-mode') opts.restrictedMode = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (opts.vsix === true) {
    const { name, version } = JSON.parse(readFileSync(join(opts.extensionDir, 'package.json'), 'utf8'));
    opts.vsix = join(opts.extensionDir, `${name}-${version}.vsix`);
  }
  return opts;
}

const say = (msg) => process.stderr.write(`[run-integration] ${msg}\n`);

/** Folders of the project a web extension never needs (sources, tooling, dependencies). */
const notShipped = new Set(['.git', '.ci', 'node_modules', 'src', 'test', 'scripts', 'webview-ui', 'test-results']);

/** A copy of the extension without sources, tooling and dependencies; returns its folder. */
function extensionCopy(extensionDir, copy) {
  mkdirSync(copy);
  for (const name of readdirSync(extensionDir)) {
    if (!notShipped.has(name)) cpSync(join(extensionDir, name), join(copy, name), { recursive: true });
  }
  return copy;
}

/**
 * A copy of the extension that VS Code can only run as a web extension: its manifest keeps
 * `browser` and loses `main` (with both, the Node host wins). Returns the copy's folder.
 */
function webExtensionCopy(extensionDir, parent) {
  const copy = extensionCopy(extensionDir, join(parent, 'web-extension'));
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
  delete manifest.main;
  writeFileSync(join(copy, 'package.json'), JSON.stringify(manifest, null, 2));
  return copy;
}

/**
 * Gives a copy of the extension a test-only translation for `locale`: the pseudo-localised
 * English bundle (every text changed, placeholders kept), so a test can tell a translated text
 * from an English one. It never reaches the checkout or the .vsix.
 */
async function addPseudoTranslation(extensionDir, locale) {
  const { getL10nPseudoLocalized } = await import('@vscode/l10n-dev');
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
  const folder = join(extensionDir, manifest.l10n);
  const english = JSON.parse(readFileSync(join(folder, 'bundle.l10n.json'), 'utf8'));
  writeFileSync(join(folder, `bundle.l10n.${locale}.json`), JSON.stringify(getL10nPseudoLocalized(english), null, 2));
}

// codeAutomationLog receives EVERY workbench log line (the extension host's console output
// is just part of it), so known-harmless offline noise is kept out of the terminal.
const NOISE = new RegExp([
  String.raw`^\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)\]`,
  '^(Resolving|Resolved) connection token', '^Creating a socket', '^Creation of workbench contribution', '^Updating additional builtin extensions cache',
  "Timed out waiting for authentication provider 'github'", 'ENOTFOUND (open-vsx\\.org|[\\w.-]*vscode-cdn\\.net)',
  '^\\[AgentHost\\] No signed-in session',
  // Browser-console-only noise: service worker/vsda 404s, offline hosts, webview iframe warnings.
  'Failed to load resource', 'same-origin iframe', 'allow-scripts and allow-same-origin',
].join('|'));

/** Fails early with a clear message when the build output is missing. */
function checkBuilt({ extensionDir, e2e, tests, web }) {
  const problems = [];
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
  if (manifest.main && !existsSync(resolve(extensionDir, manifest.main))) problems.push(`${manifest.main} (extension main)`);
  if (web && !(manifest.browser && existsSync(resolve(extensionDir, manifest.browser)))) problems.push(`${manifest.browser ?? 'a `browser` entry'} (web extension)`);
  const testsPath = tests ?? join(extensionDir, 'out', 'test', web ? 'web' : 'integration', 'index.js');
  if (!e2e && !existsSync(testsPath)) problems.push(testsPath);
  if (problems.length) {
    throw new Error(`missing build output in ${extensionDir}: ${problems.join(', ')}. Run \`node scripts/build.mjs\` first.`);
  }
  return testsPath;
}

/**
 * VS Code runs an extension-tests module only next to a development extension. To test the
 * installed .vsix, that development extension is an empty one with another id, so the
 * extension under test is the installed copy.
 */
function emptyDevelopmentExtension(parent) {
  const dir = join(parent, 'installed-package-tests');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'installed-package-tests', publisher: 'growth-backlog-tests', version: '0.0.0', engines: { vscode: '*' },
  }));
  return dir;
}

/** Keeps the last browser console errors for the failure report. */
function collectConsole(page, sink) {
  page.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warning') && !NOISE.test(msg.text())) {
      sink.push(`[browser ${msg.type()}] ${msg.text()}`.slice(0, 400));
    }
    if (sink.length > 200) sink.splice(0, sink.length - 200);
  });
  page.on('pageerror', (err) => sink.push(`[pageerror] ${String(err).slice(0, 400)}`));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const mode = opts.e2e ? 'e2e' : 'integration';
  const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS || (opts.e2e ? 900_000 : 600_000));
  const started = Date.now();
  let testsPath = checkBuilt(opts);

  // Install outside the hard timeout: a cold install compiles native modules (~2-3 min).
  await ensureVsCodeServer();

  // A fresh copy, so tests may edit files freely and the repo's samples stay untouched.
  const wsParent = mkdtempSync(join(tmpdir(), 'gb-ws-'));
  let extensionDir = opts.extensionDir;
  if (opts.web) {
    extensionDir = webExtensionCopy(opts.extensionDir, wsParent);
    const inProject = relative(opts.extensionDir, testsPath);
    if (!inProject.startsWith('..')) testsPath = join(extensionDir, inProject);
    say(`web worker extension host: the extension is loaded from ${extensionDir} (browser, no main)`);
  } else if (opts.locale) {
    extensionDir = extensionCopy(opts.extensionDir, join(wsParent, 'extension'));
    // The Node host's test modules load mocha from the project's dependencies.
    symlinkSync(join(opts.extensionDir, 'node_modules'), join(extensionDir, 'node_modules'), 'dir');
    const inProject = relative(opts.extensionDir, testsPath);
    if (!inProject.startsWith('..')) testsPath = join(extensionDir, inProject);
  }
  if (opts.locale) {
    await addPseudoTranslation(extensionDir, opts.locale);
    say(`display language ${opts.locale}: the extension is loaded from ${extensionDir} with a pseudo-localised l10n/bundle.l10n.${opts.locale}.json`);
  }
  const workspace = join(wsParent, basename(opts.workspaceSrc));
  cpSync(opts.workspaceSrc, workspace, { recursive: true });
  // What VS Code opens: the folder, or a multi-root workspace file naming both folders.
  let opened = { folder: workspace };
  const extensionDevelopmentPath = opts.vsix ? emptyDevelopmentExtension(wsParent) : extensionDir;
  if (opts.secondFolder) {
    const second = join(wsParent, basename(opts.secondFolder));
    cpSync(opts.secondFolder, second, { recursive: true });
    const workspaceFile = join(wsParent, 'goals.code-workspace');
    writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: workspace }, { path: second }] }, null, 2));
    opened = { workspaceFile };
  }

  let server;
  let browser;
  const consoleLines = [];
  let cleaning;
  const cleanup = () => (cleaning ??= (async () => {
    if (browser) await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => {});
    if (server) await server.stop({ keepState: opts.keep });
    if (!opts.keep) rmSync(wsParent, { recursive: true, force: true });
    else say(`kept workspace ${workspace}${server ? ` and server state ${server.stateDir}` : ''}`);
  })());

  const diagnostics = (why) => {
    say(`FAILED (${why}) after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (consoleLines.length) {
      say('last browser console errors/warnings:');
      process.stderr.write(`${consoleLines.slice(-25).join('\n')}\n`);
    }
    if (server) {
      say(`code-server log tail (${server.logFile}):`);
      process.stderr.write(`${server.logTail(40)}\n`);
    }
  };

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => { say(`${signal}: stopping`); cleanup().finally(() => process.exit(130)); });
  }

  let page;
  let timedOut = false;
  const hardTimeout = setTimeout(async () => {
    timedOut = true; // main() may now fail in odd ways as things close under it: stay quiet there
    diagnostics(`hard timeout ${timeoutMs} ms (INTEGRATION_TIMEOUT_MS)`);
    if (page) {
      const { screenshot } = await import('../test/e2e/workbench.mjs');
      await screenshot(page, join(projectRoot, 'test-results', `${mode}-timeout.png`)).then(
        (p) => say(`screenshot: ${p}`), () => {});
    }
    await cleanup();
    process.exit(124);
  }, timeoutMs);
  hardTimeout.unref();

  let exitCode = 1;
  let summary = ''; // the plain "N passed, N failed" line from the tests, repeated last for CI
  try {
    server = await startVsCodeServer({
      workspace: opened.folder ?? opened.workspaceFile,
      installExtensions: opts.vsix ? [opts.vsix] : [],
      restrictedMode: opts.restrictedMode ?? false,
      ...(opts.locale ? { displayLanguage: opts.locale } : {}),
    });
    say(`code-server ${server.url} (pid ${server.pid}) on ${opened.folder ?? opened.workspaceFile}`);
    const { launchBrowser, newWorkbenchContext, workbenchUrl } = await import('../test/e2e/workbench.mjs');
    browser = await launchBrowser();

    if (opts.e2e) {
      const url = workbenchUrl(server.url, { ...opened, extensionDevelopmentPath });
      const { runSpecs } = await import('../test/e2e/run-e2e.mjs');
      const specsModule = opts.specs ? pathToFileURL(opts.specs).href : opts.web ? '../test/e2e/webSpecs.mjs' : '../test/e2e/specs.mjs';
      let specList = (await import(specsModule)).specs;
      if (opts.grep) specList = specList.filter((spec) => (spec.specName || spec.name).includes(opts.grep));
      const result = await runSpecs({
        server, browser, url, workspace, projectRoot, extensionDir, consoleSink: consoleLines,
        resultsDir: join(projectRoot, 'test-results'),
      }, specList);
      exitCode = result.failed > 0 ? 1 : 0;
      summary = `e2e: ${result.passed} passed, ${result.failed} failed`;
      if (exitCode) diagnostics(`${result.failed} e2e spec(s) failed`);
    } else {
      const url = workbenchUrl(server.url, {
        ...opened, extensionDevelopmentPath, extensionTestsPath: testsPath,
      });
      const context = await newWorkbenchContext(browser);
      page = await context.newPage();
      collectConsole(page, consoleLines);
      let onExit;
      const exited = new Promise((r) => { onExit = r; });
      // Per-run name: several runs may share one checkout. Kept only when the run fails.
      const fullLog = join(projectRoot, 'test-results', `integration-workbench-${process.pid}.log`);
      mkdirSync(dirname(fullLog), { recursive: true });
      writeFileSync(fullLog, '');
      const verbose = process.env.INTEGRATION_VERBOSE === '1';
      let hidden = 0;
      // Called by the workbench for each log entry; args are console-style (format string first).
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = format(...(Array.isArray(args) ? args : [args]));
        appendFileSync(fullLog, `[${type}] ${text}\n`);
        for (const line of text.split('\n')) if (/^\w+: \d+ passed, \d+ failed/.test(line.trim())) summary = line.trim();
        if (!verbose && NOISE.test(text)) { hidden++; return; }
        (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
      });
      await page.exposeFunction('codeAutomationExit', (code) => onExit(Number(code)));
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // Fail fast if the server dies mid-run instead of waiting for the hard timeout.
      exitCode = await Promise.race([exited, server.exited.then((how) => {
        throw new Error(`code-server exited during the tests (${JSON.stringify(how)})`);
      })]);
      if (exitCode !== 0) {
        diagnostics(`extension tests exited with code ${exitCode}; full workbench log: ${fullLog}`);
      } else {
        rmSync(fullLog, { force: true });
        if (hidden) say(`${hidden} known-harmless workbench log lines hidden (INTEGRATION_VERBOSE=1 shows them)`);
      }
    }
  } catch (err) {
    if (timedOut) return; // the timeout handler reports, cleans up and exits 124
    diagnostics(err.stack || String(err));
    exitCode = 1;
  } finally {
    clearTimeout(hardTimeout);
    await cleanup();
  }
  if (timedOut) return;
  say(`${mode} finished with exit code ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Last line on stdout, so CI reads it as the run's closing line.
  if (summary) process.stdout.write(`${summary}\n`);
  process.exit(exitCode);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main().catch((err) => {
    say(err.stack || String(err));
    process.exit(1);
  });
}
