import * as vscode from 'vscode';
import type { GoalTarget } from '../commandIds.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';

/** Tree rows carry their own 1-based line; a bare GoalTarget is looked up in the index. */
export interface LineTarget extends GoalTarget {
  readonly line?: number;
  readonly column?: number;
}

function isLineTarget(value: unknown): value is LineTarget {
  return typeof value === 'object' && value !== null && typeof (value as { uri?: unknown }).uri === 'string';
}

function positionOf(goals: GoalWorkspace, target: LineTarget): { line: number; column: number } {
  if (typeof target.line === 'number') return { line: target.line, column: target.column ?? 1 };
  const file = goals.index.get(target.uri);
  const range = (target.keyResultId === undefined ? undefined : goals.index.findKeyResult(target.uri, target.keyResultId)?.range) ?? file?.objective?.range;
  return range ? { line: range.line, column: range.column } : { line: 1, column: 1 };
}

/** Opens the goal file with the cursor on the row's line (objective, key result or task). */
export async function openAtLine(goals: GoalWorkspace, target: unknown): Promise<void> {
  if (!isLineTarget(target)) return;
  const { line, column } = positionOf(goals, target);
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  const range = new vscode.Range(position, position);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
