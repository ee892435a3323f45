import * as vscode from 'vscode';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { applyGoalEdit } from '../writes/applyGoalEdit.js';
import type { BacklogNode, TaskNode } from './backlogModel.js';

/**
 * Ticks or unticks a story from its tree check box: the one character between its brackets
 * changes, through the one write path (undoable, unsaved text respected). A refusal puts the
 * box back (the tree refreshes) and says why.
 */
export async function tickStory(goals: GoalWorkspace, node: TaskNode, done: boolean, refresh: () => void): Promise<boolean> {
  const outcome = await applyGoalEdit(node.uri, (text) => goals.markdown.bodyEdits().setStoryDone(text, { line: node.task.line, done, text: node.task.text }), {
    label: done ? vscode.l10n.t('Tick story') : vscode.l10n.t('Untick story'),
  });
  if (!outcome.applied) {
    refresh();
    void vscode.window.showWarningMessage(vscode.l10n.t('Growth Backlog: {0}', outcome.reason));
  }
  return outcome.applied;
}

export function onStoryCheckboxes(goals: GoalWorkspace, view: vscode.TreeView<BacklogNode>, refresh: () => void): vscode.Disposable {
  return view.onDidChangeCheckboxState(async (event) => {
    // One at a time: two ticks in one file must each see the other's result.
    for (const [node, state] of event.items) {
      if (node.kind === 'task') await tickStory(goals, node, state === vscode.TreeItemCheckboxState.Checked, refresh);
    }
  });
}
