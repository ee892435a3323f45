// The quarter review: everything the Quarter Review view shows and its Markdown export says,
// computed once here from the goal files so that the view, the export and
// `growth-backlog report --format md` agree. Chart data is plain numbers; each surface draws
// (or writes) it in its own way.

import { calibrationOf, type Calibration } from './calibration.js';
import { latestCheckIn } from './checkIns.js';
import type { GoalBody, KeyResultStatus, Objective, ObjectiveStatus } from './model.js';
import { parseReviewAnswers, type ReviewAnswers } from './reviewAnswers.js';
import { isQuarter, previousQuarter, quarterOfDate } from './quarter.js';
import { gradedCount, objectiveScore, progressText, quarterScore, scoreBand, type GradedCount, type ScoreBand } from './scoring.js';
import { suggestedGrade } from './suggestedGrade.js';

export interface ReviewGoal {
  readonly uri: string;
  readonly objective: Objective;
  /** Needed for the reviewed quarter's objectives (check-ins, the review section); others may leave it out. */
  readonly body?: GoalBody;
  /** Coaching hints to talk about (the Problems panel's, or the CLI's), each `{code, message}`. */
  readonly hints?: readonly ReviewHint[];
}

export interface ReviewHint {
  readonly code: string;
  readonly message: string;
}

export interface ReviewKeyResult {
  readonly id: string;
  readonly title: string;
  readonly status: KeyResultStatus;
  readonly weight: number;
  readonly grade?: number;
  /** What its progress points to, for an ungraded, measurable key result. */
  readonly suggestedGrade?: number;
  readonly target?: number;
  readonly current?: number;
  /** `5/8`, `420/300 ms`: the core's reading of a measurable key result's progress. */
  readonly progress?: string;
}

export interface ReviewObjective {
  readonly uri: string;
  readonly title: string;
  readonly status: ObjectiveStatus;
  readonly commitment?: string;
  readonly career: readonly string[];
  readonly score?: number;
  readonly band?: ScoreBand;
  /** Its key results that count, and how many of them are graded. */
  readonly graded: GradedCount;
  readonly keyResults: readonly ReviewKeyResult[];
  readonly answers: ReviewAnswers;
  /** The review section holds words of the person's own (not only the prompts). */
  readonly reviewed: boolean;
  readonly checkIns: number;
  readonly lastCheckIn?: string;
  /** Confidence of the quarter's check-ins, oldest first. */
  readonly confidence: readonly { readonly date: string; readonly value: number }[];
  readonly hints: readonly ReviewHint[];
}

export interface QuarterScorePoint {
  readonly quarter: string;
  readonly score: number;
  readonly band: ScoreBand;
}

export interface QuarterReview {
  readonly quarter: string;
  readonly score?: number;
  readonly band?: ScoreBand;
  /** Key results that count (not dropped, weight above 0, in objectives that are not dropped), and how many of them are graded. */
  readonly keyResultsCounted: number;
  readonly graded: number;
  readonly calibration: Calibration;
  readonly objectives: readonly ReviewObjective[];
  /** How many graded key results got each grade, by tenths: index 0 is 0.0, index 10 is 1.0. */
  readonly gradeDistribution: readonly number[];
  /** The score of every scheduled quarter up to this one that has a score, oldest first. */
  readonly quarterScores: readonly QuarterScorePoint[];
}

function counts(objective: Objective): boolean {
  return objective.status !== 'dropped';
}

export function quarterReview(quarter: string, goals: readonly ReviewGoal[]): QuarterReview {
  const inQuarter = goals.filter((goal) => goal.objective.quarter === quarter).sort((a, b) => a.objective.title.localeCompare(b.objective.title) || a.uri.localeCompare(b.uri));
  const objectives: ReviewObjective[] = inQuarter.map(({ uri, objective, body, hints }) => {
    const score = objectiveScore(objective);
    const last = body ? latestCheckIn(body.checkIns) : undefined;
    return {
      uri,
      title: objective.title,
      status: objective.status,
      ...(objective.commitment ? { commitment: objective.commitment } : {}),
      career: objective.career,
      ...(score === undefined ? {} : { score, band: scoreBand(score) }),
      graded: gradedCount(objective),
      keyResults: objective.keyResults.map((keyResult) => {
        const suggestion = keyResult.grade === undefined && keyResult.status !== 'dropped' ? suggestedGrade(keyResult) : undefined;
        const progress = progressText(keyResult);
        return {
          id: keyResult.id,
          title: keyResult.title,
          status: keyResult.status,
          weight: keyResult.weight,
          ...(keyResult.grade === undefined ? {} : { grade: keyResult.grade }),
          ...(suggestion === undefined ? {} : { suggestedGrade: suggestion }),
          ...(keyResult.target === undefined ? {} : { target: keyResult.target }),
          ...(keyResult.current === undefined ? {} : { current: keyResult.current }),
          ...(progress === undefined ? {} : { progress }),
        };
      }),
      answers: parseReviewAnswers(body?.reviewText),
      reviewed: body?.hasReview ?? false,
      checkIns: body?.checkIns.length ?? 0,
      ...(last ? { lastCheckIn: last } : {}),
      confidence: (body?.checkIns ?? [])
        .filter((checkIn) => checkIn.confidence !== undefined && quarterOfDate(checkIn.date) === quarter)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((checkIn) => ({ date: checkIn.date, value: checkIn.confidence as number })),
      hints: hints ?? [],
    };
  });

  // The key results that count in the score (as gradedCount reads them) make the distribution.
  const counted = inQuarter.filter((goal) => counts(goal.objective)).flatMap((goal) => goal.objective.keyResults.filter((keyResult) => keyResult.status !== 'dropped' && keyResult.weight > 0));
  const gradeDistribution = Array.from({ length: 11 }, () => 0);
  for (const keyResult of counted) {
    if (keyResult.grade === undefined) continue;
    const tenth = Math.min(10, Math.max(0, Math.round(keyResult.grade * 10)));
    gradeDistribution[tenth] = (gradeDistribution[tenth] ?? 0) + 1;
  }

  // One pass groups the objectives by quarter: a history of thousands of goal files stays cheap.
  const byQuarter = new Map<string, Objective[]>();
  for (const goal of goals) {
    const name = goal.objective.quarter;
    if (name === undefined || !isQuarter(name) || name > quarter) continue;
    let list = byQuarter.get(name);
    if (!list) byQuarter.set(name, (list = []));
    list.push(goal.objective);
  }
  const quarterScores: QuarterScorePoint[] = [];
  for (const name of [...byQuarter.keys()].sort()) {
    const score = quarterScore(byQuarter.get(name) ?? []);
    if (score !== undefined) quarterScores.push({ quarter: name, score, band: scoreBand(score) });
  }

  const score = quarterScore(inQuarter.map((goal) => goal.objective));
  const count = gradedCount({ objectives: inQuarter.map((goal) => goal.objective) });
  return {
    quarter,
    ...(score === undefined ? {} : { score, band: scoreBand(score) }),
    keyResultsCounted: count.total,
    graded: count.graded,
    calibration: calibrationOf(quarter, [...(byQuarter.get(previousQuarter(quarter)) ?? []), ...(byQuarter.get(quarter) ?? [])]),
    objectives,
    gradeDistribution,
    quarterScores,
  };
}

/** The quarters a review can be opened for: every scheduled quarter with objectives, newest first. */
export function reviewableQuarters(goals: readonly Pick<ReviewGoal, 'objective'>[]): string[] {
  return [...new Set(goals.map((goal) => goal.objective.quarter).filter((name): name is string => name !== undefined && isQuarter(name)))].sort().reverse();
}

/** Which quarter to review first: today's when it has objectives, else the latest one before it, else the newest. */
export function defaultReviewQuarter(goals: readonly Pick<ReviewGoal, 'objective'>[], today: string): string {
  const current = quarterOfDate(today);
  const quarters = reviewableQuarters(goals);
  return quarters.includes(current) ? current : (quarters.find((name) => name < current) ?? quarters[0] ?? current);
}
