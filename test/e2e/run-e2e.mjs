#!/usr/bin/env node
// Sequential runner for the Playwright UI end-to-end specs in test/e2e/specs.mjs.
//
// scripts/run-integration.mjs --e2e owns the lifecycle (temp workspace copy, code-server,
// browser, hard timeout, cleanup) and calls runSpecs(ctx) here. Running this file directly
// just delegates to it, so there is one way the server gets started.
//
// A spec is `async function someName(ctx) {}` (the function name is the spec name; set
// `spec.specName` to override). ctx gives:
//   ctx.openWorkbench()  new page on the workbench (workspace folder + extension loaded),
//                        closed automatically after the spec
//   ctx.url              that workbench URL;   ctx.server   { url, port, logFile, ... }
//   ctx.workspace        absolute path of the temp copy of examples/goals (safe to edit)
//   ctx.projectRoot, ctx.resultsDir (test-results/, gitignored), ctx.browser
//   ctx.extensionDir     the extension VS Code loads (with --web, the copy without `main`)
// A spec fails by throwing; on failure every page it opened is screenshotted to
// test-results/e2e-failure-<spec>-<n>.png.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openWorkbench, screenshot } from './workbench.mjs';

const slug = (name) => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

/** Runs every spec once, in order; returns { passed, failed }. */
export async function runSpecs(baseCtx, specList) {
  const specs = specList ?? (await import('./specs.mjs')).specs;
  let passed = 0;
  let failed = 0;
  for (const spec of specs) {
    const name = spec.specName || spec.name || 'anonymous spec';
    const pages = [];
    const ctx = {
      ...baseCtx,
      openWorkbench: async (options = {}) => {
        const page = await openWorkbench(baseCtx.url, { browser: baseCtx.browser, ...options });
        pages.push(page);
        if (baseCtx.consoleSink) {
          page.on('pageerror', (err) => baseCtx.consoleSink.push(`[${name} pageerror] ${String(err).slice(0, 400)}`));
        }
        return page;
      },
    };
    const started = Date.now();
    try {
      await spec(ctx);
      passed++;
      process.stdout.write(`  ✓ ${name} (${Date.now() - started} ms)\n`);
    } catch (err) {
      failed++;
      process.stdout.write(`  ✗ ${name} (${Date.now() - started} ms)\n${String(err?.stack || err).replace(/^/gm, '      ')}\n`);
      for (const [i, page] of pages.entries()) {
        const file = join(baseCtx.resultsDir, `e2e-failure-${slug(name)}-${i + 1}.png`);
        await screenshot(page, file).then(() => process.stdout.write(`      screenshot: ${file}\n`), () => {});
      }
    } finally {
      for (const page of pages) await page.context().close().catch(() => {});
    }
  }
  process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
  return { passed, failed };
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const runner = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'run-integration.mjs');
  const res = spawnSync(process.execPath, [runner, '--e2e', ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(res.status ?? 1);
}
