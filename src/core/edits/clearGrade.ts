import { accept, argsOf, findPair, isRefusal, openKeyResult, refuseOnException, verifyFrontMatterEdit, type EditResult } from './editableGoal.js';
import { removePair } from './yamlSource.js';

export interface ClearGradeArgs {
  readonly keyResultId: string;
}

/**
 * Takes the `grade:` line out of one key result, so it reads as not graded again. Nothing
 * else moves: comments on lines of their own and the other keys stay byte-for-byte (a
 * comment at the end of the grade's own line goes with it). A KR without a grade is left alone.
 */
export function clearGrade(text: string, args: ClearGradeArgs): EditResult {
  return refuseOnException(() => {
    const { keyResultId } = argsOf(args);
    const opened = openKeyResult(text, keyResultId);
    if (isRefusal(opened)) return opened;
    const { goal, keyResult, expected, data } = opened;
    const pair = findPair(keyResult.map, 'grade');
    if (!pair) return accept([]);
    const edit = removePair(goal, keyResult.map, pair, `grade of key result "${keyResultId}"`);
    if (isRefusal(edit)) return edit;
    delete data.grade;
    return verifyFrontMatterEdit(goal, [edit], expected);
  });
}
