import { readFile } from 'node:fs/promises';
import type * as vscode from 'vscode';
import { readStorageThroughFileSystem } from './indexCacheStore.js';

/**
 * The desktop host's storage reads: a local storage folder is read with Node. Through `workspace.fs` the read
 * waits on the workbench, which took 1–2 s of a 2 s start while a window opens
 * (scripts/bench-first-paint.mjs).
 */
export function readStorageText(uri: vscode.Uri): Promise<string> {
  return uri.scheme === 'file' ? readFile(uri.fsPath, 'utf8') : readStorageThroughFileSystem(uri);
}
