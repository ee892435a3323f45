import * as vscode from 'vscode';
import { commandIds, contextKeys } from '../commandIds.js';
import { updateSetting, type TreeGrouping } from '../configuration.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import type { BacklogNode } from './backlogModel.js';
import { openAtLine } from './openAtLine.js';
import { openSample } from './openSample.js';

export const backlogViewId = 'growthBacklog.backlog';

async function update(key: 'tree.groupBy' | 'tree.showFinished', value: unknown): Promise<void> {
  try {
    await updateSetting(key, value);
  } catch (error) {
    // Workspace settings need a folder; without one there is no backlog to regroup anyway.
    void vscode.window.showErrorMessage(`Could not change growthBacklog.${key}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function setShowFinished(show: boolean): Promise<void> {
  // Flip the title-bar eye at once rather than after the settings round trip.
  await vscode.commands.executeCommand('setContext', contextKeys.showFinished, show);
  await update('tree.showFinished', show);
}

/** The commands that belong to the backlog tree; the view itself re-renders on the setting change. */
export function registerTreeCommands(context: vscode.ExtensionContext, goals: GoalWorkspace, view: vscode.TreeView<BacklogNode>): void {
  const group = (grouping: TreeGrouping) => () => update('tree.groupBy', grouping);
  context.subscriptions.push(
    vscode.commands.registerCommand(commandIds.refresh, () => vscode.window.withProgress({ location: { viewId: backlogViewId } }, () => goals.rescan())),
    vscode.commands.registerCommand(commandIds.groupByQuarter, group('quarter')),
    vscode.commands.registerCommand(commandIds.groupByStatus, group('status')),
    vscode.commands.registerCommand(commandIds.groupByCareer, group('career')),
    vscode.commands.registerCommand(commandIds.hideFinished, () => setShowFinished(false)),
    vscode.commands.registerCommand(commandIds.showFinished, () => setShowFinished(true)),
    // From a row's context menu VS Code passes the row; from a keybinding, use the selection.
    vscode.commands.registerCommand(commandIds.openAtLine, (target?: unknown) => openAtLine(goals, target ?? view.selection[0])),
    vscode.commands.registerCommand(commandIds.openSample, () => openSample(context.extensionUri, context.globalStorageUri)),
  );
}
