import { describe, expect, it } from 'vitest';
import type { KeyResult, Objective } from '../../src/core/model';
import { keyResultProgress, objectiveScore, quarterScore, scoreBand } from '../../src/core/scoring';

const range = { start: 0, end: 0, line: 1, column: 1 };
const kr = (fields: Partial<KeyResult>): KeyResult => ({ id: 'k', title: 'K', status: 'todo', weight: 1, range, ...fields });
const objective = (keyResults: KeyResult[], status: Objective['status'] = 'active'): Objective => ({ title: 'O', status, career: [], keyResults, range });

describe('scoring', () => {
  it('scores an objective as the weighted mean of graded, not dropped key results', () => {
    expect(objectiveScore(objective([kr({ grade: 1 }), kr({ grade: 0.4, weight: 2 }), kr({}), kr({ grade: 0, status: 'dropped' })]))).toBeCloseTo(0.6);
    expect(objectiveScore(objective([kr({})]))).toBeUndefined();
  });

  it('scores a quarter as the mean of its scored, not dropped objectives', () => {
    expect(quarterScore([objective([kr({ grade: 1 })]), objective([kr({ grade: 0.5 })]), objective([kr({})]), objective([kr({ grade: 0 })], 'dropped')])).toBe(0.8);
    expect(quarterScore([])).toBeUndefined();
  });

  it('reads bands at one decimal: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green', () => {
    expect([0, 0.3, 0.34, 0.35, 0.6, 0.64, 0.65, 0.7, 1].map(scoreBand)).toEqual(['red', 'red', 'red', 'yellow', 'yellow', 'yellow', 'green', 'green', 'green']);
  });

  it('measures progress against a target', () => {
    expect(keyResultProgress(kr({ target: 4, current: 1 }))).toBe(0.25);
    expect(keyResultProgress(kr({ target: 2, current: 5 }))).toBe(1);
    expect(keyResultProgress(kr({}))).toBeUndefined();
  });
});
