import * as vscode from 'vscode';

/**
 * Shows the sample goals bundled with the extension. Inside the current workspace (working
 * on the extension itself, or a checkout) it reveals the folder; otherwise it offers to open
 * it in a new window, so the user's own window and goals stay as they are.
 */
export async function openSample(extensionUri: vscode.Uri): Promise<void> {
  const sample = vscode.Uri.joinPath(extensionUri, 'examples', 'goals');
  try {
    await vscode.workspace.fs.stat(sample);
  } catch {
    void vscode.window.showErrorMessage('The sample goals are not included in this installation of Growth Backlog.');
    return;
  }
  if (vscode.workspace.getWorkspaceFolder(sample)) {
    await vscode.commands.executeCommand('revealInExplorer', sample);
    return;
  }
  const open = 'Open in New Window';
  const choice = await vscode.window.showInformationMessage(
    'Open the sample goals in a new window?',
    { modal: true, detail: "One engineer's goals for two quarters and a backlog: objectives, key results, check-ins and reviews." },
    open,
  );
  if (choice === open) await vscode.commands.executeCommand('vscode.openFolder', sample, { forceNewWindow: true });
}
