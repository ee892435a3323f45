import * as vscode from 'vscode';
import { setKeyResultStatus as setStatusEdit } from '../core/edits/setKeyResultStatus.js';
import { keyResultStatuses, type KeyResultStatus } from '../core/model.js';
import type { Clock } from '../core/ports.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { applyGoalEditOrExplain } from '../writes/applyGoalEdit.js';
import { pickKeyResult } from './goalPickers.js';
import { answersOf, asGoalTarget, asMoveTarget } from './goalTarget.js';

const statusDetails = (): Record<KeyResultStatus, string> => ({
  todo: vscode.l10n.t('not started'),
  doing: vscode.l10n.t('in progress'),
  done: vscode.l10n.t('finished (grade it too)'),
  dropped: vscode.l10n.t('no longer pursued; not counted in the score'),
});

function writeStatus(uri: string, keyResultId: string, status: KeyResultStatus): Promise<boolean> {
  return applyGoalEditOrExplain(uri, (text) => setStatusEdit(text, { keyResultId, status }), { label: vscode.l10n.t('Set {0} to {1}', keyResultId, status) });
}

/** Set Key Result Status…: key result from the target or a picker, then the status (or `answers.status`). */
export async function setKeyResultStatus(goals: GoalWorkspace, clock: Clock, argument?: unknown, answers?: unknown): Promise<boolean> {
  const target = asGoalTarget(argument);
  const picked = target?.keyResultId ? { uri: target.uri, keyResultId: target.keyResultId } : await pickKeyResult(goals, clock, vscode.l10n.t('Set Key Result Status'), target?.uri);
  if (!picked) return false;
  const given = answersOf(answers).status;
  let status: KeyResultStatus | undefined;
  if (given !== undefined) {
    if (!(keyResultStatuses as readonly unknown[]).includes(given)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Growth Backlog: a key result status is one of {0}.', keyResultStatuses.join(', ')));
      return false;
    }
    status = given as KeyResultStatus;
  } else {
    const current = goals.index.findKeyResult(picked.uri, picked.keyResultId);
    const details = statusDetails();
    const items = keyResultStatuses.map((value) => ({ label: value, description: value === current?.status ? vscode.l10n.t('current') : '', detail: details[value], status: value }));
    const choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Status of "{0}"', current?.title || picked.keyResultId), placeHolder: vscode.l10n.t('Pick the new status') });
    status = choice?.status;
  }
  return status ? writeStatus(picked.uri, picked.keyResultId, status) : false;
}

/** The code lens variant: `{uri, keyResultId, status}` moves at once; anything less asks like the palette command. */
export function moveKeyResult(goals: GoalWorkspace, clock: Clock, argument?: unknown): Promise<boolean> {
  const move = asMoveTarget(argument);
  return move ? writeStatus(move.uri, move.keyResultId, move.status) : setKeyResultStatus(goals, clock, argument);
}
