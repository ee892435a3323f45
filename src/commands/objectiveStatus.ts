import * as vscode from 'vscode';
import { closeObjective, type ClosingKeyResultStatus } from '../core/edits/closeObjective.js';
import { objectiveStatuses, type ObjectiveStatus } from '../core/model.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { applyGoalEditOrExplain } from '../writes/applyGoalEdit.js';
import { goalEntries, pickObjective } from './goalPickers.js';
import { answersOf, asGoalTarget } from './goalTarget.js';

const statusDetails = (): Record<ObjectiveStatus, string> => ({
  backlog: vscode.l10n.t('an idea, not started'),
  active: vscode.l10n.t('being worked on this quarter'),
  done: vscode.l10n.t('finished: grade its key results'),
  dropped: vscode.l10n.t('abandoned; left out of the quarter score'),
});

const openKeyResultChoices = (): readonly { status: ClosingKeyResultStatus | 'keep'; label: string; detail: string }[] => [
  { status: 'done', label: vscode.l10n.t('Set them done too'), detail: vscode.l10n.t('Their grades stay as they are.') },
  { status: 'dropped', label: vscode.l10n.t('Set them dropped'), detail: vscode.l10n.t('They no longer count in the objective score.') },
  { status: 'keep', label: vscode.l10n.t('Leave them as they are'), detail: vscode.l10n.t('Only the objective changes.') },
];

const isChoice = (value: unknown): value is ClosingKeyResultStatus | 'keep' => value === 'done' || value === 'dropped' || value === 'keep';

/**
 * Set Objective Status…: the objective from the target (tree, lens) or a picker, then the
 * status (or `answers.status`). Done or dropped with key results still in To do or Doing asks
 * whether to close those too (or `answers.openKeyResults`: done, dropped or keep); all of it
 * is one edit, one undo. Resolves to whether the file changed.
 */
export async function setObjectiveStatus(goals: GoalWorkspace, clock: Clock, argument?: unknown, answers?: unknown): Promise<boolean> {
  const given = answersOf(answers);
  const target = asGoalTarget(argument);
  const entry = target ? (await goalEntries(goals, target.uri))[0] : await pickObjective(goals, clock, vscode.l10n.t('Set Objective Status'));
  if (!entry) return false;
  const { objective } = entry;

  let status: ObjectiveStatus | undefined;
  if (given.status !== undefined) {
    if (!(objectiveStatuses as readonly unknown[]).includes(given.status)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Growth Backlog: an objective status is one of {0}.', objectiveStatuses.join(', ')));
      return false;
    }
    status = given.status as ObjectiveStatus;
  } else {
    const details = statusDetails();
    const items = objectiveStatuses.map((value) => ({ label: value, description: value === objective.status ? vscode.l10n.t('current') : '', detail: details[value], status: value }));
    status = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Status of "{0}"', objective.title || vscode.l10n.t('Untitled objective')), placeHolder: vscode.l10n.t('Pick the new status') }))?.status;
  }
  if (!status) return false;

  const open = objective.keyResults.filter((keyResult) => keyResult.status === 'todo' || keyResult.status === 'doing');
  let openKeyResults: ClosingKeyResultStatus | 'keep' | undefined = 'keep';
  if ((status === 'done' || status === 'dropped') && open.length > 0) {
    openKeyResults = isChoice(given.openKeyResults)
      ? given.openKeyResults
      : (
          await vscode.window.showQuickPick(
            [...openKeyResultChoices()],
            {
              title: vscode.l10n.t('Set "{0}" to {1}', objective.title || vscode.l10n.t('Untitled objective'), status),
              placeHolder:
                open.length === 1
                  ? vscode.l10n.t('1 key result is still in To do or Doing ({0}): close it too?', open.map((keyResult) => keyResult.id).join(', '))
                  : vscode.l10n.t('{0} key results are still in To do or Doing ({1}): close them too?', open.length, open.map((keyResult) => keyResult.id).join(', ')),
            },
          )
        )?.status;
    if (!openKeyResults) return false;
  }
  const closing = openKeyResults === 'keep' ? {} : { openKeyResults };
  const chosen = status;
  return applyGoalEditOrExplain(entry.uri, (text) => closeObjective(text, { status: chosen, ...closing }), { label: vscode.l10n.t('Set objective {0}', chosen) });
}
