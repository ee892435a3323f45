import { describe, expect, it } from 'vitest';
import { goalFileBaseName, goalFolderSegments, quarterChoices } from '../../../src/commands/newObjectivePlan';

describe('new objective plan', () => {
  it('offers this quarter, next quarter (across the year end) and the backlog', () => {
    expect(quarterChoices('2026-11-25').map((choice) => [choice.label, choice.quarter])).toEqual([
      ['This quarter', '2026-Q4'],
      ['Next quarter', '2027-Q1'],
      ['Backlog', undefined],
    ]);
  });

  it('puts the file under the goals folder and the quarter, never outside the workspace', () => {
    expect(goalFolderSegments('goals', '2026-Q4')).toEqual(['goals', '2026-Q4']);
    expect(goalFolderSegments('docs/goals/', undefined)).toEqual(['docs', 'goals', 'backlog']);
    expect(goalFolderSegments('../../etc', '2027-Q1')).toEqual(['etc', '2027-Q1']);
    expect(goalFolderSegments('', undefined)).toEqual(['backlog']);
  });

  it('names the file after the objective', () => {
    expect(goalFileBaseName('Explain my ideas so that others can act on them')).toBe('explain-my-ideas-so-that-others-can-act');
    expect(goalFileBaseName('!!!')).toBe('objective');
  });
});
