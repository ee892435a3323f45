// What Start Next Quarter… proposes, editor-free for unit tests: the closing quarter's
// unfinished objectives can be carried over; the others get their status closed and a review.

import { nextQuarter, quarterOfDate } from '../core/quarter.js';
import type { GoalEntry } from './goalChoices.js';

export interface RolloverPlan {
  readonly closing: string;
  readonly next: string;
  /** Objectives of the closing quarter that are neither done nor dropped: candidates to carry over. */
  readonly unfinished: readonly GoalEntry[];
  /** Every objective of the closing quarter that is not dropped. */
  readonly closingGoals: readonly GoalEntry[];
}

export function rolloverPlan(goals: readonly GoalEntry[], today: string): RolloverPlan {
  const closing = quarterOfDate(today);
  const closingGoals = goals.filter((goal) => goal.objective.quarter === closing && goal.objective.status !== 'dropped');
  const byTitle = (a: GoalEntry, b: GoalEntry) => a.objective.title.localeCompare(b.objective.title);
  return {
    closing,
    next: nextQuarter(closing),
    unfinished: closingGoals.filter((goal) => goal.objective.status !== 'done').sort(byTitle),
    closingGoals: [...closingGoals].sort(byTitle),
  };
}

/** The objectives that stay in the closing quarter and get reviewed. */
export function objectivesToReview(plan: RolloverPlan, carried: ReadonlySet<string>): GoalEntry[] {
  return plan.closingGoals.filter((goal) => !carried.has(goal.uri));
}
