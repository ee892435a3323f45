import * as vscode from 'vscode';
import { maxGoalFileBytes } from '../core/parse.js';
import type { FileReader } from '../core/ports.js';
import { decodeFileBytes, type DecodedText } from '../core/unsafeBytes.js';

/**
 * Reads to keep in flight through `workspace.fs`: each call travels through the workbench (and
 * to the server), so more waiting at once finish sooner. 1,000 goal files in the web worker
 * host: see npm run bench:web.
 */
export const fileSystemReadsAtOnce = 128;

/**
 * The text of a file through `workspace.fs`, and what makes its bytes unsafe to write back.
 * `workspace.fs` cannot stop a read part-way: callers stat first and read only a file within
 * the size limit (statThenRead, readText); bytes past the limit (the file grew since the
 * stat) are dropped.
 */
async function readDecoded(uri: string): Promise<DecodedText> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
  return decodeFileBytes(bytes.subarray(0, maxGoalFileBytes), bytes.length <= maxGoalFileBytes);
}

const stat: FileReader['stat'] = async (uri) => {
  const info = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
  return { size: info.size, mtime: info.mtime, ctime: info.ctime };
};

/**
 * The core's file port through `workspace.fs`: every file in the web worker extension host,
 * and files on other schemes (virtual and remote file systems) on the desktop. It cannot read
 * part of a file, so it has no `readWithStat`: the index stats first and skips a file over
 * its size limit (statThenRead), then reads it with `readDecoded`, which sees the bytes.
 */
export const fileSystemReader: FileReader = {
  // Like every read, bounded: a file over the limit is not read (its text is empty).
  readText: async (uri) => ((await stat(uri)).size > maxGoalFileBytes ? '' : (await readDecoded(uri)).text),
  readDecoded,
  stat,
};
