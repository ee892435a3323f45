import * as vscode from 'vscode';

/**
 * Which workspace folder a file belongs to, remembered per directory. VS Code's
 * `getWorkspaceFolder` walks a search tree of the folders for every call (a profile of a cold
 * start on 2,000 goal files spent 0.8 s in it: the diagnostics and each file's career framework
 * asked once per file); every file of one directory has the same innermost folder, so one
 * lookup per directory gives the same answers. A change of folders forgets them.
 */
export class WorkspaceFolderLookup implements vscode.Disposable {
  private readonly byDirectory = new Map<string, vscode.WorkspaceFolder | undefined>();
  private readonly subscription = vscode.workspace.onDidChangeWorkspaceFolders(() => this.byDirectory.clear());

  /** The workspace folder of a file's URI string (as the index keys files), or undefined outside the workspace. */
  folderOf(uri: string): vscode.WorkspaceFolder | undefined {
    const directory = uri.slice(0, uri.lastIndexOf('/'));
    if (this.byDirectory.has(directory)) return this.byDirectory.get(directory);
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri));
    this.byDirectory.set(directory, folder);
    return folder;
  }

  dispose(): void {
    this.subscription.dispose();
    this.byDirectory.clear();
  }
}
