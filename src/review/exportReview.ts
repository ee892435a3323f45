import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { Clock } from '../core/ports.js';
import { isQuarter } from '../core/quarter.js';
import { renderQuarterReviewMarkdown } from '../core/quarterReviewMarkdown.js';
import { answersOf } from '../commands/goalTarget.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { firstReviewQuarter, workspaceReview } from './workspaceReview.js';

/** A local file is written beside itself and renamed over the target: a crash never leaves half a file. */
async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
  if (target.scheme !== 'file') {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    return;
  }
  const temporary = join(dirname(target.fsPath), `.${basename(target.fsPath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temporary, target.fsPath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
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
      title: `Export the ${quarter} review`,
      saveLabel: 'Export',
      filters: { Markdown: ['md'] },
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `${quarter}-review.md`) } : {}),
    });
  }
  if (!target) return undefined;
  const { review } = await workspaceReview(goals, quarter);
  try {
    await writeAtomically(target, renderQuarterReviewMarkdown(review));
  } catch (error) {
    void vscode.window.showErrorMessage(`Growth Backlog: could not write ${target.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const open = 'Open';
  void vscode.window.showInformationMessage(`Growth Backlog: the ${quarter} review is in ${vscode.workspace.asRelativePath(target)}.`, open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(target);
  });
  return target;
}
