// The browser bundle, as the web worker extension host gets it: the check that fails the build
// when Node leaks into it (scripts/check-browser-bundle.mjs), and the portable core bundled
// with the browser options and run where Node's globals do not exist.
import { runInNewContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserBundleOptions } from '../../scripts/buildOptions.mjs';
import { browserBundleProblems } from '../../scripts/check-browser-bundle.mjs';

/** Bundles `contents` (resolved from the project root) with the browser bundle's options; `change` edits them. */
async function bundle(contents: string, change: (options: esbuild.BuildOptions) => esbuild.BuildOptions = (options) => options): Promise<string> {
  const result = await esbuild.build({
    ...change({ ...browserBundleOptions(false), sourcemap: false }),
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Runs a CommonJS bundle in a fresh V8 context with a worker's globals only: no Buffer, process, require or setImmediate. */
function runLikeTheWebWorkerHost(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    throw new Error(`Cannot load module '${name}'`);
  };
  runInNewContext(code, { module, exports: module.exports, require, TextEncoder, TextDecoder, URL, atob, btoa, console, setTimeout, clearTimeout, queueMicrotask });
  return module.exports;
}

describe('the browser bundle check', () => {
  it('finds Node built-ins, requires other than vscode, and Node-only or DOM globals', () => {
    const problems = browserBundleProblems(
      [
        "const fs = require('fs');",
        "const { randomBytes } = require('node:crypto');",
        'const load = require;',
        "const nonce = Buffer.from('x').toString('base64');",
        'const home = process.env.HOME;',
        'const here = __dirname;',
        'setImmediate(() => {});',
        "const element = document.createElement('i');",
      ].join('\n'),
      { inputs: ['node:fs', 'src/core/parse.ts'] },
    );
    expect(problems).toEqual([
      'bundles the Node built-in "node:fs"',
      "requires a module other than 'vscode', which the web worker host cannot load at line 1",
      "requires a module other than 'vscode', which the web worker host cannot load at line 2",
      'passes `require` around (a dynamic require the web worker host cannot serve) at line 3',
      "uses 'Buffer', which a browser worker does not have, at line 4",
      "uses 'process', which a browser worker does not have, at line 5",
      "uses '__dirname', which a browser worker does not have, at line 6",
      "uses 'setImmediate', which a browser worker does not have, at line 7",
      "uses 'document', which a browser worker does not have, at line 8",
    ]);
  });

  it("accepts what the web worker host has: require('vscode'), worker globals, guarded checks, local names", () => {
    const code = [
      "const vscode = require('vscode');",
      'const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));',
      "const text = new TextDecoder('utf-8').decode(new Uint8Array([104, 105]));",
      "const isNode = typeof process !== 'undefined';",
      'function run(process) { return process.exit; }',
      'module.exports = { vscode, nonce, text, isNode, run };',
    ].join('\n');
    expect(browserBundleProblems(code)).toEqual([]);
  });
});

describe('the portable core in a browser bundle, run without Node', () => {
  const goal = '---\nobjective: Pitch my ideas  # why\nkey_results:\n  - id: demo\n    title: Two demos\n    status: doing\n---\n## Check-ins\n### 2026-11-10\nProgress: one demo\n- [ ] Book a slot\n';
  const entry = [
    "export { parseGoalFile } from './src/core/parse.ts';",
    "export { parseGoalBody } from './src/core/body.ts';",
    "export { setGrade } from './src/core/edits/setGrade.ts';",
  ].join('\n');
  let code: string;

  beforeAll(async () => {
    code = await bundle(entry);
  }, 120_000);

  // ESLint's scope analysis of ~700 KB: seconds, and several times that on a loaded machine.
  it('passes the bundle check', () => {
    expect(browserBundleProblems(code)).toEqual([]);
  }, 120_000);

  it('parses the front-matter with gray-matter, the body with remark, and edits a grade', () => {
    const core = runLikeTheWebWorkerHost(code) as {
      parseGoalFile: (uri: string, version: string, text: string) => { objective?: { title: string }; diagnostics: unknown[] };
      parseGoalBody: (text: string) => { body: { checkIns: { date: string }[]; tasks: { text: string }[] } };
      setGrade: (text: string, args: unknown) => { ok: boolean; edits?: { newText: string }[] };
    };
    const file = core.parseGoalFile('u', '1', goal);
    expect(file.diagnostics).toEqual([]);
    expect(file.objective?.title).toBe('Pitch my ideas');
    const body = core.parseGoalBody(goal).body;
    expect(body.checkIns.map((checkIn) => checkIn.date)).toEqual(['2026-11-10']);
    expect(body.tasks.map((task) => task.text)).toEqual(['Book a slot']);
    expect(core.setGrade(goal, { keyResultId: 'demo', grade: 0.7 })).toMatchObject({ ok: true });
  });

  it('is what the shims buy: without them the check fails the bundle', async () => {
    const withoutShims = await bundle(entry, ({ inject: _inject, conditions: _conditions, ...options }) => options);
    const problems = browserBundleProblems(withoutShims);
    expect(problems.some((problem) => problem.startsWith("uses 'Buffer'"))).toBe(true);
    expect(problems.some((problem) => problem.startsWith("uses 'document'"))).toBe(true);
  }, 180_000);
});
