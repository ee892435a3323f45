import * as vscode from 'vscode';
import type { QuickInputHandover } from './quickInputHandover.js';
import { decimalSource } from '../core/edits/yamlSource.js';
import { bandName, clearGradeChoice, gradeChoices, gradeLabel, parseGradeInput } from './gradeChoices.js';

/** A grade, or `clear` to remove the grade. */
export type PickedGrade = number | 'clear';

type GradeItem = vscode.QuickPickItem & { readonly grade: PickedGrade };

const defaultPrompt = (): string => vscode.l10n.t('Pick a grade, or type any value from 0 to 1 (for example 0.65) and press Enter.');

/** The grade a metric key result's progress points to, and what it is based on (`progress 67 %`). */
export interface GradeSuggestion {
  readonly grade: number;
  readonly basis: string;
}

/**
 * Asks for a grade: the suggestion from measured progress first (when there is one), then
 * 0.0 … 1.0 labelled with their band, or any typed value from 0 to 1, and Clear grade when
 * the key result has one. A typed value replaces the list with that one grade (or says why
 * it is not one), so Enter never picks a grade other than what was typed.
 */
export function pickGrade(title: string, current: number | undefined, suggestion?: GradeSuggestion, handover?: QuickInputHandover): Promise<PickedGrade | undefined> {
  const suggested: GradeItem[] = suggestion ? [{ label: gradeLabel(suggestion.grade), description: vscode.l10n.t('suggested from {0}', suggestion.basis), grade: suggestion.grade }] : [];
  const grades: GradeItem[] = gradeChoices().map((choice) => ({
    label: choice.label,
    grade: choice.grade,
    ...(current !== undefined && Math.abs(current - choice.grade) < 1e-9 ? { description: vscode.l10n.t('current') } : {}),
  }));
  const clearItem: GradeItem = { ...clearGradeChoice(), grade: 'clear', alwaysShow: true };
  // The suggestion is offered first; the person still decides.
  const steps: GradeItem[] = suggested.length > 0 ? [...suggested, { label: vscode.l10n.t('all grades'), kind: vscode.QuickPickItemKind.Separator, grade: 'clear' }, ...grades] : grades;
  const base: GradeItem[] = current === undefined ? steps : [...steps, { label: '', kind: vscode.QuickPickItemKind.Separator, grade: 'clear' }, clearItem];
  const quickPick = vscode.window.createQuickPick<GradeItem>();
  quickPick.ignoreFocusOut = true;
  quickPick.title = title;
  quickPick.placeholder = current === undefined ? vscode.l10n.t('Not graded yet') : vscode.l10n.t('Current grade {0}', decimalSource(current));
  quickPick.prompt = defaultPrompt();
  quickPick.items = base;
  const nearest = current === undefined ? suggested[0] : grades.reduce((best, item) => (Math.abs(Number(item.grade) - current) < Math.abs(Number(best.grade) - current) ? item : best));
  if (nearest) quickPick.activeItems = [nearest];

  return new Promise<PickedGrade | undefined>((resolve) => {
    let done = false;
    const finish = (grade: PickedGrade | undefined) => {
      if (done) return;
      done = true;
      resolve(grade);
      quickPick.dispose();
    };
    quickPick.onDidChangeValue((value) => {
      if (value.trim() === '') {
        quickPick.items = base;
        quickPick.prompt = defaultPrompt();
        return;
      }
      // Typing "clear" (or its start, in English or the display language) finds Clear grade rather than a grade error.
      const text = value.trim().toLowerCase();
      if (current !== undefined && /^\p{L}/u.test(text) && ['clear grade', vscode.l10n.t('Clear grade').toLowerCase()].some((words) => words.startsWith(text))) {
        quickPick.items = [clearItem];
        quickPick.activeItems = [clearItem];
        quickPick.prompt = defaultPrompt();
        return;
      }
      const input = parseGradeInput(value);
      if ('error' in input) {
        quickPick.items = [];
        quickPick.prompt = input.error;
        return;
      }
      const typed: GradeItem = { label: decimalSource(input.grade), description: bandName(input.grade), grade: input.grade, alwaysShow: true };
      quickPick.items = [typed];
      quickPick.activeItems = [typed];
      quickPick.prompt = defaultPrompt();
    });
    quickPick.onDidAccept(() => {
      const item = quickPick.activeItems[0] ?? quickPick.selectedItems[0];
      if (item) return finish(item.grade);
      const input = parseGradeInput(quickPick.value);
      if ('error' in input) quickPick.prompt = input.error;
      else finish(input.grade);
    });
    quickPick.onDidHide(() => finish(undefined));
    quickPick.show();
    handover?.shown();
  });
}
