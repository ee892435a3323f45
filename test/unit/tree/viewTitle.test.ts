import { describe, expect, it } from 'vitest';
import { viewTitle } from '../../../src/tree/viewTitle';
import { goalFile, kr, sampleFiles } from './goalTexts';

const options = { grouping: 'quarter', showFinished: true, today: '2026-11-25', maxObjectivesPerQuarter: 3 } as const;

describe('backlog view title', () => {
  it('shows the current quarter score, and the grouping when it is not by quarter', () => {
    expect(viewTitle(sampleFiles(), options)).toEqual({ description: '2026-Q4: 0.7 (2 of 3 graded)', message: '' });
    expect(viewTitle(sampleFiles(), { ...options, grouping: 'career' }).description).toBe('2026-Q4: 0.7 (2 of 3 graded) · by career area');
    expect(viewTitle(sampleFiles(), { ...options, today: '2030-01-01', grouping: 'status' }).description).toBe('by status');
  });

  it('explains an empty tree when every objective is finished and finished ones are hidden', () => {
    const done = [goalFile('d', { title: 'D', quarter: '2026-Q3', status: 'done', keyResults: kr('a', 'grade: 1') })];
    expect(viewTitle(done, { ...options, showFinished: false }).message).toMatch(/Show Done and Dropped/);
    expect(viewTitle(done, options).message).toBe('');
    expect(viewTitle([], { ...options, showFinished: false }).message).toBe('');
  });
});
