import * as vscode from 'vscode';
import { commitsOf, type LinkedCommit } from '../core/commitEvidence.js';
import { asGoalTarget } from '../commands/goalTarget.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import type { WorkspaceCommits } from './workspaceCommits.js';

function isLinkedCommit(value: unknown): value is LinkedCommit & { repository: string } {
  const commit = value as Partial<LinkedCommit> | undefined;
  return typeof commit?.hash === 'string' && /^[0-9a-f]{7,64}$/.test(commit.hash) && typeof commit.repository === 'string';
}

/** Shows one commit's changes in VS Code's own multi-file diff (the Git extension's Open Commit). */
async function showCommit(commit: LinkedCommit & { repository: string }, file?: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('git.viewCommit', vscode.Uri.parse(commit.repository), commit.hash, ...(file ? [file] : []));
}

/**
 * Opens a linked commit. From a tree row the argument is the commit itself; from a code lens
 * or the board it is a key result (`{ uri, keyResultId }`), and the user picks one of its commits.
 */
export async function openCommit(goals: GoalWorkspace, commits: WorkspaceCommits, argument?: unknown): Promise<void> {
  const fromRow = (argument as { commit?: unknown } | undefined)?.commit;
  if (isLinkedCommit(fromRow)) return showCommit(fromRow);
  const target = asGoalTarget(argument);
  if (!target?.keyResultId) return;
  const linked = commitsOf(commits.evidence, target.uri, target.keyResultId).filter(isLinkedCommit);
  if (linked.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Growth Backlog: no commits name this key result yet (add a Key-Result: trailer with Link Commit to Key Result…).'));
    return;
  }
  const title = goals.index.findKeyResult(target.uri, target.keyResultId)?.title ?? target.keyResultId;
  const items = linked.map((commit) => ({ label: commit.subject || vscode.l10n.t('(no subject)'), description: `${commit.date} · ${commit.hash.slice(0, 7)}`, commit }));
  const chosen = linked.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Commits for "{0}"', title), placeHolder: vscode.l10n.t('Open a commit'), matchOnDescription: true });
  if (chosen) await showCommit(chosen.commit);
}
