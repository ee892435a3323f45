import type { KeyResult } from './model.js';
import { keyResultProgress } from './scoring.js';

/**
 * The grade a measurable key result's progress points to, to the nearest tenth (2 of 3 done
 * suggests 0.7); undefined without a target. A suggestion only: the person grades.
 * (Issue 14 owns this rule; the same function is to be merged with theirs.)
 */
export function suggestedGrade(keyResult: Pick<KeyResult, 'target' | 'current' | 'baseline'>): number | undefined {
  const progress = keyResultProgress(keyResult);
  return progress === undefined ? undefined : Math.round(progress * 10) / 10;
}
