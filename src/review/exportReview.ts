import * as vscode from 'vscode';
import type { Clock } from '../core/ports.js';
import { isQuarter } from '../core/quarter.js';
import { renderQuarterReviewMarkdown } from '../core/quarterReviewMarkdown.js';
import { answersOf } from '../commands/goalTarget.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { problemsPanelHints } from './problemsPanelHints.js';
import { firstReviewQuarter, workspaceReview } from './workspaceReview.js';

/**
 * Written beside the target and renamed over it: a crash never leaves half a file. Through
 * workspace.fs, so it works on every file system VS Code has (the web host's too).
 */
async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const temporary = vscode.Uri.joinPath(target, '..', `.${name}.${suffix}.tmp`);
  try {
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}

/**
 * Export Quarter Review…: the review of a quarter as one Markdown file, the same text
 * `growth-backlog report --quarter Q --format md` prints. The file is asked for with a save
 * dialog (`answers.uri` skips it). Resolves to the file written, or undefined.
 */
export async function exportQuarterReview(goals: GoalWorkspace, clock: Clock, argument?: unknown, answers?: unknown): Promise<vscode.Uri | undefined> {
  const asked = (argument as { quarter?: unknown } | undefined)?.quarter;
  const quarter = typeof asked === 'string' && isQuarter(asked) ? asked : await firstReviewQuarter(goals, clock.today());
  const given = answersOf(answers).uri;
  let target = typeof given === 'string' ? vscode.Uri.parse(given) : undefined;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export the {0} review', quarter),
      saveLabel: vscode.l10n.t('Export'),
      filters: { Markdown: ['md'] },
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `${quarter}-review.md`) } : {}),
    });
  }
  if (!target) return undefined;
  const { review } = await workspaceReview(goals, quarter, problemsPanelHints);
  try {
    await writeAtomically(target, renderQuarterReviewMarkdown(review));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Growth Backlog: could not write {0}: {1}', target.fsPath, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('Growth Backlog: the {0} review is in {1}.', quarter, vscode.workspace.asRelativePath(target)), open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(target);
  });
  return target;
}
