import type * as vscode from 'vscode';

/**
 * Writes the way files arrive from a checkout or an unzip, for suites that run in both
 * extension hosts: Node's fs on the desktop (another program, as git is), `workspace.fs` in
 * the web worker host (the only way to write there). Either way the extension hears of them
 * from its file watcher only.
 */
export interface TestDisk {
  /** Creates the files and every folder they need, in one go. */
  writeFiles(files: readonly { uri: vscode.Uri; text: string }[]): Promise<void>;
  /** Deletes a folder and everything in it. */
  removeFolder(uri: vscode.Uri): Promise<void>;
}
