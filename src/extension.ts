import type * as vscode from 'vscode';
import type { GrowthBacklogApi } from './extensionApi.js';
// In the desktop bundle this import is out/web/extension.js, loaded at run time (scripts/build.mjs):
// both hosts run the one bundle of the shared activation, the core and its libraries.
import { activateGrowthBacklog, markdownModules } from './extensionWeb.js';
import { readStorageText } from './goalWorkspace/storageText.js';
import { workspaceFileReader } from './goalWorkspace/workspaceFileReader.js';
import { findWorkspaceFiles } from './goalWorkspace/workspaceFiles.js';

/**
 * The desktop extension host (Node): what differs from the web worker host is only how files
 * are listed and read. Local folders are listed and read with Node; everything else comes from
 * the web bundle, so no library ships twice in the .vsix.
 */
export function activate(context: vscode.ExtensionContext): GrowthBacklogApi {
  return activateGrowthBacklog(context, {
    files: workspaceFileReader,
    readsAtOnce: 32,
    listFiles: findWorkspaceFiles,
    readStorageText,
    markdown: markdownModules,
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
