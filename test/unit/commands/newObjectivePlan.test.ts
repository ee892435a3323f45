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

  it('names the file after every word of the objective, cutting only a really long one at a word', () => {
    expect(goalFileBaseName('Explain my ideas so that others can act on them')).toBe('explain-my-ideas-so-that-others-can-act-on-them');
    expect(goalFileBaseName('Lead the move of our billing jobs to the new payments ledger service')).toBe('lead-the-move-of-our-billing-jobs-to-the-new-payments-ledger-service');
    const long = goalFileBaseName('Make the team the place where every new engineer learns how our payments, billing and ledger services work together end to end');
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toBe('make-the-team-the-place-where-every-new-engineer-learns-how-our-payments-billing');
    expect(goalFileBaseName('!!!')).toBe('objective');
  });
});
