// Calibration across quarters: are the goals ambitious enough? OKRs graded near 1.0 quarter
// after quarter were set too safe; grades below 0.4 twice running mean too many goals or too
// hard ones. Read over the reported quarter and the one before it.

import * as l10n from '@vscode/l10n';
import type { Objective } from './model.js';
import { previousQuarter } from './quarter.js';

export type CalibrationVerdict = 'too-safe' | 'too-hard' | 'healthy' | 'not-enough-data';

export interface QuarterCalibration {
  readonly quarter: string;
  /** Mean grade of the quarter's graded key results (two decimals); null when none is graded. */
  readonly averageGrade: number | null;
}

export interface Calibration {
  /** The quarter before the reported one, then the reported one. */
  readonly quarters: readonly QuarterCalibration[];
  readonly verdict: CalibrationVerdict;
}

/** Plain mean of the grades of graded, not dropped key results of not dropped objectives. */
export function averageGrade(objectives: readonly Objective[]): number | undefined {
  const grades = objectives
    .filter((objective) => objective.status !== 'dropped')
    .flatMap((objective) => objective.keyResults)
    .filter((keyResult) => keyResult.status !== 'dropped' && keyResult.grade !== undefined)
    .map((keyResult) => keyResult.grade as number);
  return grades.length > 0 ? grades.reduce((sum, grade) => sum + grade, 0) / grades.length : undefined;
}

export function calibrationOf(quarter: string, objectives: readonly Objective[]): Calibration {
  const quarters = [previousQuarter(quarter), quarter];
  const averages = quarters.map((name) => averageGrade(objectives.filter((objective) => objective.quarter === name)));
  const graded = averages.filter((average): average is number => average !== undefined);
  let verdict: CalibrationVerdict = 'healthy';
  if (graded.length < 2) verdict = 'not-enough-data';
  else if (graded.every((average) => average > 0.9)) verdict = 'too-safe';
  else if (graded.every((average) => average < 0.4)) verdict = 'too-hard';
  return {
    quarters: quarters.map((name, index) => {
      const average = averages[index];
      return { quarter: name, averageGrade: average === undefined ? null : Math.round(average * 100) / 100 };
    }),
    verdict,
  };
}

/** The verdict in words, for the Markdown report and the tree. */
export function calibrationSentence(calibration: Calibration): string {
  const [before, now] = calibration.quarters;
  const averages = l10n.t('{0} averaged {1}, {2} {3}', String(before?.quarter), before?.averageGrade?.toFixed(2) ?? '–', String(now?.quarter), now?.averageGrade?.toFixed(2) ?? '–');
  switch (calibration.verdict) {
    case 'too-safe':
      return l10n.t('Goals may be too safe: {0}, both above 0.9. Aim higher next quarter; about 0.7 is a good stretch.', averages);
    case 'too-hard':
      return l10n.t('Goals may be too hard or too many: {0}, both below 0.4. Set fewer or smaller goals next quarter.', averages);
    case 'healthy':
      return l10n.t('Ambition looks right: {0}.', averages);
    case 'not-enough-data':
      return l10n.t('Not enough graded quarters to judge ambition yet ({0}); it takes two in a row.', averages);
  }
}
