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
    expect((JSON.parse(out.join('\n')) as { severity: string }[]).filter((p) => p.severity !== 'hint')).toEqual([
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
    for (const command of ['lint', 'list', 'grade', 'move', 'checkin', 'report', 'next-quarter', 'career']) {
      expect(await cli(command, '--help')).toBe(0);
      expect(out.join('\n')).toMatch(new RegExp(`^Usage: growth-backlog ${command}\\b`));
    }
  });

  it('lint: hints with severity hint that never change the exit code, silenced by --hint and --no-hints', async () => {
    writeFileSync(join(workspace, 'vague.md'), '---\nobjective: Grow\nquarter: 2026-Q4\ncareer: [comunication]\nkey_results:\n  - id: talks\n    title: Get better at talks\n---\n- [ ] Ask for a slot\n');
    expect(await cli('lint', '--json', 'vague.md', 'examples/career-framework.md')).toBe(0);
    const problems = JSON.parse(out.join('\n')) as { file: string; line: number; column: number; severity: string; code: string }[];
    expect(problems.map(({ line, column, severity, code }) => [line, column, severity, code])).toEqual([
      [4, 10, 'warning', 'unknown-career-id'],
      [2, 1, 'hint', 'check-in-overdue'],
      [6, 5, 'hint', 'no-measurable-target'],
    ]);
    expect(await cli('lint', 'vague.md', 'examples/career-framework.md', '--hint', 'check-in-overdue=off', '--hint', 'unknown-career-id=off')).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^vague\.md:6:5: hint no-measurable-target: Key result "talks" has nothing to measure/)]);
    expect(err.join('\n')).toContain('1 goal file checked: 0 errors, 0 other problems, 1 hint.');
    expect(await cli('lint', 'vague.md', '--no-hints')).toBe(0);
    expect(out).toEqual([]);
    expect(await cli('lint', 'vague.md', '--hint', 'no-such-hint=off')).toBe(2);
  });

  it('lint: problems of the career framework file itself', async () => {
    writeFileSync(join(workspace, 'career-framework.md'), '# Ladder\n\n- `a` — one\n- `a` — again\n');
    expect(await cli('lint', '--json', 'career-framework.md')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([{ file: 'career-framework.md', line: 4, column: 1, severity: 'warning', code: 'framework-duplicate-id', message: 'The id "a" is listed twice; the first one is used.' }]);
  });

  it('career: every competency of the framework with its objectives, and unknown ids, as JSON and Markdown', async () => {
    writeFileSync(join(workspace, 'mine.md'), goal.replace('quarter: 2026-Q4', 'quarter: 2026-Q4\ncareer: [communication, comunication]'));
    expect(await cli('career', '--json')).toBe(0);
    const evidence = JSON.parse(out.join('\n')) as { competencies: { id: string; name?: string; area?: string; objectives: { file: string; title: string; quarter: string | null; score: number | null }[] }[]; unknown: { id: string; files: string[] }[] };
    expect(evidence.competencies.map((competency) => competency.id)).toEqual(['technical-ownership', 'quality', 'learning', 'communication', 'knowledge-sharing', 'visibility', 'collaboration', 'planning', 'mentoring', 'leadership', 'direction', 'hiring']);
    const communication = evidence.competencies.find((competency) => competency.id === 'communication');
    expect(communication).toMatchObject({ name: 'Communication', area: 'Communication and influence' });
    expect(communication?.objectives).toContainEqual({ file: 'mine.md', title: 'Speak up in design reviews', quarter: '2026-Q4', score: null });
    expect(Object.keys(communication?.objectives[0] ?? {}).sort()).toEqual(['file', 'quarter', 'score', 'title']);
    expect(evidence.unknown).toEqual([{ id: 'comunication', files: ['mine.md'] }]);
    expect(await cli('career', '--format', 'md')).toBe(0);
    expect(out.join('\n')).toMatch(/^# Career evidence\n\nFrom examples\/career-framework\.md: 12 competencies/);
    expect(await cli('career', '--framework', 'nope.md')).toBe(2);
    expect(await cli('career', 'mine.md')).toBe(2);
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

  it('grade --clear removes only the grade line; refuses extra values and unknown ids', async () => {
    expect(await cli('grade', 'mine.md', 'reviews', '0.7')).toBe(0);
    expect(await cli('grade', 'mine.md', 'reviews', '--clear')).toBe(0);
    expect(out.join('\n')).toContain('cleared the grade of reviews');
    expect(readFileSync(goalPath(), 'utf8')).toBe(goal);
    expect(await cli('grade', 'mine.md', 'reviews', '0.5', '--clear')).toBe(2);
    expect(await cli('grade', 'mine.md', 'nope', '--clear')).toBe(2);
    expect(readFileSync(goalPath(), 'utf8')).toBe(goal);
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

  it('checkin: a second check-in on the same day adds to that day, under one heading', async () => {
    expect(await cli('checkin', 'mine.md', '--progress', 'Commented on two docs', '--confidence', '0.6')).toBe(0);
    expect(await cli('checkin', 'mine.md', '--progress', 'And a third one', '--next', 'Rest', '--confidence', '70%')).toBe(0);
    const text = readFileSync(goalPath(), 'utf8');
    expect(text.split('### 2026-11-24').length - 1).toBe(1);
    expect(text.slice(goal.length)).toMatch(/### 2026-11-24\nProgress: Commented on two docs\nConfidence: 0\.6\n\nProgress: And a third one\nNext: Rest\nConfidence: 0\.7\n$/);
  });

  it('checkin: reads --confidence as the palette does, 0..1 or a percentage, and refuses the rest untouched', async () => {
    expect(await cli('checkin', 'mine.md', '--progress', 'Commented on two docs', '--confidence', '80%')).toBe(0);
    const text = readFileSync(goalPath(), 'utf8');
    expect(text).toContain('Progress: Commented on two docs\nConfidence: 0.8\n');
    for (const bad of ['80', 'high', '120%']) {
      expect(await cli('checkin', 'mine.md', '--progress', 'Again', '--confidence', bad)).toBe(2);
      expect(err.join('\n')).toMatch(/^growth-backlog checkin: --confidence: /);
    }
    expect(err.join('\n')).toContain('Confidence goes from 0% (no chance) to 100% (certain), not 120%.');
    expect(readFileSync(goalPath(), 'utf8')).toBe(text);
  });

  it('report: the quarter in Markdown and JSON with scores and check-in counts', async () => {
    expect(await cli('report', '--quarter', '2026-Q3', 'examples', '--format', 'json')).toBe(0);
    const report = JSON.parse(out.join('\n')) as { quarter: string; score: number; objectives: { score: number; checkIns: number; hasReview: boolean }[] };
    expect(report.quarter).toBe('2026-Q3');
    expect(report.objectives.length).toBe(2);
    expect(report.objectives.every((o) => o.hasReview && typeof o.score === 'number')).toBe(true);
    // Scores are the values every surface shows: read at one decimal.
    expect(String(report.score)).toMatch(/^(0(\.\d)?|1)$/);
    expect((report as unknown as { calibration: unknown }).calibration).toEqual({ quarters: [{ quarter: '2026-Q2', averageGrade: null }, { quarter: '2026-Q3', averageGrade: expect.any(Number) }], verdict: 'not-enough-data' });
    expect(await cli('report', '--quarter', '2026-Q4')).toBe(0);
    expect(out.join('\n')).toMatch(/^# 2026-Q4 — quarter review/);
    expect(out.join('\n')).toContain('| Comment on 5 design docs | todo | 0/5 | – |');
    expect(out.join('\n')).toMatch(/\nCalibration: Ambition looks right: 2026-Q3 averaged \d\.\d\d, 2026-Q4 \d\.\d\d\.\n/);
    expect(out.join('\n')).toContain('To talk about:\n\n- No career ids: add career: with the competencies');
  });
});
