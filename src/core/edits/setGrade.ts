import {
  accept,
  argsOf,
  currentData,
  describeValue,
  findKeyResult,
  isRefusal,
  openGoal,
  refuse,
  refuseOnException,
  verifyFrontMatterEdit,
  type Data,
  type EditResult,
} from './editableGoal.js';
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
      return refuse('invalid-value', `A grade must be a number from 0.0 to 1.0, not ${describeValue(grade)}.`);
    }
    if (typeof keyResultId !== 'string') return refuse('invalid-value', `A key result id must be text, not ${describeValue(keyResultId)}.`);
    const goal = openGoal(text);
    if (isRefusal(goal)) return goal;
    const keyResult = findKeyResult(goal, keyResultId);
    if (isRefusal(keyResult)) return keyResult;

    const source = decimalSource(grade);
    const value = Number(source);
    const expected = currentData(goal);
    const data = (expected.key_results as Data[])[keyResult.index] as Data;
    if (data.grade === value) return accept([]);
    const edit = writePairValue(goal, keyResult.map, 'grade', source, `grade of key result "${keyResultId}"`);
    if (isRefusal(edit)) return edit;
    data.grade = value;
    return verifyFrontMatterEdit(goal, [edit], expected);
  });
}
