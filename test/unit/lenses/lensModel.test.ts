import { describe, expect, it } from 'vitest';
import { commandIds } from '../../../src/commandIds';
import { parseGoalFile } from '../../../src/core/parse';
import { latestCheckIn } from '../../../src/core/checkIns';
import { checkInAge, goalLenses, gradeLensTitle, keyResultSummary, nextKeyResultStatus } from '../../../src/lenses/lensModel';
import { resourcesSummary } from '../../../src/core/goalResources';

const text = `---
objective: Learn tracing
quarter: 2026-Q4
key_results:
  - id: course
    title: Finish the course
    status: done
    grade: 0.8
  - id: services
    title: Instrument 2 services
    status: doing
    target: 2
    current: 1
    grade: 0.4
  - id: meetup
    title: Attend the meetup
---
Body.
`;
const file = parseGoalFile('file:///w/goals/tracing.md', '1', text);
const uri = 'file:///w/goals/tracing.md';

describe('goalLenses', () => {
  it('puts a summary and Open Board on the objective line, then status, Grade… and a move per key result', () => {
    const lenses = goalLenses(file, { lastCheckIn: '2026-11-13', today: '2026-11-25' });
    expect(lenses.map((lens) => [lens.line, lens.title])).toEqual([
      [2, 'Score 0.6 (2 of 3 graded) · 3 KRs · last check-in 12 days ago'],
      [2, 'Open Board'],
      [5, 'done · grade 0.8'],
      [5, 'Grade…'],
      [9, 'doing · grade 0.4 · 1 of 2'],
      [9, 'Grade…'],
      [9, 'Move to done'],
      [15, 'todo · grade –'],
      [15, 'Grade…'],
      [15, 'Move to doing'],
    ]);
    expect(lenses[0]?.command).toBeUndefined();
    expect(lenses[1]).toMatchObject({ command: commandIds.openBoard, args: [{ uri }] });
    expect(lenses[5]).toMatchObject({ command: commandIds.gradeKeyResult, args: [{ uri, keyResultId: 'services' }] });
    expect(lenses[6]).toMatchObject({ command: commandIds.moveKeyResult, args: [{ uri, keyResultId: 'services', status: 'done' }] });
    expect(text.slice(lenses[2]?.offset ?? 0).startsWith('id: course')).toBe(true);
  });

  it('has nothing for files that are not goals', () => {
    expect(goalLenses(parseGoalFile('x', '1', '# Notes\n'), { lastCheckIn: undefined, today: '2026-11-25' })).toEqual([]);
  });
});

describe('lens texts', () => {
  it('tells the check-in age in words', () => {
    expect(checkInAge(undefined, '2026-11-25')).toBe('no check-ins yet');
    expect(checkInAge('2026-11-25', '2026-11-25')).toBe('last check-in today');
    expect(checkInAge('2026-11-24', '2026-11-25')).toBe('last check-in yesterday');
    expect(checkInAge('2026-10-31', '2026-11-25')).toBe('last check-in 25 days ago');
  });

  it('summarises a key result and knows the next sensible status', () => {
    expect(keyResultSummary({ id: 'a', title: 'A', status: 'todo', weight: 1, range: { start: 0, end: 0, line: 1, column: 1 } })).toBe('todo · grade –');
    expect([nextKeyResultStatus('todo'), nextKeyResultStatus('doing'), nextKeyResultStatus('done'), nextKeyResultStatus('dropped')]).toEqual(['doing', 'done', undefined, undefined]);
  });

  it('finds the latest check-in whatever the file order', () => {
    expect(latestCheckIn([{ date: '2026-11-05', line: 3 }, { date: '2026-10-08', line: 9 }])).toBe('2026-11-05');
    expect(latestCheckIn([])).toBeUndefined();
  });
});

describe('suggested grade and resources in the lenses', () => {
  it('offers the grade measured progress points to on Grade… until the key result is graded', () => {
    const parsed = parseGoalFile(uri, '1', '---\nobjective: O\ntime: 4h per sprint\nbudget: 600 EUR\nkey_results:\n  - {id: a, title: Give 3 talks, target: 3, current: 2}\n  - {id: b, title: Give 3 talks, target: 3, current: 2, grade: 0.5}\n  - {id: c, title: Give talks}\n  - {id: d, title: Give 3 talks, target: 3, current: 0}\n  - {id: e, title: Give 3 talks, target: 3, current: 0, status: done}\n---\n');
    const [a, b, c, d, e] = parsed.objective?.keyResults ?? [];
    expect([a, b, c, d, e].map((keyResult) => gradeLensTitle(keyResult as never))).toEqual(['Grade… (suggested 0.7)', 'Grade…', 'Grade…', 'Grade…', 'Grade… (suggested 0.0)']);
    expect(resourcesSummary(parsed.objective as never)).toBe('Time 4h per sprint · Budget 600 EUR');
    const titles = goalLenses(parsed, { lastCheckIn: undefined, today: '2026-11-25' }).map((lens) => lens.title);
    expect(titles.slice(0, 3)).toEqual(['Score 0.5 (1 of 5 graded) · 5 KRs · no check-ins yet', 'Open Board', 'Time 4h per sprint · Budget 600 EUR']);
    expect(titles).toContain('Grade… (suggested 0.7)');
  });
});
