import * as l10n from '@vscode/l10n';
import { isScalar, isSeq, type Scalar } from 'yaml';
import { accept, argsOf, currentData, describeValue, findPair, isRefusal, openGoal, refuse, refuseOnException, sharedValueRefusal, verifyFrontMatterEdit, type EditResult } from './editableGoal.js';

export interface ReplaceCareerIdArgs {
  /** The id as written in `career:`. */
  readonly from: string;
  readonly to: string;
}

const careerIdPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Replaces one id in `career:` (a list or a single value) with another: only the characters
 * of that id change, inside its quotes if it has any; every other id, comment and layout stays.
 */
export function replaceCareerId(text: string, args: ReplaceCareerIdArgs): EditResult {
  return refuseOnException(() => {
    const { from, to } = argsOf(args);
    if (typeof from !== 'string' || typeof to !== 'string' || !careerIdPattern.test(to)) {
      return refuse('invalid-value', l10n.t('A career id is letters, digits, dots, dashes and underscores, not {0}.', describeValue(to)));
    }
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;
    const value = findPair(goal.root, 'career')?.value;
    const shared = sharedValueRefusal(value, 'career list');
    if (shared) return shared;
    const items: unknown[] = isSeq(value) ? value.items : [value];
    const matches = items.filter((item): item is Scalar => isScalar(item) && String(item.value).trim() === from);
    if (matches.length === 0) return refuse('invalid-value', l10n.t('The career list has no id "{0}".', from));
    const expected = currentData(goal);
    const list = expected.career;
    expected.career = Array.isArray(list) ? list.map((id: unknown) => (typeof id === 'string' && id.trim() === from ? to : id)) : to;
    const edits = [];
    for (const item of matches) {
      const refusal = sharedValueRefusal(item, `career id "${from}"`);
      if (refusal) return refusal;
      const [start, end] = item.range ?? [0, 0];
      const source = text.slice(goal.yamlStart + start, goal.yamlStart + end);
      const at = source.indexOf(from);
      if (at === -1) return refuse('not-editable', l10n.t('The career id "{0}" is written in a way that cannot be edited safely; edit it by hand.', from));
      edits.push({ start: goal.yamlStart + start + at, end: goal.yamlStart + start + at + from.length, newText: to });
    }
    return edits.length === 0 ? accept([]) : verifyFrontMatterEdit(goal, edits, expected);
  });
}
