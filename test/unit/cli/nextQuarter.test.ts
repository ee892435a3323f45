import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { writeFilesAtomically } from '../../../src/cli/multiFileWrite';
import { parseGoalFile } from '../../../src/core/parse';

let workspace: string;
let out: string[];
let err: string[];

async function cli(...argv: string[]): Promise<number> {
  out = [];
  err = [];
  return runCli(argv, { cwd: workspace, clock: { today: () => '2026-12-20' }, out: (t) => out.push(t), err: (t) => err.push(t) });
}

const tracing = `---
objective: Learn tracing
quarter: 2026-Q4
key_results:
  - id: services
    title: Trace 5 services
    status: doing
    target: 5
    current: 3
    grade: 0.6 # after the demo
  - id: course
    title: Finish the course
    status: done
    grade: 1
---
Notes.
`;

const pitch = `---
objective: Pitch designs
quarter: 2026-Q4
status: done
key_results:
  - id: talks
    title: Give 2 talks
    status: done
    grade: 0.5
---
`;

/** Every file under the workspace with its text. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path.slice(workspace.length + 1), readFileSync(path, 'utf8'));
    }
  };
  walk(workspace);
  return files;
}

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'growth-backlog-next-'));
  mkdirSync(join(workspace, 'goals', '2026-Q4'), { recursive: true });
  writeFileSync(join(workspace, 'goals', '2026-Q4', 'tracing.md'), tracing);
  writeFileSync(join(workspace, 'goals', '2026-Q4', 'pitch.md'), pitch);
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe('growth-backlog next-quarter', () => {
  it('--dry-run prints the plan and writes nothing', async () => {
    const before = snapshot();
    expect(await cli('next-quarter', '--from', '2026-Q4', '--carry', 'goals/2026-Q4/tracing.md', '--close', 'done', '--dry-run')).toBe(0);
    expect(out.join('\n')).toBe(
      [
        'Would close 2026-Q4 and start 2027-Q1:',
        '  Set "Learn tracing" to done (goals/2026-Q4/tracing.md)',
        '  Add a ## Review section to "Pitch designs" (goals/2026-Q4/pitch.md)',
        '  Add a ## Review section to "Learn tracing" (goals/2026-Q4/tracing.md)',
        '  Carry "Learn tracing" over to 2027-Q1: new file goals/2027-Q1/tracing.md with 1 unfinished key result (goals/2026-Q4/tracing.md keeps its grades)',
      ].join('\n'),
    );
    expect(snapshot()).toEqual(before);
  });

  it('closes the quarter and carries an objective on; a second run changes nothing', async () => {
    expect(await cli('next-quarter', '--from', '2026-Q4', '--carry', 'goals/2026-Q4/tracing.md', '--close', 'done', '--close-key-results', 'done')).toBe(0);
    expect(out[0]).toMatch(/^Closed 2026-Q4 and started 2027-Q1:/);
    const closed = readFileSync(join(workspace, 'goals', '2026-Q4', 'tracing.md'), 'utf8');
    expect(closed).toBe(
      `${tracing.replace('quarter: 2026-Q4\n', 'quarter: 2026-Q4\nstatus: done\n').replace('status: doing', 'status: done')}\n## Review\n\nAchieved:\n\nWas the goal well formulated?\n`,
    );
    const created = readFileSync(join(workspace, 'goals', '2027-Q1', 'tracing.md'), 'utf8');
    expect(parseGoalFile('x', '1', created).objective).toMatchObject({ quarter: '2027-Q1', status: 'active', carriedFrom: '../2026-Q4/tracing.md' });
    expect(parseGoalFile('x', '1', created).objective?.keyResults).toMatchObject([{ id: 'services', status: 'todo', baseline: 3, current: 3, target: 5 }]);
    expect(readdirSync(join(workspace, 'goals', '2026-Q4')).sort()).toEqual(['pitch.md', 'tracing.md']);

    const after = snapshot();
    expect(await cli('next-quarter', '--from', '2026-Q4', '--carry', 'goals/2026-Q4/tracing.md', '--close', 'dropped', '--close-key-results', 'dropped')).toBe(0);
    expect(out.join('\n')).toContain('Already carried over: "Learn tracing" continues in goals/2027-Q1/tracing.md');
    expect(out.join('\n')).toContain('Nothing to change');
    expect(snapshot()).toEqual(after);
  });

  it('refuses with exit 2 and writes nothing', async () => {
    const before = snapshot();
    expect(await cli('next-quarter', '--from', '2026-Q4', '--carry', 'goals/2026-Q4/pitch.md')).toBe(2);
    expect(err.join('\n')).toContain('goals/2026-Q4/pitch.md is done: only unfinished objectives carry over to 2027-Q1. (nothing written)');
    expect(await cli('next-quarter', '--from', '2026-Q4', '--carry', 'nowhere.md')).toBe(2);
    expect(await cli('next-quarter', '--carry', 'goals/2026-Q4/tracing.md')).toBe(2);
    expect(await cli('next-quarter', '--from', '2026-Q4', '--close', 'finished')).toBe(2);
    expect(await cli('next-quarter', '--from', '2026-Q4', '--close-key-results', 'done')).toBe(2);
    expect(snapshot()).toEqual(before);
  });

  it('refuses to write when a file changed since it was read, or a new file appeared', async () => {
    const path = join(workspace, 'goals', '2026-Q4', 'tracing.md');
    const target = join(workspace, 'goals', '2027-Q1', 'tracing.md');
    const changed = await writeFilesAtomically([{ path, expected: `${tracing}x`, text: 'new' }], [{ path: target, text: 'new' }]);
    expect(changed).toMatchObject({ ok: false, reason: expect.stringContaining('changed since it was read') });
    expect(readFileSync(path, 'utf8')).toBe(tracing);
    expect(existsSync(target)).toBe(false);
    mkdirSync(join(workspace, 'goals', '2027-Q1'));
    writeFileSync(target, 'mine');
    const taken = await writeFilesAtomically([{ path, expected: tracing, text: 'new' }], [{ path: target, text: 'new' }]);
    expect(taken).toMatchObject({ ok: false, reason: expect.stringContaining('already exists') });
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect(readFileSync(path, 'utf8')).toBe(tracing);
    expect(readdirSync(join(workspace, 'goals', '2026-Q4')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
