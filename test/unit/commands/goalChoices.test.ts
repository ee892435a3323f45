import { describe, expect, it } from 'vitest';
import { byQuarter, keyResultRows, objectiveDescription, rankKeyResultRows, uniqueExactIdMatch, type GoalEntry } from '../../../src/commands/goalChoices';
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
  it('lists key results under a separator per quarter, current first, each naming its objective', () => {
    expect(keyResultRows(goals, '2026-Q4')).toEqual([
      { kind: 'separator', label: '2026-Q4 (current)' },
      { kind: 'keyResult', label: 'Ship Z', description: 'z · todo · grade –', detail: 'A now', uri: 'now-a', keyResultId: 'z' },
      { kind: 'keyResult', label: 'Ship X', description: 'x · todo · grade –', detail: 'B now', uri: 'now-b', keyResultId: 'x' },
      { kind: 'keyResult', label: 'Ship Y', description: 'y · doing · grade –', detail: 'B now', uri: 'now-b', keyResultId: 'y' },
      { kind: 'separator', label: '2026-Q3' },
      { kind: 'keyResult', label: 'Done thing', description: 'a · done · grade 0.6', detail: 'Last quarter', uri: 'past', keyResultId: 'a' },
    ]);
  });
});

describe('rankKeyResultRows', () => {
  const circles = entry('circles', 'objective: Grow the guild\nquarter: 2026-Q4\nkey_results:\n  - {id: circles, title: Run 6 fortnightly circle sessions}\n  - {id: rfcs-review, title: Review 3 RFCs of others}');
  const writing = entry('writing', 'objective: Write more\nquarter: 2026-Q4\nkey_results:\n  - {id: blog, title: Publish 2 posts}\n  - {id: rfcs, title: Write 2 RFCs for the platform}');
  const rows = keyResultRows([circles, writing], '2026-Q4');
  const ids = (ranked: ReturnType<typeof rankKeyResultRows>) => ranked.rows.map((row) => (row.kind === 'separator' ? `— ${row.label}` : row.keyResultId));

  it('puts the exact id first, then ids that start with the typed text, then the rest in quarter order', () => {
    const ranked = rankKeyResultRows(rows, ' RFCS ');
    expect(ids(ranked)).toEqual(['— Matching key result id', 'rfcs', 'rfcs-review', '— 2026-Q4 (current)', 'circles', 'blog']);
    expect(ranked.best).toMatchObject({ keyResultId: 'rfcs', detail: 'Write more', uri: 'writing' });
    expect(ids(rankKeyResultRows(rows, 'rfc')).slice(0, 3)).toEqual(['— Matching key result id', 'rfcs-review', 'rfcs']);
  });

  it('names the one key result whose id is exactly the typed text, and none when two share it or only a prefix matches', () => {
    expect(uniqueExactIdMatch(rows, ' RFCS ')).toMatchObject({ keyResultId: 'rfcs', uri: 'writing' });
    expect(uniqueExactIdMatch(rows, 'rfc')).toBeUndefined();
    const twin = entry('twin', 'objective: Twin\nquarter: 2026-Q4\nkey_results:\n  - {id: rfcs, title: Another}');
    expect(uniqueExactIdMatch(keyResultRows([circles, writing, twin], '2026-Q4'), 'rfcs')).toBeUndefined();
  });

  it('leaves the order alone when no id matches, and for an empty value', () => {
    for (const typed of ['', 'fortnightly', 'zzz']) {
      const ranked = rankKeyResultRows(rows, typed);
      expect(ranked.rows).toEqual(rows);
      expect(ranked.best).toBeUndefined();
    }
  });
});

describe('objectiveDescription', () => {
  it('describes objectives by quarter and status', () => {
    expect(goals.map((goal) => objectiveDescription(goal.objective))).toEqual(['2026-Q2 · active', 'backlog', '2026-Q3 · active', '2027-Q1 · active', '2026-Q4 · active', '2026-Q4 · active']);
  });
});
