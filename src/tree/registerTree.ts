import * as vscode from 'vscode';
import { contextKeys } from '../commandIds.js';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { extensionLog } from '../log/extensionLog.js';
import type { BacklogNode, TaskNode } from './backlogModel.js';
import { BacklogTreeProvider } from './backlogTreeProvider.js';
import { onStoryCheckboxes, tickStory } from './storyCheckboxes.js';
import { backlogViewId, registerTreeCommands } from './treeCommands.js';
import { TreeViewState } from './treeViewState.js';
import { snapshotTree, type TreeRowSnapshot } from './treeSnapshot.js';
import { viewTitle } from './viewTitle.js';

/** What integration tests read through `api.surfaces.tree`. */
export interface TreeSurface {
  /** The rows as shown, every level expanded down to `depth` (bodies are read for it). */
  rows(depth?: number): Promise<TreeRowSnapshot[]>;
  /** The elements below `parent` (the top level without one): what commands receive. */
  nodes(parent?: BacklogNode): Promise<BacklogNode[]>;
  treeItem(node: BacklogNode): vscode.TreeItem;
  /** What a click on a story's check box does. */
  tickStory(node: TaskNode, done: boolean): Promise<boolean>;
  /** The tree view refreshes when this fires. */
  readonly onDidChangeTreeData: vscode.Event<void>;
  readonly description: string | undefined;
  readonly message: string | undefined;
}

const treeSettings = ['growthBacklog.maxObjectivesPerQuarter'];

export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  const viewState = new TreeViewState(context.workspaceState);
  const provider = new BacklogTreeProvider(goals, api.calendar, api.commits, api.careerFrameworks, viewState, api.paints);
  // Only stories have check boxes, and ticking one must never tick others.
  const view = vscode.window.createTreeView(backlogViewId, { treeDataProvider: provider, showCollapseAll: true, manageCheckboxStateManually: true });

  const syncTitle = (): void => {
    const title = viewTitle(goals.goalFiles(), provider.options());
    view.description = title.description;
    view.message = title.message;
  };
  const syncShowFinished = (): Thenable<unknown> => vscode.commands.executeCommand('setContext', contextKeys.showFinished, viewState.showFinished);
  const refresh = (): void => {
    provider.refresh();
    syncTitle();
  };

  context.subscriptions.push(
    viewState,
    provider,
    view,
    viewState.onDidChange(refresh),
    goals.onDidChange(refresh),
    api.commits.onDidChange(refresh),
    // Check-in ages and the current quarter (listed first, named in the title) follow the date.
    api.calendar.onDidChangeDay(refresh),
    // Career groups take their names and order from the framework file.
    api.careerFrameworks.onDidChange(refresh),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (treeSettings.some((section) => event.affectsConfiguration(section))) refresh();
    }),
  );
  context.subscriptions.push(onStoryCheckboxes(goals, view, refresh));
  registerTreeCommands(context, goals, view, viewState);
  // How long a user waits for the backlog (npm run bench:activation reads this line): until
  // the tree has rows, and until VS Code, which asks when it gets round to it, has them.
  void Promise.all([provider.rowsReadyAt, provider.rowsGivenAt]).then(([ready, given]) => {
    const since = (at: number): string => (at - api.activationStartedAt).toFixed(1);
    extensionLog().info(`Backlog tree: rows ready ${since(ready)} ms after activation started, received by VS Code after ${since(given)} ms (${goals.index.objectives().length} objectives)`);
  });
  void syncShowFinished();
  syncTitle();

  const surface: TreeSurface = {
    rows: (depth) => snapshotTree(provider, depth),
    nodes: (parent) => provider.getChildren(parent),
    treeItem: (node) => provider.getTreeItem(node),
    tickStory: (node, done) => tickStory(goals, node, done, refresh),
    onDidChangeTreeData: provider.onDidChangeTreeData,
    get description() {
      return view.description;
    },
    get message() {
      return view.message;
    },
  };
  api.surfaces.tree = surface;
}
