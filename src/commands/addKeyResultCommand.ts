import * as vscode from 'vscode';
import { addKeyResult } from '../core/edits/addKeyResult.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { applyGoalEditOrExplain } from '../writes/applyGoalEdit.js';
import { pickObjective } from './goalPickers.js';
import { answersOf, asGoalTarget } from './goalTarget.js';
import { parseTargetInput, suggestedKeyResultId, validateKeyResultId, validateKeyResultTitle } from './keyResultInput.js';

interface NewKeyResultAnswers {
  readonly title: string;
  readonly id: string;
  readonly target?: number;
}

/** Title, id (suggested from the title) and an optional target; undefined when the user cancels one. */
async function askKeyResult(objectiveTitle: string, taken: readonly string[]): Promise<NewKeyResultAnswers | undefined> {
  const common = { ignoreFocusOut: true };
  const title = await vscode.window.showInputBox({
    ...common,
    title: vscode.l10n.t('Add Key Result to "{0}" (1/3)', objectiveTitle),
    prompt: vscode.l10n.t('What result will show the objective is met?'),
    placeHolder: vscode.l10n.t('e.g. Present something I built at 2 sprint demos'),
    validateInput: validateKeyResultTitle,
  });
  if (title === undefined) return undefined;
  const id = await vscode.window.showInputBox({
    ...common,
    title: vscode.l10n.t('Add Key Result to "{0}" (2/3)', objectiveTitle),
    prompt: vscode.l10n.t('A short id, unique in this file (commits name it in their Key-Result: trailer)'),
    value: suggestedKeyResultId(title, taken),
    validateInput: (value) => validateKeyResultId(value, taken),
  });
  if (id === undefined) return undefined;
  const target = await vscode.window.showInputBox({
    ...common,
    title: vscode.l10n.t('Add Key Result to "{0}" (3/3)', objectiveTitle),
    prompt: vscode.l10n.t('The number you aim for (optional): progress then shows as current / target'),
    placeHolder: vscode.l10n.t('e.g. 2'),
    validateInput: (value) => {
      const input = parseTargetInput(value);
      return 'error' in input ? input.error : undefined;
    },
  });
  if (target === undefined) return undefined;
  const parsed = parseTargetInput(target);
  return { title, id: id.trim(), ...('target' in parsed && parsed.target !== undefined ? { target: parsed.target } : {}) };
}

function givenAnswers(answers: Readonly<Record<string, unknown>>): NewKeyResultAnswers | undefined {
  const { title, id, target } = answers;
  if (typeof title !== 'string' || typeof id !== 'string') return undefined;
  return { title, id, ...(typeof target === 'number' ? { target } : {}) };
}

/**
 * Add Key Result…: the objective from the target (lens, tree, board) or a picker, then a
 * title, id and optional target (or `answers`), appended to `key_results` in the file's own
 * layout. Resolves to whether the file changed.
 */
export async function addKeyResultCommand(goals: GoalWorkspace, clock: Clock, argument?: unknown, answers?: unknown): Promise<boolean> {
  const target = asGoalTarget(argument);
  const uri = target?.uri ?? (await pickObjective(goals, clock, vscode.l10n.t('Add Key Result')))?.uri;
  if (!uri) return false;
  const objective = goals.index.get(uri)?.objective;
  const title = objective?.title || vscode.l10n.t('objective');
  const taken = objective?.keyResults.map((keyResult) => keyResult.id) ?? [];
  const keyResult = givenAnswers(answersOf(answers)) ?? (await askKeyResult(title, taken));
  if (!keyResult) return false;
  const applied = await applyGoalEditOrExplain(uri, (text) => addKeyResult(text, keyResult), { label: vscode.l10n.t('Add key result') });
  if (applied) vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Key result "{0}" added to "{1}"', keyResult.id, title)}`, 4000);
  return applied;
}
