import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

let workspace: string;
let out: string[];
let err: string[];

async function cli(...argv: string[]): Promise<number> {
  out = [];
  err = [];
  return runCli(argv, { cwd: workspace, clock: { today: () => '2026-11-24' }, out: (t) => out.push(t), err: (t) => err.push(t) });
}

const goalPath = () => join(workspace, 'mine.md');
const goal = `---
objective: Speak up in design reviews  # my words
quarter: 2026-Q4
key_results:
  - id: reviews
    title: "Comment on 5 design docs"
    status: todo   # not started
    target: 5
---
Notes stay as they are.
`;

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'growth-backlog-cli-'));
  cpSync('examples/goals', join(workspace, 'examples'), { recursive: true });
  writeFileSync(goalPath(), goal);
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe('growth-backlog CLI', () => {
  it('lint: exit 0 on the clean sample, 1 with errors, JSON with positions', async () => {
    expect(await cli('lint', 'examples')).toBe(0);
    writeFileSync(join(workspace, 'broken.md'), '---\nobjective: Broken\nkey_results:\n  - id: a\n    title: A\n    grade: 3\n---\n');
    expect(await cli('lint', '--json')).toBe(1);
    expect(JSON.parse(out.join('\n'))).toEqual([
      { file: 'broken.md', line: 6, column: 12, severity: 'error', code: 'grade-out-of-range', message: expect.stringContaining('0.0 to 1.0') },
    ]);
    expect(await cli('lint')).toBe(1);
    expect(out[0]).toMatch(/^broken\.md:6:12: error grade-out-of-range: /);
  });

  it('--version prints the package version', async () => {
    expect(await cli('--version')).toBe(0);
    expect(out).toEqual([(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version]);
  });

  it('<command> --help explains that command and changes nothing', async () => {
    expect(await cli('checkin', '--help')).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: growth-backlog checkin <file> --progress TEXT/);
    expect(out.join('\n')).toContain('--confidence 0..1');
    expect(await cli('grade', 'mine.md', 'reviews', '0.7', '-h')).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: growth-backlog grade /);
    expect(readFileSync(goalPath(), 'utf8')).toBe(goal);
    for (const command of ['lint', 'list', 'grade', 'move', 'checkin', 'report']) {
      expect(await cli(command, '--help')).toBe(0);
      expect(out.join('\n')).toMatch(new RegExp(`^Usage: growth-backlog ${command}\\b`));
    }
  });

  it('exits 2 on usage errors', async () => {
    expect(await cli()).toBe(2);
    expect(await cli('frobnicate')).toBe(2);
    expect(await cli('lint', '--nope')).toBe(2);
    expect(await cli('lint', 'no-such-folder')).toBe(2);
    expect(await cli('report')).toBe(2);
    expect(await cli('list', '--quarter', 'Q4')).toBe(2);
  });

  it('list: objectives and key results, filtered by quarter, as JSON', async () => {
    expect(await cli('list', '--quarter', '2026-Q4', '--json')).toBe(0);
    const rows = JSON.parse(out.join('\n')) as { title: string; quarter: string; keyResults: unknown[] }[];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((row) => row.quarter === '2026-Q4')).toBe(true);
    expect(rows.find((row) => row.title === 'Speak up in design reviews')?.keyResults).toEqual([{ id: 'reviews', title: 'Comment on 5 design docs', status: 'todo', target: 5 }]);
    expect(await cli('list', '--quarter', 'backlog')).toBe(0);
    expect(out.join('\n')).toContain('Backlog (unscheduled)');
  });

  it('grade: changes only the grade; refuses bad values and unknown ids without touching the file', async () => {
    expect(await cli('grade', 'mine.md', 'reviews', '0.7')).toBe(0);
    expect(readFileSync(goalPath(), 'utf8')).toBe(goal.replace('    target: 5\n', '    target: 5\n    grade: 0.7\n'));
    const before = readFileSync(goalPath(), 'utf8');
    expect(await cli('grade', 'mine.md', 'reviews', '1.5')).toBe(2);
    expect(await cli('grade', 'mine.md', 'reviews', 'high')).toBe(2);
    expect(await cli('grade', 'mine.md', 'nope', '0.5')).toBe(2);
    expect(err.join('\n')).toContain('nope');
    expect(readFileSync(goalPath(), 'utf8')).toBe(before);
  });

  it('grade and move refuse a file whose front-matter is broken', async () => {
    const broken = goal.replace('quarter: 2026-Q4', 'quarter: [2026');
    writeFileSync(goalPath(), broken);
    expect(await cli('grade', 'mine.md', 'reviews', '0.5')).toBe(2);
    expect(await cli('move', 'mine.md', 'reviews', 'done')).toBe(2);
    expect(readFileSync(goalPath(), 'utf8')).toBe(broken);
  });

  it('move: sets the status and keeps the comment', async () => {
    expect(await cli('move', 'mine.md', 'reviews', 'doing')).toBe(0);
    expect(readFileSync(goalPath(), 'utf8')).toBe(goal.replace('status: todo   # not started', 'status: doing   # not started'));
    expect(await cli('move', 'mine.md', 'reviews', 'finished')).toBe(2);
  });

  it('checkin: adds a dated check-in under ## Check-ins', async () => {
    expect(await cli('checkin', 'mine.md', '--progress', 'Commented on two docs', '--next', 'Pick the API review', '--confidence', '0.6')).toBe(0);
    const text = readFileSync(goalPath(), 'utf8');
    expect(text.startsWith(goal)).toBe(true);
    expect(text.slice(goal.length)).toMatch(/## Check-ins\n+### 2026-11-24\n+Progress: Commented on two docs\nNext: Pick the API review\nConfidence: 0\.6\n/);
    expect(await cli('checkin', 'mine.md', '--progress', 'x', '--date', '2026-02-30')).toBe(2);
    expect(await cli('checkin', 'mine.md')).toBe(2);
  });

  it('report: the quarter in Markdown and JSON with scores and check-in counts', async () => {
    expect(await cli('report', '--quarter', '2026-Q3', 'examples', '--format', 'json')).toBe(0);
    const report = JSON.parse(out.join('\n')) as { quarter: string; score: number; objectives: { score: number; checkIns: number; hasReview: boolean }[] };
    expect(report.quarter).toBe('2026-Q3');
    expect(report.objectives.length).toBe(2);
    expect(report.objectives.every((o) => o.hasReview && typeof o.score === 'number')).toBe(true);
    expect(report.score).toBeCloseTo(report.objectives.reduce((sum, o) => sum + o.score, 0) / 2, 1);
    expect(await cli('report', '--quarter', '2026-Q4')).toBe(0);
    expect(out.join('\n')).toMatch(/^# 2026-Q4 — personal goals/);
    expect(out.join('\n')).toContain('| Comment on 5 design docs | todo | 0/5 | – |');
  });
});
