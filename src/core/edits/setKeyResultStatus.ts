import { keyResultStatuses, type KeyResultStatus } from '../model.js';
import {
  accept,
  argsOf,
  currentData,
  describeValue,
  findKeyResult,
  findPair,
  isRefusal,
  openGoal,
  refuse,
  refuseOnException,
  verifyFrontMatterEdit,
  type Data,
  type EditResult,
} from './editableGoal.js';
import { quoteStyleOf, stringSource, writePairValue } from './yamlSource.js';

export interface SetKeyResultStatusArgs {
  readonly keyResultId: string;
  readonly status: KeyResultStatus;
}

/**
 * Sets (or adds) the `status:` of one key result. A missing status means `todo`, but asking
 * for `todo` still writes it: the user chose it, and a later edit then finds the key.
 */
export function setKeyResultStatus(text: string, args: SetKeyResultStatusArgs): EditResult {
  return refuseOnException(() => {
    const { keyResultId, status } = argsOf(args);
    if (!(keyResultStatuses as readonly unknown[]).includes(status)) {
      return refuse('invalid-value', `A key result status must be one of ${keyResultStatuses.join(', ')}, not ${describeValue(status)}.`);
    }
    if (typeof keyResultId !== 'string') return refuse('invalid-value', `A key result id must be text, not ${describeValue(keyResultId)}.`);
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;
    const keyResult = findKeyResult(goal, keyResultId);
    if (isRefusal(keyResult)) return keyResult;

    const expected = currentData(goal);
    const data = (expected.key_results as Data[])[keyResult.index] as Data;
    if (data.status === status) return accept([]);
    const style = quoteStyleOf(findPair(keyResult.map, 'status')?.value);
    const source = stringSource(status as string, { ...(style ? { style } : {}), inFlow: keyResult.map.flow === true });
    const edit = writePairValue(goal, keyResult.map, 'status', source, `status of key result "${keyResultId}"`);
    if (isRefusal(edit)) return edit;
    data.status = status;
    return verifyFrontMatterEdit(goal, [edit], expected);
  });
}
