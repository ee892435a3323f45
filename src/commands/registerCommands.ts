import * as vscode from 'vscode';
import { commandIds } from '../commandIds.js';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { addKeyResultCommand } from './addKeyResultCommand.js';
import { addCheckInCommand } from './checkInCommand.js';
import { gradeKeyResult } from './gradeKeyResult.js';
import { moveKeyResult, setKeyResultStatus } from './keyResultStatus.js';
import { newObjective } from './newObjective.js';
import { setObjectiveStatus } from './objectiveStatus.js';
import { startNextQuarter } from './startNextQuarter.js';
import { completeWalkthroughStep, type WalkthroughStep } from '../walkthrough/completeStep.js';
import { afterWalkthroughFocus } from '../walkthrough/walkthroughButton.js';

/**
 * Passes a command's result on, ticking the walkthrough step when the command did its work
 * (by default: a result that is not false or undefined).
 */
const ticking =
  <T>(step: WalkthroughStep, didWork: (result: T) => boolean = Boolean) =>
  (result: T): T => {
    if (didWork(result)) completeWalkthroughStep(step);
    return result;
  };

/**
 * The editing commands. Each takes an optional GoalTarget (tree item, code lens, board) and
 * otherwise asks with quick picks; every write goes through applyGoalEditOrExplain. They
 * resolve to what they did, which integration tests read through executeCommand.
 */
export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  const clock = api.calendar;
  context.subscriptions.push(
    vscode.commands.registerCommand(commandIds.gradeKeyResult, async (target?: unknown, answers?: unknown) => gradeKeyResult(goals, clock, await afterWalkthroughFocus(target), answers).then(ticking('keyResultGraded'))),
    vscode.commands.registerCommand(commandIds.setKeyResultStatus, (target?: unknown, answers?: unknown) => setKeyResultStatus(goals, clock, target, answers)),
    vscode.commands.registerCommand(commandIds.setObjectiveStatus, (target?: unknown, answers?: unknown) => setObjectiveStatus(goals, clock, target, answers)),
    vscode.commands.registerCommand(commandIds.moveKeyResult, (target?: unknown) => moveKeyResult(goals, clock, target)),
    vscode.commands.registerCommand(commandIds.newObjective, async (target?: unknown, answers?: unknown) => {
      await afterWalkthroughFocus(target);
      return newObjective(goals, clock, answers).then(ticking('objectiveCreated'));
    }),
    vscode.commands.registerCommand(commandIds.addCheckIn, async (target?: unknown, answers?: unknown) =>
      // A round of check-ins ticks the step when it wrote at least one.
      addCheckInCommand(goals, api.commits, clock, await afterWalkthroughFocus(target), answers).then(ticking('checkInAdded', (result) => (Array.isArray(result) ? result.some((entry) => entry.written) : result))),
    ),
    vscode.commands.registerCommand(commandIds.addKeyResult, (target?: unknown, answers?: unknown) => addKeyResultCommand(goals, clock, target, answers)),
    vscode.commands.registerCommand(commandIds.startNextQuarter, (_target?: unknown, answers?: unknown) => startNextQuarter(goals, clock, answers)),
  );
}
