import * as vscode from 'vscode';
import type { FileReader } from '../core/ports.js';

const decoder = new TextDecoder('utf-8');

/**
 * Reads to keep in flight through `workspace.fs`: each call travels through the workbench (and
 * to the server), so more waiting at once finish sooner. 1,000 goal files in the web worker
 * host: see npm run bench:web.
 */
export const fileSystemReadsAtOnce = 128;

/**
 * The core's file port through `workspace.fs`: every file in the web worker extension host,
 * and files on other schemes (virtual and remote file systems) on the desktop. It cannot read
 * part of a file, so it has no `readWithStat`: the index stats first and skips a file over
 * its size limit (statThenRead).
 */
export const fileSystemReader: FileReader = {
  readText: async (uri) => decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))),
  stat: async (uri) => {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
    return { size: stat.size, mtime: stat.mtime };
  },
};
