// Calibration: are the goals set at the right height? OKRs graded above 0.9 two quarters in
// a row were too safe; below 0.4 two quarters in a row, too hard (or too many). Judged on the
// reported quarter and the one before it, from the mean grade of their graded key results.
// (Issue 14 owns this rule; this is the same shape and rule, to be merged with theirs.)

import type { Objective } from './model.js';
import { previousQuarter } from './quarterBefore.js';

export type CalibrationVerdict = 'too-safe' | 'too-hard' | 'healthy' | 'not-enough-data';

export interface QuarterCalibration {
  readonly quarter: string;
  /** Mean grade of the quarter's graded key results; null when none is graded. */
  readonly averageGrade: number | null;
}

/** `{"quarters":[{quarter,averageGrade}],"verdict":…}` in `report --format json`. */
export interface Calibration {
  /** The quarter before the reported one, then the reported one. */
  readonly quarters: readonly QuarterCalibration[];
  readonly verdict: CalibrationVerdict;
}

/** The plain mean of the grades of graded key results; dropped ones (and dropped objectives) do not count. */
export function averageGrade(objectives: readonly Objective[]): number | undefined {
  let sum = 0;
  let count = 0;
  for (const objective of objectives) {
    if (objective.status === 'dropped') continue;
    for (const keyResult of objective.keyResults) {
      if (keyResult.status === 'dropped' || keyResult.grade === undefined) continue;
      sum += keyResult.grade;
      count += 1;
    }
  }
  return count > 0 ? sum / count : undefined;
}

export function calibrationOf(quarter: string, objectives: readonly Objective[]): Calibration {
  const quarters = [previousQuarter(quarter), quarter].map((name) => ({ quarter: name, average: averageGrade(objectives.filter((objective) => objective.quarter === name)) }));
  const graded = quarters.map((entry) => entry.average).filter((average): average is number => average !== undefined);
  const verdict: CalibrationVerdict =
    graded.length < 2 ? 'not-enough-data' : graded.every((average) => average > 0.9) ? 'too-safe' : graded.every((average) => average < 0.4) ? 'too-hard' : 'healthy';
  return { quarters: quarters.map((entry) => ({ quarter: entry.quarter, averageGrade: entry.average ?? null })), verdict };
}

/** The verdict as a sentence, for the review and its Markdown. */
export function calibrationSentence(calibration: Calibration): string {
  const averages = calibration.quarters.map((entry) => `${entry.quarter} ${entry.averageGrade === null ? 'not graded' : `averaged ${entry.averageGrade.toFixed(2)}`}`).join(', ');
  switch (calibration.verdict) {
    case 'too-safe':
      return `Goals may be too safe (${averages}; both above 0.9). Aim higher next quarter: about 0.7 is a good stretch.`;
    case 'too-hard':
      return `Goals may be too hard or too many (${averages}; both below 0.4). Set fewer or smaller goals next quarter.`;
    case 'healthy':
      return `The ambition looks right (${averages}).`;
    case 'not-enough-data':
      return `Not enough to judge the ambition yet (${averages}): it takes two graded quarters in a row.`;
  }
}
