import { defaultReviewQuarter, quarterReview, reviewableQuarters, type QuarterReview, type ReviewGoal, type ReviewHint } from '../core/quarterReview.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';

/**
 * The review of `quarter` from the workspace: the bodies of that quarter's goal files are
 * read (check-ins, the review section); other quarters only lend their scores and grades.
 * `hintsOf` gives each objective of the quarter its coaching hints to talk about.
 */
export async function workspaceReview(goals: GoalWorkspace, quarter: string, hintsOf?: (uri: string) => readonly ReviewHint[]): Promise<{ review: QuarterReview; quarters: string[] }> {
  await goals.whenReady();
  const entries = goals.index.objectives();
  const reviewGoals: ReviewGoal[] = [];
  for (const { uri, objective } of entries) {
    if (objective.quarter !== quarter) {
      reviewGoals.push({ uri, objective });
      continue;
    }
    const parsed = await goals.body(uri).catch(() => undefined);
    // Reading the body may have re-indexed an open editor's newer text.
    const current = goals.index.get(uri)?.objective ?? objective;
    reviewGoals.push({ uri, objective: current, ...(parsed ? { body: parsed.body } : {}), ...(hintsOf ? { hints: hintsOf(uri) } : {}) });
  }
  return { review: quarterReview(quarter, reviewGoals), quarters: reviewableQuarters(entries) };
}

/** The quarter a review opens on when none is asked for. */
export async function firstReviewQuarter(goals: GoalWorkspace, today: string): Promise<string> {
  await goals.whenReady();
  return defaultReviewQuarter(goals.index.objectives(), today);
}
