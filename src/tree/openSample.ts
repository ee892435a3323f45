import * as vscode from 'vscode';

/**
 * Shows the sample goals bundled with the extension. Inside the current workspace (working
 * on the extension itself, or a checkout) it reveals the folder; otherwise it offers to open
 * a copy in a new window, so the user's own window and goals stay as they are and their
 * edits to the sample survive extension updates (the installed folder is replaced then).
 */
export async function openSample(extensionUri: vscode.Uri, storageUri: vscode.Uri): Promise<void> {
  const sample = vscode.Uri.joinPath(extensionUri, 'examples', 'goals');
  try {
    await vscode.workspace.fs.stat(sample);
  } catch {
    void vscode.window.showErrorMessage(vscode.l10n.t('The sample goals are not included in this installation of Growth Backlog.'));
    return;
  }
  if (vscode.workspace.getWorkspaceFolder(sample)) {
    await vscode.commands.executeCommand('revealInExplorer', sample);
    return;
  }
  const open = vscode.l10n.t('Open in New Window');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Open the sample goals in a new window?'),
    { modal: true, detail: vscode.l10n.t("One engineer's goals for two quarters and a backlog: objectives, key results, check-ins and reviews.") },
    open,
  );
  if (choice !== open) return;
  const copy = vscode.Uri.joinPath(storageUri, 'sample-goals');
  const exists = await vscode.workspace.fs.stat(copy).then(
    () => true,
    () => false,
  );
  if (!exists) await vscode.workspace.fs.copy(sample, copy, { overwrite: false });
  await vscode.commands.executeCommand('vscode.openFolder', copy, { forceNewWindow: true });
}
