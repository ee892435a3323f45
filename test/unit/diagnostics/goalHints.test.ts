import { describe, expect, it } from 'vitest';
import type { Objective } from '../../../src/core/model';
import { parseGoalFile } from '../../../src/core/parse';
import { checkInHint, isMeasurable, keyResultHints, openKeyResultsHint, quarterLoadHints } from '../../../src/diagnostics/goalHints';

const settings = { checkInReminderDays: 14, maxObjectivesPerQuarter: 3 };

function objective(frontMatter: string): Objective {
  const parsed = parseGoalFile('g', '1', `---\nobjective: O\n${frontMatter}\n---\n`).objective;
  if (!parsed) throw new Error('not a goal');
  return parsed;
}

describe('keyResultHints', () => {
  it('flags open key results with neither a target nor a number in the title', () => {
    const goal = objective(`quarter: 2026-Q4
key_results:
  - {id: vague, title: Get better at talks}
  - {id: counted, title: Give 2 talks}
  - {id: targeted, title: Give talks, target: 2}
  - {id: finished, title: Learn things, status: done}
  - {id: gone, title: Learn things, status: dropped}`);
    expect(keyResultHints(goal).map((hint) => [hint.code, hint.range.line])).toEqual([['no-measurable-target', 5]]);
    expect(isMeasurable(goal.keyResults[1] as never)).toBe(true);
    expect(keyResultHints({ ...goal, status: 'done' })).toEqual([]);
  });
});

describe('checkInHint', () => {
  const active = objective('quarter: 2026-Q4\nstatus: active');

  it('reminds after more than checkInReminderDays days without a check-in', () => {
    expect(checkInHint(active, '2026-11-11', '2026-11-25', settings)).toBeUndefined();
    expect(checkInHint(active, '2026-11-10', '2026-11-25', settings)).toMatchObject({ code: 'check-in-overdue', message: expect.stringContaining('15 days') });
  });

  it('counts from the start of the quarter when there is no check-in yet', () => {
    expect(checkInHint(active, undefined, '2026-10-15', settings)).toBeUndefined();
    expect(checkInHint(active, undefined, '2026-10-16', settings)?.message).toContain('No check-in yet, 15 days into the quarter');
  });

  it('only nags active objectives of the current quarter', () => {
    expect(checkInHint(objective('quarter: 2026-Q3\nstatus: active'), undefined, '2026-11-25', settings)).toBeUndefined();
    expect(checkInHint(objective('quarter: 2026-Q4\nstatus: done'), undefined, '2026-11-25', settings)).toBeUndefined();
    expect(checkInHint(objective('status: backlog'), undefined, '2026-11-25', settings)).toBeUndefined();
  });
});

describe('quarterLoadHints', () => {
  it('marks every objective of a current or future quarter over the limit, not counting dropped ones', () => {
    const goals = [
      ...['a', 'b', 'c', 'd'].map((name) => ({ uri: name, objective: objective('quarter: 2026-Q4') })),
      { uri: 'dropped', objective: objective('quarter: 2027-Q1\nstatus: dropped') },
      ...['e', 'f', 'g'].map((name) => ({ uri: name, objective: objective('quarter: 2027-Q1') })),
      ...['h', 'i', 'j', 'k'].map((name) => ({ uri: name, objective: objective('quarter: 2026-Q3') })),
    ];
    const hints = quarterLoadHints(goals, '2026-11-25', settings);
    expect([...hints.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(hints.get('a')?.message).toMatch(/^2026-Q4 has 4 objectives, more than 3/);
  });
});

describe('openKeyResultsHint', () => {
  it('flags a done or dropped objective of a current, future or no quarter whose key results are still open', () => {
    const done = objective('quarter: 2026-Q4\nstatus: done\nkey_results:\n  - {id: a, title: A, status: doing}\n  - {id: b, title: B}\n  - {id: c, title: C, status: done}');
    expect(openKeyResultsHint(done, '2026-11-25')?.message).toBe('This objective is done, but key results "a", "b" are still in To do or Doing: set them done or dropped too.');
    expect(openKeyResultsHint(objective('status: dropped\nkey_results:\n  - {id: a, title: A}'), '2026-11-25')?.code).toBe('open-key-results');
    expect(openKeyResultsHint(done, '2027-01-10'), 'a past quarter is history').toBeUndefined();
    expect(openKeyResultsHint(objective('quarter: 2026-Q4\nkey_results:\n  - {id: a, title: A}'), '2026-11-25')).toBeUndefined();
    expect(openKeyResultsHint(objective('quarter: 2026-Q4\nstatus: done\nkey_results:\n  - {id: a, title: A, status: done}'), '2026-11-25')).toBeUndefined();
  });
});
