import * as vscode from 'vscode';

export interface GoalFileEvents {
  /** A file matching the include glob was created or changed on disk. */
  changed(uri: vscode.Uri): void;
  /** A file matching the include glob was deleted. */
  deleted(uri: vscode.Uri): void;
  /** A folder was created (a git checkout, an unzip, `mkdir -p` then a write): its goal files need a scan. */
  folderCreated(uri: vscode.Uri): void;
  /** A folder was deleted: only the folder is reported, never the files it held. */
  folderDeleted(uri: vscode.Uri): void;
}

/** Whether a uri matches a glob pattern such as the include and exclude settings. */
export function matchesGlob(uri: vscode.Uri, pattern: string): boolean {
  // languages.match is the API's one glob matcher for uris; it only needs the uri of a document.
  return vscode.languages.match({ pattern }, { uri, languageId: '' } as unknown as vscode.TextDocument) > 0;
}

/**
 * Watches goal files, and folders too: inotify reports a new folder, but files written into it
 * before its own watch is installed are never reported (a race every recursive watcher on
 * Linux has), and deleting a folder reports the folder alone.
 */
export function watchGoalFiles(include: string, isExcluded: (uri: vscode.Uri) => boolean, events: GoalFileEvents): vscode.Disposable {
  const files = vscode.workspace.createFileSystemWatcher(include);
  // Every path, but only creations and deletions; changes to non-goal files are never needed.
  const everything = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  const otherPath = (uri: vscode.Uri): boolean => !matchesGlob(uri, include) && !isExcluded(uri);
  return vscode.Disposable.from(
    files,
    everything,
    files.onDidCreate(events.changed),
    files.onDidChange(events.changed),
    files.onDidDelete(events.deleted),
    everything.onDidCreate(async (uri) => {
      if (!otherPath(uri)) return;
      try {
        if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) events.folderCreated(uri);
      } catch {
        // Gone again already: nothing to scan.
      }
    }),
    everything.onDidDelete((uri) => {
      if (otherPath(uri)) events.folderDeleted(uri);
    }),
  );
}
