import * as vscode from 'vscode';
import type { EditResult } from '../core/edits/editableGoal.js';
import { whyEditWouldChangeOtherBytes } from './unchangedBytesCheck.js';
import { contentVersion } from '../core/fileVersion.js';

export type GoalEditOutcome = { applied: true } | { applied: false; reason: string };

/**
 * The one path by which the extension writes goal files: a core edit computed on the
 * document's current text (unsaved changes included) becomes a WorkspaceEdit, so it is
 * undoable with Ctrl+Z and never clobbers what the user typed. The edit is refused with a
 * reason when the file no longer parses, the key result is gone, the document changed
 * since the caller looked at it (`expectedVersion`), or saving it would change bytes the
 * edit does not touch (not UTF-8, mixed line endings: see whyEditWouldChangeOtherBytes).
 */
export async function applyGoalEdit(
  uri: string,
  edit: (text: string) => EditResult,
  options: { expectedVersion?: string; label?: string; save?: boolean } = {},
): Promise<GoalEditOutcome> {
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  } catch {
    return { applied: false, reason: vscode.l10n.t('The goal file could not be opened; it may have been moved or deleted.') };
  }
  if (options.expectedVersion !== undefined && document.isDirty && options.expectedVersion !== contentVersion(document.getText())) {
    return { applied: false, reason: vscode.l10n.t('The goal file changed while you were editing it; try again on the updated view.') };
  }
  const wouldChangeOtherBytes = await whyEditWouldChangeOtherBytes(document);
  if (wouldChangeOtherBytes) return { applied: false, reason: wouldChangeOtherBytes };
  const wasDirty = document.isDirty;
  const text = document.getText();
  const result = edit(text);
  if (!result.ok) return { applied: false, reason: result.message };
  if (result.edits.length === 0) return { applied: true };
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const change of result.edits) {
    const range = new vscode.Range(document.positionAt(change.start), document.positionAt(change.end));
    workspaceEdit.replace(document.uri, range, change.newText, options.label ? { label: options.label, needsConfirmation: false } : undefined);
  }
  const applied = await vscode.workspace.applyEdit(workspaceEdit);
  if (!applied) return { applied: false, reason: vscode.l10n.t('VS Code did not apply the edit (the file may be read-only).') };
  // A clean file is saved so git, the CLI and other tools see the change; a file with the
  // user's unsaved work stays unsaved: saving it would commit their half-typed text.
  if (!wasDirty && options.save !== false && !(await document.save())) {
    return { applied: false, reason: vscode.l10n.t('The edit was applied in the editor but the file could not be saved; save it to keep the change.') };
  }
  return { applied: true };
}

/** Applies an edit and tells the user why when it is refused. */
export async function applyGoalEditOrExplain(uri: string, edit: (text: string) => EditResult, options?: Parameters<typeof applyGoalEdit>[2]): Promise<boolean> {
  const outcome = await applyGoalEdit(uri, edit, options);
  if (!outcome.applied) void vscode.window.showWarningMessage(vscode.l10n.t('Growth Backlog: {0}', outcome.reason));
  return outcome.applied;
}
