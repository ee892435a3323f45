import * as l10n from '@vscode/l10n';
import { isQuarter } from '../quarter.js';
import {
  accept,
  argsOf,
  currentData,
  describeValue,
  findPair,
  isRefusal,
  openGoal,
  refuse,
  refuseOnException,
  verifyFrontMatterEdit,
  type EditResult,
} from './editableGoal.js';
import { quoteStyleOf, removePair, stringSource, writePairValue } from './yamlSource.js';

export interface MoveObjectiveToQuarterArgs {
  /** `YYYY-Qn`, or undefined to take the objective back to the unscheduled backlog. */
  readonly quarter: string | undefined;
}

/**
 * Schedules the objective in a quarter (sets or adds `quarter:`), or unschedules it by
 * removing the `quarter:` line. The status is left alone: moving is not finishing.
 */
export function moveObjectiveToQuarter(text: string, args: MoveObjectiveToQuarterArgs): EditResult {
  return refuseOnException(() => {
    const { quarter } = argsOf(args);
    if (quarter !== undefined && (typeof quarter !== 'string' || !isQuarter(quarter))) {
      return refuse('invalid-value', l10n.t('A quarter is written YYYY-Qn, for example 2026-Q4, not {0}.', describeValue(quarter)));
    }
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;
    const expected = currentData(goal);
    const pair = findPair(goal.root, 'quarter');

    if (quarter === undefined) {
      if (!pair) return accept([]);
      const edit = removePair(goal, goal.root, pair, 'quarter');
      if (isRefusal(edit)) return edit;
      delete expected.quarter;
      return verifyFrontMatterEdit(goal, [edit], expected);
    }

    if (expected.quarter === quarter) return accept([]);
    const style = quoteStyleOf(pair?.value);
    const source = stringSource(quarter, { ...(style ? { style } : {}), inFlow: goal.root.flow === true });
    const edit = writePairValue(goal, goal.root, 'quarter', source, 'quarter', findPair(goal.root, 'objective'));
    if (isRefusal(edit)) return edit;
    expected.quarter = quarter;
    return verifyFrontMatterEdit(goal, [edit], expected);
  });
}
