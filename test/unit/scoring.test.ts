import { describe, expect, it } from 'vitest';
import type { KeyResult, Objective } from '../../src/core/model';
import { formatScore, gradedCount, gradedNote, keyResultProgress, objectiveScore, progressText, quarterScore, scoreBand } from '../../src/core/scoring';

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

  it('measures progress from the baseline, for falling targets too', () => {
    // Latency from 800 down to 300 ms: at 550 half of the way is done.
    expect(keyResultProgress(kr({ baseline: 800, target: 300, current: 550 }))).toBe(0.5);
    expect(keyResultProgress(kr({ baseline: 800, target: 300, current: 900 }))).toBe(0);
    expect(keyResultProgress(kr({ baseline: 800, target: 300, current: 250 }))).toBe(1);
    expect(keyResultProgress(kr({ baseline: 800, target: 300 }))).toBe(0);
    expect(keyResultProgress(kr({ baseline: 3, target: 5, current: 4 }))).toBe(0.5);
    expect(keyResultProgress(kr({ baseline: 5, target: 5, current: 5 }))).toBeUndefined();
    expect(progressText(kr({ baseline: 800, target: 300, unit: 'ms' }))).toBe('800/300 ms');
    expect(progressText(kr({ target: 2, current: 1 }), ' of ')).toBe('1 of 2');
  });

  it('reads grades at their written decimal: 0.35 is 0.4, 0.65 is 0.7, 0.25 is 0.3', () => {
    expect([0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95].map(formatScore)).toEqual(['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9', '1.0']);
    expect(objectiveScore(objective([kr({ grade: 0.6 }), kr({ grade: 0.3 })]))).toBe(0.5);
    expect(objectiveScore(objective([kr({ grade: 0.45 }), kr({ grade: 1 }), kr({ grade: 0.2 })]))).toBe(0.6);
  });

  it('counts graded key results: dropped ones and weight 0 do not count, nor dropped objectives', () => {
    const partial = objective([kr({ grade: 1 }), kr({}), kr({ status: 'dropped' }), kr({ weight: 0 })]);
    expect(gradedCount(partial)).toEqual({ graded: 1, total: 2 });
    expect(gradedNote(gradedCount(partial))).toBe('1 of 2 graded');
    expect(gradedNote(gradedCount(objective([kr({ grade: 1 })])))).toBeUndefined();
    expect(gradedNote(gradedCount(objective([kr({})])))).toBeUndefined();
    expect(gradedCount({ objectives: [partial, objective([kr({})], 'dropped')] })).toEqual({ graded: 1, total: 2 });
  });
});
