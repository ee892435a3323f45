import * as vscode from 'vscode';
import { commandIds, contextKeys } from '../commandIds.js';
import type { TreeGrouping } from '../configuration.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import type { BacklogNode } from './backlogModel.js';
import { openAtLine } from './openAtLine.js';
import { openSample } from './openSample.js';
import type { TreeViewState } from './treeViewState.js';

export const backlogViewId = 'growthBacklog.backlog';

/** The commands that belong to the backlog tree; the view itself re-renders when its state changes. */
export function registerTreeCommands(context: vscode.ExtensionContext, goals: GoalWorkspace, view: vscode.TreeView<BacklogNode>, viewState: TreeViewState): void {
  const group = (grouping: TreeGrouping) => () => viewState.setGrouping(grouping);
  const setShowFinished = async (show: boolean): Promise<void> => {
    // Flip the title-bar eye at once rather than after the state is stored.
    await vscode.commands.executeCommand('setContext', contextKeys.showFinished, show);
    await viewState.setShowFinished(show);
  };
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
