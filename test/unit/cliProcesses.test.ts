// The bundled CLI as separate processes, against real faults: many runs editing one file at
// once (item 1), a full disk (item 2), a 2 MB goal file under a small heap (item 4), and an
// unreadable file named on the command line (item 9).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBundleOptions } from '../../scripts/buildOptions.mjs';
import { parseGoalFile } from '../../src/core/parse';

let dir: string;
let cliPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'growth-backlog-cli-processes-'));
  chmodSync(dir, 0o755);
  await esbuild.build({ ...nodeBundleOptions(true), entryPoints: { cli: 'src/cli/bin.ts' }, outdir: dir });
  cliPath = join(dir, 'cli.js');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

function run(cwd: string, args: readonly string[], nodeOptions: readonly string[] = []): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...nodeOptions, cliPath, ...args], { cwd });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => done({ code, out, err }));
  });
}

function workspace(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { mode: 0o755 });
  return path;
}

const keyResults = (count: number) => Array.from({ length: count }, (_, i) => `  - id: kr-${i}\n    title: Key result ${i}\n    status: doing\n`).join('');
const goal = (count: number, body = 'Notes.\n') => `---\nobjective: Parallel edits\nquarter: 2026-Q4\nkey_results:\n${keyResults(count)}---\n${body}`;
const gradesIn = (text: string) => new Map(parseGoalFile('g.md', 'v', text).objective?.keyResults.map((kr) => [kr.id, kr.grade]));

describe('many growth-backlog processes editing one file at once (item 1)', () => {
  it('every reported success is in the file, and readers never see a half-written file', async () => {
    const cwd = workspace('parallel');
    writeFileSync(join(cwd, 'g.md'), goal(20));
    const gradeOf = (i: number) => ((i % 10) * 10 + 5) / 100;
    const grades = Array.from({ length: 20 }, (_, i) => run(cwd, ['grade', 'g.md', `kr-${i}`, String(gradeOf(i))]));
    const readers = Array.from({ length: 6 }, () => run(cwd, ['list', '--json']));
    const [graded, listed] = await Promise.all([Promise.all(grades), Promise.all(readers)]);
    const inFile = gradesIn(readFileSync(join(cwd, 'g.md'), 'utf8'));
    for (const [i, result] of graded.entries()) {
      // A run either succeeds and its grade is in the file, or says why not with exit 2.
      expect([0, 2], result.err).toContain(result.code);
      if (result.code === 0) expect(inFile.get(`kr-${i}`), `kr-${i}: ${result.out}`).toBe(gradeOf(i));
    }
    // Parallel runs queue on the lock rather than fail.
    expect(graded.filter((result) => result.code === 0)).toHaveLength(20);
    for (const reader of listed) expect(JSON.parse(reader.out)).toMatchObject([{ title: 'Parallel edits' }]);
    expect(readdirSync(cwd)).toEqual(['g.md']);
  }, 120_000);

  it('a 900 KB file keeps every line of its notes through ten parallel grades', async () => {
    const cwd = workspace('large');
    const body = Array.from({ length: 9000 }, (_, i) => `Line ${String(i).padStart(5, '0')} of my notes, which I would hate to lose: ${'x'.repeat(50)}\n`).join('');
    writeFileSync(join(cwd, 'g.md'), goal(10, body));
    const graded = await Promise.all(Array.from({ length: 10 }, (_, i) => run(cwd, ['grade', 'g.md', `kr-${i}`, '0.5'])));
    const text = readFileSync(join(cwd, 'g.md'), 'utf8');
    expect(text.endsWith(`---\n${body}`)).toBe(true);
    const inFile = gradesIn(text);
    for (const [i, result] of graded.entries()) if (result.code === 0) expect(inFile.get(`kr-${i}`)).toBe(0.5);
    expect(graded.filter((result) => result.code === 0)).toHaveLength(10);
  }, 120_000);
});

describe('a full disk (item 2)', () => {
  it('leaves the goal file intact, says so and exits 2 (a 64 KiB tmpfs)', (context) => {
    const mountPoint = workspace('tmpfs');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { encoding: 'utf8' });
    if (mounted.status !== 0) context.skip(`cannot mount a tmpfs here (needs root and mount permission): ${(mounted.stderr || mounted.error?.message || '').trim()}`);
    try {
      // 32,760 bytes: with the grade line the file needs a ninth 4 KiB page, and the disk has none left.
      const head = goal(3, '');
      const original = `${head}${'n'.repeat(32_760 - head.length - 1)}\n`;
      writeFileSync(join(mountPoint, 'g.md'), original);
      try {
        writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(64 * 1024));
      } catch {
        // Full, as intended.
      }
      const result = spawnSync(process.execPath, [cliPath, 'grade', 'g.md', 'kr-0', '0.5'], { cwd: mountPoint, encoding: 'utf8' });
      expect(result.stderr).toBe('g.md: there is no space left on the device (file unchanged)\n');
      expect(result.status).toBe(2);
      expect(readFileSync(join(mountPoint, 'g.md'), 'utf8')).toBe(original);
      expect(readdirSync(mountPoint).sort()).toEqual(['filler', 'g.md']);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});

describe('a goal file over the size limit (item 4)', () => {
  it('is reported without reading it whole: lint of a 2 MB file runs in a 128 MB heap', async () => {
    const cwd = workspace('huge');
    const tasks = Array.from({ length: 52_000 }, (_, i) => `- [ ] task number ${String(i).padStart(8, '0')} to do\n`).join('');
    writeFileSync(join(cwd, 'big.md'), goal(2, tasks));
    // Reading and parsing the whole body took 1.5–2.7 GB and over a minute; in 128 MB it cannot.
    const result = await run(cwd, ['lint', 'big.md'], ['--max-old-space-size=128']);
    expect(result.out).toBe('big.md:1:1: error file-too-large: This goal file is larger than 1024 KiB and is not read.\n');
    expect(result.code).toBe(1);
  }, 120_000);
});

describe('a file in a folder the user cannot write to', () => {
  it('is refused with exit 2 and left as it was: the temporary file and the lock need the folder', (context) => {
    if (process.getuid?.() !== 0) context.skip('needs root, to run the CLI as another user who owns the file but not its folder');
    const cwd = workspace('locked-folder');
    writeFileSync(join(cwd, 'g.md'), goal(1));
    chownSync(join(cwd, 'g.md'), 65534, 65534);
    const result = spawnSync(process.execPath, [cliPath, 'grade', 'g.md', 'kr-0', '0.5'], { cwd, encoding: 'utf8', uid: 65534, gid: 65534 });
    expect(result.stderr).toBe('g.md: permission denied (the file and its folder must be writable) (file unchanged)\n');
    expect(result.status).toBe(2);
    expect(readFileSync(join(cwd, 'g.md'), 'utf8')).toBe(goal(1));
  });
});

describe('an unreadable file named on the command line (item 9)', () => {
  it('is an error (exit 1), not "0 goal files checked"', async (context) => {
    if (process.getuid?.() !== 0) context.skip('needs root, to run the CLI as another user who cannot read the file');
    const cwd = workspace('unreadable');
    writeFileSync(join(cwd, 'secret.md'), goal(1));
    writeFileSync(join(cwd, 'open.md'), goal(1));
    chmodSync(join(cwd, 'secret.md'), 0o000);
    const result = spawnSync(process.execPath, [cliPath, 'lint', '--no-hints', 'secret.md', 'open.md'], { cwd, encoding: 'utf8', uid: 65534, gid: 65534 });
    expect(result.stderr).toBe('secret.md: error: cannot read it: permission denied\n1 goal file checked: 0 errors, 0 other problems, 0 hints.\n');
    expect(result.status).toBe(1);
  });
});
