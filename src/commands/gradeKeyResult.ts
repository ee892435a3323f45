import * as vscode from 'vscode';
import { clearGrade } from '../core/edits/clearGrade.js';
import { setGrade } from '../core/edits/setGrade.js';
import { suggestedGrade, suggestionBasis } from '../core/suggestedGrade.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { applyGoalEditOrExplain } from '../writes/applyGoalEdit.js';
import { parseGradeInput } from './gradeChoices.js';
import { pickGrade, type PickedGrade } from './gradePicker.js';
import { pickKeyResult } from './goalPickers.js';
import { answersOf, asGoalTarget } from './goalTarget.js';
import { QuickInputHandover } from './quickInputHandover.js';

/**
 * Grade Key Result…: the key result comes from the target (tree, lens, board) or a picker,
 * the grade from the grade picker or `answers.grade` (`answers.clear: true` removes the
 * grade). Resolves to whether the file changed.
 */
export async function gradeKeyResult(goals: GoalWorkspace, clock: Clock, argument?: unknown, answers?: unknown): Promise<boolean> {
  // The key result's picker stays up until the grade's shows: the keyboard stays in the quick input.
  const handover = new QuickInputHandover();
  try {
    return await askAndGrade(goals, clock, handover, argument, answers);
  } finally {
    handover.dispose();
  }
}

async function askAndGrade(goals: GoalWorkspace, clock: Clock, handover: QuickInputHandover, argument?: unknown, answers?: unknown): Promise<boolean> {
  const target = asGoalTarget(argument);
  const picked = target?.keyResultId ? { uri: target.uri, keyResultId: target.keyResultId } : await pickKeyResult(goals, clock, vscode.l10n.t('Grade Key Result'), target?.uri, handover);
  if (!picked) return false;
  const keyResult = goals.index.findKeyResult(picked.uri, picked.keyResultId);
  const given = answersOf(answers).grade;
  let grade: PickedGrade | undefined;
  if (answersOf(answers).clear === true) {
    grade = 'clear';
  } else if (given !== undefined) {
    const input = parseGradeInput(String(given));
    if ('error' in input) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Growth Backlog: {0}', input.error));
      return false;
    }
    grade = input.grade;
  } else {
    const suggestion = keyResult ? suggestedGrade(keyResult) : undefined;
    const basis = keyResult ? suggestionBasis(keyResult) : undefined;
    grade = await pickGrade(vscode.l10n.t('Grade "{0}"', keyResult?.title || picked.keyResultId), keyResult?.grade, suggestion === undefined || basis === undefined ? undefined : { grade: suggestion, basis }, handover);
  }
  if (grade === undefined) return false;
  const keyResultId = picked.keyResultId;
  if (grade === 'clear') return applyGoalEditOrExplain(picked.uri, (text) => clearGrade(text, { keyResultId }), { label: vscode.l10n.t('Clear the grade of {0}', keyResultId) });
  const value = grade;
  return applyGoalEditOrExplain(picked.uri, (text) => setGrade(text, { keyResultId, grade: value }), { label: vscode.l10n.t('Grade {0}', keyResultId) });
}
