import type { KeyResult } from './model.js';
import { keyResultProgress } from './scoring.js';

/**
 * The grade a metric key result's progress points to, in tenths: progress 0.67 suggests 0.7.
 * Only a suggestion: the person grades, and may know better (the last 10 % were the hard part).
 * Undefined when the key result has nothing to measure progress by.
 */
export function suggestedGrade(keyResult: KeyResult): number | undefined {
  const progress = keyResultProgress(keyResult);
  return progress === undefined ? undefined : Math.round(progress * 10) / 10;
}

/** `2 of 3` (or the measured progress in per cent) that a suggestion is based on. */
export function suggestionBasis(keyResult: KeyResult): string | undefined {
  const progress = keyResultProgress(keyResult);
  if (progress === undefined) return undefined;
  return `progress ${Math.round(progress * 100)} %`;
}
