import * as vscode from 'vscode';
import { activateGrowthBacklog } from './activation.js';
import { statThenRead } from './core/goalIndex.js';
import type { GrowthBacklogApi } from './extensionApi.js';
import { fileSystemReader, fileSystemReadsAtOnce } from './goalWorkspace/fileSystemReader.js';
import { readStorageThroughFileSystem } from './goalWorkspace/indexCacheStore.js';
import type { BodyEditsModule, BodyParserModule, HostPlatform } from './hostPlatform.js';

/**
 * The Markdown modules, inside this bundle: the web worker host loads one file per extension
 * and its `require` knows only `vscode`. esbuild wraps each required module in an initialiser
 * that runs on the first call, so activation does not evaluate remark.
 */
export const markdownModules: HostPlatform['markdown'] = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bodyParser: () => require('./core/body.js') as BodyParserModule,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bodyEdits: () => require('./core/edits/bodyEditsEntry.js') as BodyEditsModule,
};

// The desktop entry (src/extension.ts) runs this bundle's activation with its own file access,
// and that file access takes what it needs of the core from here (scripts/build.mjs).
export { activateGrowthBacklog, statThenRead };
export { maxGoalFileBytes } from './core/parse.js';
export { decodeFileBytes, decodeUtf16, invalidUtf8, utf16ByteOrder } from './core/unsafeBytes.js';

/**
 * The web worker extension host (VS Code for the Web, `browser` in package.json): every file
 * is read through `workspace.fs`.
 */
export function activate(context: vscode.ExtensionContext): GrowthBacklogApi {
  return activateGrowthBacklog(context, {
    files: fileSystemReader,
    readsAtOnce: fileSystemReadsAtOnce,
    listFiles: (include, exclude) => Promise.resolve(vscode.workspace.findFiles(include, exclude)),
    readStorageText: readStorageThroughFileSystem,
    markdown: markdownModules,
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
