// Which quarter Start Next Quarter… closes, editor-free for unit tests. Usually the current
// one; early in a quarter the person may still be closing the last one, so that is offered
// too while it has objectives that are not finished.

import { previousQuarter, quarterOfDate } from '../core/quarter.js';
import type { GoalEntry } from './goalChoices.js';

const isUnfinished = (entry: GoalEntry): boolean => entry.objective.status === 'active' || entry.objective.status === 'backlog';

export interface ClosingChoice {
  readonly quarter: string;
  readonly label: string;
  readonly description: string;
}

/** The quarters that can be closed today, the likelier one first. */
export function closingQuarterChoices(goals: readonly GoalEntry[], today: string): ClosingChoice[] {
  const current = quarterOfDate(today);
  const previous = previousQuarter(current);
  const open = (quarter: string) => goals.filter((goal) => goal.objective.quarter === quarter && isUnfinished(goal)).length;
  const describe = (quarter: string) => `${open(quarter)} unfinished of ${goals.filter((goal) => goal.objective.quarter === quarter && goal.objective.status !== 'dropped').length} objectives`;
  const choices: ClosingChoice[] = [{ quarter: current, label: `Close ${current} (this quarter)`, description: describe(current) }];
  if (open(previous) > 0) {
    const last = { quarter: previous, label: `Close ${previous} (last quarter)`, description: describe(previous) };
    // Early in a quarter the last one is the likelier one to close.
    if (open(current) === 0 || Number(today.slice(5, 7)) % 3 === 1) choices.unshift(last);
    else choices.push(last);
  }
  return choices;
}
