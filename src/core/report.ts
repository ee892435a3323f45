import type { GoalFile, KeyResultStatus, ObjectiveStatus } from './model.js';
import { calibrationOf, type Calibration } from './calibration.js';
import { gradedCount, gradedNote, objectiveScore, quarterScore, scoreBand, type GradedCount, type ScoreBand } from './scoring.js';

export interface KeyResultRow {
  readonly id: string;
  readonly title: string;
  readonly status: KeyResultStatus;
  readonly grade?: number;
  readonly target?: number;
  readonly current?: number;
  readonly baseline?: number;
  readonly unit?: string;
}

export interface ObjectiveRow {
  readonly file: string;
  readonly title: string;
  readonly quarter?: string;
  readonly status: ObjectiveStatus;
  readonly career: readonly string[];
  /** Time set aside and budget, as written in the goal file. */
  readonly time?: string;
  readonly budget?: string;
  /** The score read at one decimal, as every surface shows it (0.65 is 0.7); absent until a key result is graded. */
  readonly score?: number;
  readonly band?: ScoreBand;
  /** Graded key results, of `keyResultsCounted` (not dropped, weight above 0). */
  readonly graded: number;
  readonly keyResultsCounted: number;
  readonly checkIns: number;
  readonly lastCheckIn?: string;
  readonly hasReview: boolean;
  readonly keyResults: readonly KeyResultRow[];
  /** Coaching hints to talk about in the review (report only), each `{code, message}`. */
  readonly hints?: readonly { readonly code: string; readonly message: string }[];
}

export interface QuarterReport {
  readonly quarter: string;
  /** The quarter score read at one decimal, as every surface shows it. */
  readonly score?: number;
  readonly band?: ScoreBand;
  readonly graded: number;
  readonly keyResultsCounted: number;
  readonly objectives: readonly ObjectiveRow[];
  /** Average grades of this quarter and the one before, and what they say about ambition. */
  readonly calibration: Calibration;
}

/**
 * A score in a report is the number every surface shows: read at one decimal by the core
 * rule, with its band and how many of the key results that count are graded.
 */
function scoreFields(score: number | undefined, count: GradedCount): { score?: number; band?: ScoreBand; graded: number; keyResultsCounted: number } {
  return { ...(score === undefined ? {} : { score, band: scoreBand(score) }), graded: count.graded, keyResultsCounted: count.total };
}

/** One row per objective, with the body facts the 1:1 and the review talk about. */
export function objectiveRow(file: GoalFile, displayPath: string): ObjectiveRow | undefined {
  const objective = file.objective;
  if (!objective) return undefined;
  const score = objectiveScore(objective);
  const body = file.body;
  const last = body?.lastCheckIn;
  return {
    file: displayPath,
    title: objective.title,
    ...(objective.quarter ? { quarter: objective.quarter } : {}),
    status: objective.status,
    career: objective.career,
    ...(objective.time ? { time: objective.time } : {}),
    ...(objective.budget ? { budget: objective.budget } : {}),
    ...scoreFields(score, gradedCount(objective)),
    checkIns: body?.checkIns ?? 0,
    ...(last ? { lastCheckIn: last } : {}),
    hasReview: body?.hasReview ?? false,
    keyResults: objective.keyResults.map(({ id, title, status, grade, target, current, baseline, unit }) => ({
      id,
      title,
      status,
      ...(grade === undefined ? {} : { grade }),
      ...(target === undefined ? {} : { target }),
      ...(current === undefined ? {} : { current }),
      ...(baseline === undefined ? {} : { baseline }),
      ...(unit === undefined ? {} : { unit }),
    })),
  };
}

export function quarterReport(quarter: string, files: readonly GoalFile[], rows: readonly ObjectiveRow[]): QuarterReport {
  const objectives = files.filter((file) => file.objective?.quarter === quarter).map((file) => file.objective!);
  const score = quarterScore(objectives);
  const everyObjective = files.flatMap((file) => (file.objective ? [file.objective] : []));
  return {
    quarter,
    ...scoreFields(score, gradedCount({ objectives })),
    objectives: rows.filter((row) => row.quarter === quarter),
    calibration: calibrationOf(quarter, everyObjective),
  };
}

type ScoreFields = ReturnType<typeof scoreFields>;

/** ` (green)`, ` (green, 1 of 11 graded)` or nothing: what follows a score in the Markdown report and the list. */
export function scoreDetails(fields: ScoreFields): string {
  const details = [fields.band, gradedNote({ graded: fields.graded, total: fields.keyResultsCounted })].filter(Boolean).join(', ');
  return details ? ` (${details})` : '';
}
