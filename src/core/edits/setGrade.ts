import * as l10n from '@vscode/l10n';
import { accept, argsOf, describeValue, isRefusal, openKeyResult, refuse, refuseOnException, verifyFrontMatterEdit, type EditResult } from './editableGoal.js';
import { decimalSource, writePairValue } from './yamlSource.js';

export interface SetGradeArgs {
  readonly keyResultId: string;
  /** 0.0 to 1.0; written with at most two decimals. */
  readonly grade: number;
}

/** Sets (or adds) the `grade:` of one key result, keeping any comment after the old value. */
export function setGrade(text: string, args: SetGradeArgs): EditResult {
  return refuseOnException(() => {
    const { keyResultId, grade } = argsOf(args);
    if (typeof grade !== 'number' || !Number.isFinite(grade) || grade < 0 || grade > 1) {
      return refuse('invalid-value', l10n.t('A grade must be a number from 0.0 to 1.0, not {0}.', describeValue(grade)));
    }
    const opened = openKeyResult(text, keyResultId);
    if (isRefusal(opened)) return opened;
    const { goal, keyResult, expected, data } = opened;

    const source = decimalSource(grade);
    const value = Number(source);
    if (data.grade === value) return accept([]);
    const edit = writePairValue(goal, keyResult.map, 'grade', source, `grade of key result "${keyResultId}"`);
    if (isRefusal(edit)) return edit;
    data.grade = value;
    return verifyFrontMatterEdit(goal, [edit], expected);
  });
}
