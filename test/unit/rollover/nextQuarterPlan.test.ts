import { describe, expect, it } from 'vitest';
import { parseGoalBody } from '../../../src/core/body';
import { parseGoalFile } from '../../../src/core/parse';
import { carryCandidates, isEmptyPlan, planNextQuarter, type NextQuarterOptions, type NextQuarterPlan, type RolloverGoal } from '../../../src/core/rollover/nextQuarterPlan';
import { describePlan } from '../../../src/core/rollover/planText';
import { quarterScore } from '../../../src/core/scoring';
import { applyTextEdits } from '../../../src/core/textEdit';

/** An in-memory workspace: path → text. */
class MemoryFiles {
  constructor(readonly files: Map<string, string>) {}

  goals(): RolloverGoal[] {
    return [...this.files].flatMap(([path, text]) => {
      const objective = parseGoalFile(path, '1', text).objective;
      return objective ? [{ path, objective }] : [];
    });
  }

  readonly port = {
    readText: async (path: string) => {
      const text = this.files.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
    exists: async (path: string) => this.files.has(path),
  };

  apply(plan: NextQuarterPlan): void {
    for (const edit of plan.edits) {
      expect(this.files.get(edit.path)).toBe(edit.text);
      this.files.set(edit.path, applyTextEdits(edit.text, edit.edits));
    }
    for (const creation of plan.creations) {
      expect(this.files.has(creation.path)).toBe(false);
      this.files.set(creation.path, creation.text);
    }
  }

  async plan(options: NextQuarterOptions): Promise<NextQuarterPlan> {
    const result = await planNextQuarter(this.goals(), this.port, options);
    if (!result.ok) throw new Error(result.message);
    return result.plan;
  }
}

const tracing = `---
objective: Learn distributed tracing # my words
quarter: 2026-Q4
status: active
career: [learning]
key_results:
  - id: course
    title: Finish the course
    status: done
    grade: 1
  - id: services
    title: Trace 5 services
    status: doing
    target: 5
    current: 2
    grade: 0.4
  - id: latency
    title: Cut p95 to 300 ms
    status: todo
    target: 300
    baseline: 800
    current: 650
    unit: ms
    weight: 2
  - id: meetup
    title: Talk at a meetup
    status: dropped
    grade: 0
---
Why: on-call needs it.

- [x] Book the course
- [ ] Ask Priya for the collector config

## Check-ins

### 2026-11-10
Progress: Course done.
`;

const done = `---
objective: Pitch my designs
quarter: 2026-Q4
status: done
key_results:
  - id: talks
    title: Give 2 talks
    status: doing
    grade: 0.5
---
Notes.

## Review

Both talks given.
`;

const open = `---
objective: Mentor Tomás
quarter: 2026-Q4
key_results:
  - id: pairing
    title: Pair 6 times
    status: doing
    grade: 0.7
---
`;

const older = `---
objective: Earlier quarter
quarter: 2026-Q3
status: active
---
`;

function workspace(): MemoryFiles {
  return new MemoryFiles(
    new Map([
      ['/w/goals/2026-Q4/tracing.md', tracing],
      ['/w/goals/2026-Q4/pitch.md', done],
      ['/w/goals/2026-Q4/mentor.md', open],
      ['/w/goals/2026-Q3/older.md', older],
    ]),
  );
}

const closeAll: NextQuarterOptions = { from: '2026-Q4', carry: ['/w/goals/2026-Q4/tracing.md'], close: 'done', closeKeyResults: 'done' };

describe('planNextQuarter', () => {
  it('closes the quarter, keeps its record, and continues a carried objective in a new file', async () => {
    const files = workspace();
    const scoreBefore = quarterScore(files.goals().filter((goal) => goal.objective.quarter === '2026-Q4').map((goal) => goal.objective));
    const plan = await files.plan(closeAll);
    expect(plan.next).toBe('2027-Q1');
    expect(plan.closed.map((item) => [item.path, item.status, item.keyResultsClosed])).toEqual([
      ['/w/goals/2026-Q4/mentor.md', 'done', 1],
      ['/w/goals/2026-Q4/tracing.md', 'done', 2],
    ]);
    expect(plan.reviews.map((item) => item.path)).toEqual(['/w/goals/2026-Q4/mentor.md', '/w/goals/2026-Q4/tracing.md']);
    expect(plan.carried).toEqual([{ path: '/w/goals/2026-Q4/tracing.md', title: 'Learn distributed tracing', to: '/w/goals/2027-Q1/tracing.md', keyResults: 2 }]);
    files.apply(plan);

    // The closing file: status and open KRs closed, grades and the rest byte-for-byte, a review stub.
    const closed = files.files.get('/w/goals/2026-Q4/tracing.md')!;
    const expected = tracing
      .replace('status: active', 'status: done')
      .replace('    status: doing\n    target: 5', '    status: done\n    target: 5')
      .replace('    status: todo\n    target: 300', '    status: done\n    target: 300');
    expect(closed.startsWith(expected.trimEnd())).toBe(true);
    expect(closed.slice(expected.trimEnd().length)).toBe('\n\n## Review\n\nAchieved:\n\nWas the goal well formulated?\n');
    expect(files.files.get('/w/goals/2026-Q4/pitch.md')).toBe(done);
    expect(files.files.get('/w/goals/2026-Q3/older.md')).toBe(older);
    // Grades stay, so the closed quarter's score is what it was.
    expect(quarterScore(files.goals().filter((goal) => goal.objective.quarter === '2026-Q4').map((goal) => goal.objective))).toBe(scoreBefore);

    const created = files.files.get('/w/goals/2027-Q1/tracing.md')!;
    const next = parseGoalFile('n', '1', created);
    expect(next.diagnostics).toEqual([]);
    expect(next.objective).toMatchObject({ title: 'Learn distributed tracing', quarter: '2027-Q1', status: 'active', career: ['learning'], carriedFrom: '../2026-Q4/tracing.md' });
    expect(next.objective?.keyResults.map(({ id, status, grade, target, baseline, current, unit, weight }) => ({ id, status, grade, target, baseline, current, unit, weight }))).toEqual([
      { id: 'services', status: 'todo', grade: undefined, target: 5, baseline: 2, current: 2, unit: undefined, weight: 1 },
      { id: 'latency', status: 'todo', grade: undefined, target: 300, baseline: 650, current: 650, unit: 'ms', weight: 2 },
    ]);
    const body = parseGoalBody(created).body;
    expect(body.tasks).toEqual([{ text: 'Ask Priya for the collector config', done: false, line: expect.any(Number) }]);
    expect(created).toContain('Carried over from 2026-Q4 ([tracing.md](<../2026-Q4/tracing.md>))');
    expect(created).toMatch(/## Check-ins\n$/);
  });

  it('does nothing the second time: the closed quarter is never rewritten', async () => {
    const files = workspace();
    files.apply(await files.plan(closeAll));
    const snapshot = new Map(files.files);
    const again = await files.plan(closeAll);
    expect(isEmptyPlan(again)).toBe(true);
    expect(again.alreadyCarried).toEqual([{ path: '/w/goals/2026-Q4/tracing.md', title: 'Learn distributed tracing', to: '/w/goals/2027-Q1/tracing.md' }]);
    expect(describePlan(again, (path) => path)).toContain('Nothing to change: 2026-Q4 is already closed as asked.');
    // Even asked to drop everything now, nothing closed changes.
    expect(isEmptyPlan(await files.plan({ from: '2026-Q4', carry: [], close: 'dropped', closeKeyResults: 'dropped' }))).toBe(true);
    expect(files.files).toEqual(snapshot);
    expect(carryCandidates(files.goals(), '2026-Q4')).toEqual([]);
  });

  it('leaves statuses alone without a close status, and still offers to carry later', async () => {
    const files = workspace();
    const plan = await files.plan({ from: '2026-Q4', carry: [] });
    expect(plan.closed).toEqual([]);
    expect(plan.creations).toEqual([]);
    files.apply(plan);
    expect(files.files.get('/w/goals/2026-Q4/mentor.md')).toBe(`${open}## Review\n\nAchieved:\n\nWas the goal well formulated?\n`);
    expect(carryCandidates(files.goals(), '2026-Q4').map((goal) => goal.path)).toEqual(['/w/goals/2026-Q4/tracing.md', '/w/goals/2026-Q4/mentor.md']);
  });

  it('continues beside the old file when the folder is not per quarter, never over an existing file', async () => {
    const files = new MemoryFiles(
      new Map([
        ['/w/notes/tracing.md', tracing.replace('\n', '\r\n').replace(/(?<!\r)\n/g, '\r\n')],
        ['/w/notes/tracing-2027-q1.md', '# someone else\n'],
      ]),
    );
    const plan = await files.plan({ from: '2026-Q4', carry: ['/w/notes/tracing.md'] });
    expect(plan.creations.map((creation) => creation.path)).toEqual(['/w/notes/tracing-2027-q1-2.md']);
    const created = plan.creations[0]!.text;
    expect(created).not.toMatch(/[^\r]\n/);
    expect(parseGoalFile('n', '1', created).objective?.carriedFrom).toBe('tracing.md');
  });

  it('refuses what cannot be carried, with the reason', async () => {
    const files = workspace();
    const refused = async (options: NextQuarterOptions) => {
      const result = await planNextQuarter(files.goals(), files.port, options);
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.message;
    };
    expect(await refused({ from: '2026-Q4', carry: ['/w/goals/2026-Q4/pitch.md'] })).toMatch(/is done: only unfinished objectives carry over/);
    expect(await refused({ from: '2026-Q4', carry: ['/w/goals/2026-Q3/older.md'] })).toMatch(/is not an objective of 2026-Q4/);
    expect(await refused({ from: 'Q4', carry: [] })).toMatch(/YYYY-Qn/);
  });

  it('describes every change', async () => {
    const lines = describePlan(await workspace().plan(closeAll), (path) => path.replace('/w/', ''));
    expect(lines).toEqual([
      'Set "Mentor Tomás" to done, and its 1 open key result too (goals/2026-Q4/mentor.md)',
      'Set "Learn distributed tracing" to done, and its 2 open key results too (goals/2026-Q4/tracing.md)',
      'Add a ## Review section to "Mentor Tomás" (goals/2026-Q4/mentor.md)',
      'Add a ## Review section to "Learn distributed tracing" (goals/2026-Q4/tracing.md)',
      'Carry "Learn distributed tracing" over to 2027-Q1: new file goals/2027-Q1/tracing.md with 2 unfinished key results (goals/2026-Q4/tracing.md keeps its grades)',
    ]);
  });
});
