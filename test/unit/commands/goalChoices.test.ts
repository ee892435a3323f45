import { describe, expect, it } from 'vitest';
import { byQuarter, keyResultRows, objectiveDescription, type GoalEntry } from '../../../src/commands/goalChoices';
import { parseGoalFile } from '../../../src/core/parse';

function entry(uri: string, frontMatter: string): GoalEntry {
  const objective = parseGoalFile(uri, '1', `---\n${frontMatter}\n---\n`).objective;
  if (!objective) throw new Error('not a goal');
  return { uri, objective };
}

const goals = [
  entry('past-old', 'objective: Old\nquarter: 2026-Q2'),
  entry('backlog', 'objective: Someday'),
  entry('past', 'objective: Last quarter\nquarter: 2026-Q3\nkey_results:\n  - {id: a, title: Done thing, status: done, grade: 0.6}'),
  entry('future', 'objective: Next\nquarter: 2027-Q1'),
  entry('now-b', 'objective: B now\nquarter: 2026-Q4\nkey_results:\n  - {id: x, title: Ship X}\n  - {id: y, title: Ship Y, status: doing}'),
  entry('now-a', 'objective: A now\nquarter: 2026-Q4\nkey_results:\n  - {id: z, title: Ship Z}'),
];

describe('byQuarter', () => {
  it('orders the current quarter, future quarters, the backlog, then past quarters latest first', () => {
    expect(byQuarter(goals, '2026-Q4').map((goal) => goal.uri)).toEqual(['now-a', 'now-b', 'future', 'backlog', 'past', 'past-old']);
  });
});

describe('keyResultRows', () => {
  it('groups key results under one separator per objective, skipping objectives without key results', () => {
    expect(keyResultRows(goals, '2026-Q4')).toEqual([
      { kind: 'separator', label: 'A now — 2026-Q4' },
      { kind: 'keyResult', label: 'Ship Z', description: 'z · todo · grade –', uri: 'now-a', keyResultId: 'z' },
      { kind: 'separator', label: 'B now — 2026-Q4' },
      { kind: 'keyResult', label: 'Ship X', description: 'x · todo · grade –', uri: 'now-b', keyResultId: 'x' },
      { kind: 'keyResult', label: 'Ship Y', description: 'y · doing · grade –', uri: 'now-b', keyResultId: 'y' },
      { kind: 'separator', label: 'Last quarter — 2026-Q3' },
      { kind: 'keyResult', label: 'Done thing', description: 'a · done · grade 0.6', uri: 'past', keyResultId: 'a' },
    ]);
  });

  it('describes objectives by quarter and status', () => {
    expect(goals.map((goal) => objectiveDescription(goal.objective))).toEqual(['2026-Q2 · active', 'backlog', '2026-Q3 · active', '2027-Q1 · active', '2026-Q4 · active', '2026-Q4 · active']);
  });
});
