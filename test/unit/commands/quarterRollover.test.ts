import { describe, expect, it } from 'vitest';
import type { GoalEntry } from '../../../src/commands/goalChoices';
import { closingQuarterChoices } from '../../../src/commands/quarterRollover';
import { parseGoalFile } from '../../../src/core/parse';

function entry(uri: string, frontMatter: string): GoalEntry {
  const objective = parseGoalFile(uri, '1', `---\nobjective: ${uri}\n${frontMatter}\n---\n`).objective;
  if (!objective) throw new Error('not a goal');
  return { uri, objective };
}

describe('closingQuarterChoices', () => {
  const goals = [entry('active', 'quarter: 2026-Q4'), entry('done', 'quarter: 2026-Q4\nstatus: done'), entry('last', 'quarter: 2026-Q3')];

  it('closes the current quarter, and offers the last one while it has unfinished objectives', () => {
    expect(closingQuarterChoices(goals, '2026-12-20').map((choice) => choice.quarter)).toEqual(['2026-Q4', '2026-Q3']);
    expect(closingQuarterChoices(goals, '2026-10-03').map((choice) => choice.quarter)).toEqual(['2026-Q3', '2026-Q4']);
    expect(closingQuarterChoices(goals.slice(0, 2), '2026-12-20')).toEqual([{ quarter: '2026-Q4', label: 'Close 2026-Q4 (this quarter)', description: '1 unfinished of 2 objectives' }]);
    expect(closingQuarterChoices(goals, '2027-01-05').map((choice) => choice.quarter)).toEqual(['2026-Q4', '2027-Q1']);
  });
});
