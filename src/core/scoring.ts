import type { KeyResult, Objective } from './model.js';

/**
 * The classic OKR reading: 0.0–0.3 missed, 0.4–0.6 progress, 0.7–1.0 success. Scores are
 * read at one decimal, so 0.65 counts as 0.7.
 */
export type ScoreBand = 'red' | 'yellow' | 'green';

export function scoreBand(score: number): ScoreBand {
  const rounded = Math.round(score * 10) / 10;
  if (rounded >= 0.7) return 'green';
  if (rounded >= 0.4) return 'yellow';
  return 'red';
}

function isScored(keyResult: KeyResult): keyResult is KeyResult & { grade: number } {
  return keyResult.grade !== undefined && keyResult.status !== 'dropped';
}

/** Weighted mean of the graded, not dropped key results; undefined until one is graded. */
export function objectiveScore(objective: Objective): number | undefined {
  let weighted = 0;
  let weights = 0;
  for (const keyResult of objective.keyResults) {
    if (!isScored(keyResult)) continue;
    weighted += keyResult.grade * keyResult.weight;
    weights += keyResult.weight;
  }
  return weights > 0 ? weighted / weights : undefined;
}

/** Mean of the quarter's objective scores (dropped objectives do not count). */
export function quarterScore(objectives: readonly Objective[]): number | undefined {
  const scores = objectives
    .filter((objective) => objective.status !== 'dropped')
    .map(objectiveScore)
    .filter((score): score is number => score !== undefined);
  return scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : undefined;
}

/** `current / target` clamped to 0..1, when the KR is measurable. */
export function keyResultProgress(keyResult: KeyResult): number | undefined {
  if (keyResult.target === undefined || keyResult.target <= 0) return undefined;
  return Math.min(1, Math.max(0, (keyResult.current ?? 0) / keyResult.target));
}

export function formatScore(score: number | undefined): string {
  return score === undefined ? '–' : score.toFixed(1);
}
