import * as vscode from 'vscode';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { applyGoalEditOrExplain } from '../writes/applyGoalEdit.js';
import { parseConfidence } from '../core/confidence.js';
import { validateProgress } from './checkInInput.js';
import { pickObjective } from './goalPickers.js';
import { resourcesSummary } from '../core/goalResources.js';
import { answersOf, asGoalTarget } from './goalTarget.js';

interface CheckInAnswers {
  readonly progress: string;
  readonly next?: string;
  readonly confidence?: number;
}

/** The three prompts of a 1:1 check-in; undefined when the user cancels one. `resources` (time set aside, budget) is shown to talk about. */
async function askCheckIn(objectiveTitle: string, resources: string | undefined): Promise<CheckInAnswers | undefined> {
  // Notes are typed during a conversation: switching windows must not throw them away.
  const common = { ignoreFocusOut: true };
  const progress = await vscode.window.showInputBox({
    ...common,
    title: `Check-in: ${objectiveTitle} (1/3)`,
    prompt: resources ? `Progress since the last check-in (${resources}: was it enough?)` : 'Progress since the last check-in',
    placeHolder: 'e.g. Gave the first demo; feedback was good',
    validateInput: validateProgress,
  });
  if (progress === undefined) return undefined;
  const next = await vscode.window.showInputBox({ ...common, title: `Check-in: ${objectiveTitle} (2/3)`, prompt: 'Next steps (optional)', placeHolder: 'e.g. Pick the second topic' });
  if (next === undefined) return undefined;
  const confidence = await vscode.window.showInputBox({
    ...common,
    title: `Check-in: ${objectiveTitle} (3/3)`,
    prompt: 'Confidence of reaching the objective, 0 to 1 (optional)',
    placeHolder: 'e.g. 0.7',
    validateInput: (value) => {
      const input = parseConfidence(value);
      return 'error' in input ? input.error : undefined;
    },
  });
  if (confidence === undefined) return undefined;
  const parsed = parseConfidence(confidence);
  return { progress, ...(next.trim() ? { next } : {}), ...('confidence' in parsed && parsed.confidence !== undefined ? { confidence: parsed.confidence } : {}) };
}

function givenAnswers(answers: Readonly<Record<string, unknown>>): CheckInAnswers | undefined {
  const { progress, next, confidence } = answers;
  if (typeof progress !== 'string') return undefined;
  return { progress, ...(typeof next === 'string' ? { next } : {}), ...(typeof confidence === 'number' ? { confidence } : {}) };
}

/**
 * Add Check-in…: the objective from the target or a picker, then progress, next steps and
 * confidence (or `answers`), dated today, under `## Check-ins`.
 */
export async function addCheckInCommand(goals: GoalWorkspace, clock: Clock, argument?: unknown, answers?: unknown): Promise<boolean> {
  const target = asGoalTarget(argument);
  const uri = target?.uri ?? (await pickObjective(goals, clock, 'Add Check-in'))?.uri;
  if (!uri) return false;
  const objective = goals.index.get(uri)?.objective;
  const title = objective?.title || 'objective';
  const checkIn = givenAnswers(answersOf(answers)) ?? (await askCheckIn(title, objective ? resourcesSummary(objective) : undefined));
  if (!checkIn) return false;
  const applied = await applyGoalEditOrExplain(uri, (text) => goals.markdown.bodyEdits().addCheckIn(text, { date: clock.today(), ...checkIn }), { label: 'Add check-in' });
  if (applied) vscode.window.setStatusBarMessage(`$(check) Check-in added to "${title}"`, 4000);
  return applied;
}
