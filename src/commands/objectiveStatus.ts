import * as vscode from 'vscode';
import { closeObjective, type ClosingKeyResultStatus } from '../core/edits/closeObjective.js';
import { objectiveStatuses, type ObjectiveStatus } from '../core/model.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { applyGoalEditOrExplain } from '../writes/applyGoalEdit.js';
import { goalEntries, pickObjective } from './goalPickers.js';
import { answersOf, asGoalTarget } from './goalTarget.js';

const statusDetails: Record<ObjectiveStatus, string> = {
  backlog: 'an idea, not started',
  active: 'being worked on this quarter',
  done: 'finished: grade its key results',
  dropped: 'abandoned; left out of the quarter score',
};

const openKeyResultChoices: readonly { status: ClosingKeyResultStatus | 'keep'; label: string; detail: string }[] = [
  { status: 'done', label: 'Set them done too', detail: 'Their grades stay as they are.' },
  { status: 'dropped', label: 'Set them dropped', detail: 'They no longer count in the objective score.' },
  { status: 'keep', label: 'Leave them as they are', detail: 'Only the objective changes.' },
];

const isChoice = (value: unknown): value is ClosingKeyResultStatus | 'keep' => openKeyResultChoices.some((choice) => choice.status === value);

/**
 * Set Objective Status…: the objective from the target (tree, lens) or a picker, then the
 * status (or `answers.status`). Done or dropped with key results still in To do or Doing asks
 * whether to close those too (or `answers.openKeyResults`: done, dropped or keep); all of it
 * is one edit, one undo. Resolves to whether the file changed.
 */
export async function setObjectiveStatus(goals: GoalWorkspace, clock: Clock, argument?: unknown, answers?: unknown): Promise<boolean> {
  const given = answersOf(answers);
  const target = asGoalTarget(argument);
  const entry = target ? (await goalEntries(goals, target.uri))[0] : await pickObjective(goals, clock, 'Set Objective Status');
  if (!entry) return false;
  const { objective } = entry;

  let status: ObjectiveStatus | undefined;
  if (given.status !== undefined) {
    if (!(objectiveStatuses as readonly unknown[]).includes(given.status)) {
      void vscode.window.showWarningMessage(`Growth Backlog: an objective status is one of ${objectiveStatuses.join(', ')}.`);
      return false;
    }
    status = given.status as ObjectiveStatus;
  } else {
    const items = objectiveStatuses.map((value) => ({ label: value, description: value === objective.status ? 'current' : '', detail: statusDetails[value], status: value }));
    status = (await vscode.window.showQuickPick(items, { title: `Status of "${objective.title || 'Untitled objective'}"`, placeHolder: 'Pick the new status' }))?.status;
  }
  if (!status) return false;

  const open = objective.keyResults.filter((keyResult) => keyResult.status === 'todo' || keyResult.status === 'doing');
  let openKeyResults: ClosingKeyResultStatus | 'keep' | undefined = 'keep';
  if ((status === 'done' || status === 'dropped') && open.length > 0) {
    openKeyResults = isChoice(given.openKeyResults)
      ? given.openKeyResults
      : (
          await vscode.window.showQuickPick(
            [...openKeyResultChoices],
            {
              title: `Set "${objective.title || 'Untitled objective'}" to ${status}`,
              placeHolder: `${open.length === 1 ? '1 key result is' : `${open.length} key results are`} still in To do or Doing (${open.map((keyResult) => keyResult.id).join(', ')}): close ${open.length === 1 ? 'it' : 'them'} too?`,
            },
          )
        )?.status;
    if (!openKeyResults) return false;
  }
  const closing = openKeyResults === 'keep' ? {} : { openKeyResults };
  const chosen = status;
  return applyGoalEditOrExplain(entry.uri, (text) => closeObjective(text, { status: chosen, ...closing }), { label: `Set objective ${chosen}` });
}
