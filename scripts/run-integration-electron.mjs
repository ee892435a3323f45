#!/usr/bin/env node
// The standard @vscode/test-electron entry: downloads a desktop VS Code (into .vscode-test/,
// gitignored) and runs the same out/test/integration/index.js on a temp copy of
// examples/goals. For machines that can reach the VS Code download servers; on machines
// that cannot (ours: ENOTFOUND update.code.visualstudio.com) use
// scripts/run-integration.mjs, which runs the identical suites in code-server's VS Code.
//
// Builds nothing: run `node scripts/build.mjs` first (npm run test:integration:electron does).
// Env: VSCODE_TEST_VERSION (default 'stable'), VSCODE_EXECUTABLE_PATH (use a local build).
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extensionTestsPath = join(projectRoot, 'out', 'test', 'integration', 'index.js');
if (!existsSync(extensionTestsPath)) {
  console.error(`missing ${extensionTestsPath}; run \`node scripts/build.mjs\` first`);
  process.exit(1);
}

const wsParent = mkdtempSync(join(tmpdir(), 'gb-ws-'));
const workspace = join(wsParent, 'goals');
cpSync(join(projectRoot, 'examples', 'goals'), workspace, { recursive: true });

let code = 1;
try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION || 'stable',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath,
    // Only our extension, no trust prompt, throwaway profile state.
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  code = 0;
} catch (err) {
  console.error(`integration tests (test-electron) failed: ${err?.message || err}`);
  if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(String(err?.message))) {
    console.error('This machine cannot download VS Code; `npm run test:integration` runs the same suites in code-server.');
  }
} finally {
  rmSync(wsParent, { recursive: true, force: true });
}
process.exit(code);
