import * as l10n from '@vscode/l10n';
import { objectiveStatuses, type ObjectiveStatus } from '../model.js';
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
import { quoteStyleOf, stringSource, writePairValue } from './yamlSource.js';

export interface SetObjectiveStatusArgs {
  readonly status: ObjectiveStatus;
}

/**
 * Sets (or adds) the objective's `status:`. A new line goes after `quarter:` (or after
 * `objective:`), where a reader of the front-matter looks for it.
 */
export function setObjectiveStatus(text: string, args: SetObjectiveStatusArgs): EditResult {
  return refuseOnException(() => {
    const { status } = argsOf(args);
    if (!(objectiveStatuses as readonly unknown[]).includes(status)) {
      return refuse('invalid-value', l10n.t('An objective status must be one of {0}, not {1}.', objectiveStatuses.join(', '), describeValue(status)));
    }
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;

    const expected = currentData(goal);
    if (expected.status === status) return accept([]);
    const after = findPair(goal.root, 'quarter') ?? findPair(goal.root, 'objective');
    const style = quoteStyleOf(findPair(goal.root, 'status')?.value);
    const source = stringSource(status as string, { ...(style ? { style } : {}), inFlow: goal.root.flow === true });
    const edit = writePairValue(goal, goal.root, 'status', source, 'objective status', after);
    if (isRefusal(edit)) return edit;
    expected.status = status;
    return verifyFrontMatterEdit(goal, [edit], expected);
  });
}
