// The CLI as users run it: the esbuild bundle (`bin` in package.json), not the TypeScript
// sources. Bundling can break what the sources do (an ESM dependency's import.meta did).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBundleOptions } from '../../scripts/buildOptions.mjs';

let dir: string;
let cliPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'growth-backlog-cli-bundle-'));
  await esbuild.build({ ...nodeBundleOptions(true), entryPoints: { cli: 'src/cli/bin.ts' }, outdir: dir });
  cliPath = join(dir, 'cli.js');
  cpSync('examples/goals', join(dir, 'goals'), { recursive: true });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, encoding: 'utf8' });

describe('the bundled growth-backlog CLI', () => {
  it('starts with a shebang and lints the sample workspace clean', () => {
    expect(readFileSync(cliPath, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // Hints count days from today's date, so this run leaves them out.
    const lint = run('lint', 'goals', '--no-hints');
    expect(lint.status).toBe(0);
    // The summary goes to stderr so that stdout stays the list of problems.
    expect(lint.stderr).toBe('10 goal files checked: 0 errors, 0 other problems, 0 hints.\n');
    expect(lint.stdout).toBe('');
  });

  it('lists as JSON and grades a key result, changing only its grade', () => {
    const listed = JSON.parse(execFileSync(process.execPath, [cliPath, 'list', 'goals', '--json'], { cwd: dir, encoding: 'utf8' })) as unknown[];
    expect(listed.length).toBeGreaterThan(0);
    const path = join(dir, 'mine.md');
    const text = '---\nobjective: Bundle check  # kept\nquarter: 2026-Q4\nkey_results:\n  - id: a\n    title: A\n    status: doing\n---\nBody.\n';
    writeFileSync(path, text);
    const graded = run('grade', 'mine.md', 'a', '0.7');
    expect(graded.stderr).toBe('');
    expect(graded.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(text.replace('    status: doing\n', '    status: doing\n    grade: 0.7\n'));
  });
});
