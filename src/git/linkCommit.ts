import * as vscode from 'vscode';
import { goalFileName, resolveReference, type GoalEntry } from '../core/commitEvidence.js';
import { withKeyResultTrailer, type KeyResultReference } from '../core/keyResultTrailers.js';
import type { Clock } from '../core/ports.js';
import { pickKeyResult } from '../commands/goalPickers.js';
import { asGoalTarget } from '../commands/goalTarget.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import type { GitRepository } from './gitExtensionApi.js';
import type { WorkspaceCommits } from './workspaceCommits.js';

/**
 * The shortest reference that names the goal file: its name, or the name with as many of
 * its folders in front as it takes for a commit made today to link to this very file.
 */
export function referenceFor(uri: string, keyResultId: string, today: string, goals: readonly GoalEntry[]): KeyResultReference {
  const segments = decodeURIComponent(vscode.Uri.parse(uri).path).split('/').filter(Boolean);
  const name = goalFileName(uri);
  for (let folders = 0; folders < segments.length; folders++) {
    const candidate = [...segments.slice(segments.length - 1 - folders, segments.length - 1), name].join('/');
    const resolution = resolveReference({ name: candidate, keyResultId }, today, goals);
    if (resolution.kind === 'resolved' && resolution.uri === uri) return { name: candidate, keyResultId };
  }
  return { name, keyResultId };
}

/** The repository whose commit message gets the trailer: the SCM view's own, the only one, or the user's pick. */
async function pickRepository(commits: WorkspaceCommits, argument: unknown): Promise<GitRepository | undefined> {
  const root = (argument as { rootUri?: unknown } | undefined)?.rootUri;
  if (root instanceof vscode.Uri) {
    const fromView = commits.repositoryOf(root);
    if (fromView) return fromView;
  }
  const repositories = commits.repositories();
  if (repositories.length <= 1) return repositories[0];
  const items = repositories.map((repository) => ({ label: vscode.workspace.asRelativePath(repository.rootUri, true) || repository.rootUri.fsPath, repository }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Link Commit to Key Result'), placeHolder: vscode.l10n.t('Which repository is the commit for?') }))?.repository;
}

/**
 * Link Commit to Key Result…: adds `Key-Result: <goal file>/<kr-id>` to the commit message
 * being written in the Source Control view. Answers: `{ uri, keyResultId }` as the first
 * argument skip the key result picker. Resolves to the new message, or undefined.
 */
export async function linkCommitToKeyResult(goals: GoalWorkspace, commits: WorkspaceCommits, clock: Clock, argument?: unknown): Promise<string | undefined> {
  if (!commits.connected) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Growth Backlog: linking a commit needs Git (the built-in Git extension, with git.enabled on) and a repository.'));
    return undefined;
  }
  const target = asGoalTarget(argument);
  const repository = await pickRepository(commits, argument);
  if (!repository) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Growth Backlog: no Git repository is open in this workspace.'));
    return undefined;
  }
  const picked = target?.keyResultId ? { uri: target.uri, keyResultId: target.keyResultId } : await pickKeyResult(goals, clock, vscode.l10n.t('Link Commit to Key Result'));
  if (!picked) return undefined;
  const reference = referenceFor(picked.uri, picked.keyResultId, clock.today(), goals.index.objectives());
  const message = withKeyResultTrailer(repository.inputBox.value, reference);
  repository.inputBox.value = message;
  await vscode.commands.executeCommand('workbench.view.scm');
  return message;
}
