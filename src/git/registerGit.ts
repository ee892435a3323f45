import * as vscode from 'vscode';
import { commandIds } from '../commandIds.js';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { linkCommitToKeyResult } from './linkCommit.js';
import { openCommit } from './openCommit.js';

/** The commands around commits linked to key results. */
export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(commandIds.linkCommitToKeyResult, (argument?: unknown) => linkCommitToKeyResult(goals, api.commits, api.calendar, argument)),
    vscode.commands.registerCommand(commandIds.openCommit, (argument?: unknown) => openCommit(goals, api.commits, argument)),
  );
}
