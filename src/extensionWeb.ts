import * as vscode from 'vscode';
import { activateGrowthBacklog } from './activation.js';
import type { GrowthBacklogApi } from './extensionApi.js';
import { fileSystemReader, fileSystemReadsAtOnce } from './goalWorkspace/fileSystemReader.js';
import { readStorageThroughFileSystem } from './goalWorkspace/indexCacheStore.js';
import type { BodyEditsModule, BodyParserModule } from './hostPlatform.js';

/**
 * The web worker extension host (VS Code for the Web, `browser` in package.json): every file
 * is read through `workspace.fs`. The host loads one file per extension and its `require`
 * knows only `vscode`, so the Markdown modules are inside this bundle: esbuild wraps each
 * required module in an initialiser that runs on the first call, so activation still does
 * not evaluate remark.
 */
export function activate(context: vscode.ExtensionContext): GrowthBacklogApi {
  return activateGrowthBacklog(context, {
    files: fileSystemReader,
    readsAtOnce: fileSystemReadsAtOnce,
    listFiles: (include, exclude) => Promise.resolve(vscode.workspace.findFiles(include, exclude)),
    readStorageText: readStorageThroughFileSystem,
    markdown: {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      bodyParser: () => require('./core/body.js') as BodyParserModule,
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      bodyEdits: () => require('./core/edits/bodyEditsEntry.js') as BodyEditsModule,
    },
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
