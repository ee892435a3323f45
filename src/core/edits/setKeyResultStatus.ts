import * as l10n from '@vscode/l10n';
import { keyResultStatuses, type KeyResultStatus } from '../model.js';
import { accept, argsOf, describeValue, findPair, isRefusal, openKeyResult, refuse, refuseOnException, verifyFrontMatterEdit, type EditResult } from './editableGoal.js';
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
      return refuse('invalid-value', l10n.t('A key result status must be one of {0}, not {1}.', keyResultStatuses.join(', '), describeValue(status)));
    }
    const opened = openKeyResult(text, keyResultId);
    if (isRefusal(opened)) return opened;
    const { goal, keyResult, expected, data } = opened;
    if (data.status === status) return accept([]);
    const style = quoteStyleOf(findPair(keyResult.map, 'status')?.value);
    const source = stringSource(status as string, { ...(style ? { style } : {}), inFlow: keyResult.map.flow === true });
    const edit = writePairValue(goal, keyResult.map, 'status', source, `status of key result "${keyResultId}"`);
    if (isRefusal(edit)) return edit;
    data.status = status;
    return verifyFrontMatterEdit(goal, [edit], expected);
  });
}
