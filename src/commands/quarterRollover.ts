// Which quarter Start Next Quarter… closes, editor-free for unit tests. Usually the current
// one; early in a quarter the person may still be closing the last one, so that is offered
// too while it has objectives that are not finished.

import * as l10n from '@vscode/l10n';
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
  const describe = (quarter: string) => l10n.t('{0} unfinished of {1} objectives', open(quarter), goals.filter((goal) => goal.objective.quarter === quarter && goal.objective.status !== 'dropped').length);
  const choices: ClosingChoice[] = [{ quarter: current, label: l10n.t('Close {0} (this quarter)', current), description: describe(current) }];
  if (open(previous) > 0) {
    const last = { quarter: previous, label: l10n.t('Close {0} (last quarter)', previous), description: describe(previous) };
    // Early in a quarter the last one is the likelier one to close.
    if (open(current) === 0 || Number(today.slice(5, 7)) % 3 === 1) choices.unshift(last);
    else choices.push(last);
  }
  return choices;
}
