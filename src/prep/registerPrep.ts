import * as vscode from 'vscode';
import { commandIds } from '../commandIds.js';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { prepareOneOnOne } from './prepareOneOnOne.js';

/** The 1:1 prep command. */
export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(commandIds.prepareOneOnOne, (_target?: unknown, answers?: unknown) => prepareOneOnOne(goals, api.commits, api.calendar, answers)),
  );
}
