import type * as vscode from 'vscode';
import { activateGrowthBacklog } from './activation.js';
import type { GrowthBacklogApi } from './extensionApi.js';
import { readStorageText } from './goalWorkspace/storageText.js';
import { workspaceFileReader } from './goalWorkspace/workspaceFileReader.js';
import { findWorkspaceFiles } from './goalWorkspace/workspaceFiles.js';
import type { BodyEditsModule, BodyParserModule } from './hostPlatform.js';

/**
 * The desktop extension host (Node): local files are read with Node, and the Markdown
 * modules are bundles of their own next to this one (out/bodyParser.js, out/bodyEdits.js),
 * required the first time a body is needed.
 */
export function activate(context: vscode.ExtensionContext): GrowthBacklogApi {
  return activateGrowthBacklog(context, {
    files: workspaceFileReader,
    readsAtOnce: 32,
    listFiles: findWorkspaceFiles,
    readStorageText,
    markdown: {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      bodyParser: () => require('./bodyParser.js') as BodyParserModule,
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      bodyEdits: () => require('./bodyEdits.js') as BodyEditsModule,
    },
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
