import * as vscode from 'vscode';
// The web bundle's copy in the desktop bundle (scripts/build.mjs), so the core is not bundled twice.
import { statThenRead } from '../extensionWeb.js';
import type { FileReader } from '../core/ports.js';
import { nodeFileReader, readTextWithStat } from '../nodeFiles/nodeFileReader.js';
import { fileSystemReader } from './fileSystemReader.js';

/** The local path of a `file:` uri, or `undefined` for any other scheme. */
function localPath(uri: string): string | undefined {
  const parsed = vscode.Uri.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}

/**
 * The core's file port in the desktop extension host. Files on this host's disk are read with Node
 * directly: measured in VS Code 1.139 (npm run bench:host), indexing 10,000 goal files took
 * 29 s through `workspace.fs` and 1.2 s with Node, and stat-ing them 2.4–3.1 s against 0.05 s.
 * Every other scheme goes through `workspace.fs`, so virtual and remote workspaces work too.
 */
export const workspaceFileReader = {
  readText: (uri) => {
    const path = localPath(uri);
    return path === undefined ? fileSystemReader.readText(uri) : nodeFileReader.readText(path);
  },
  stat: (uri) => {
    const path = localPath(uri);
    return path === undefined ? fileSystemReader.stat(uri) : nodeFileReader.stat(path);
  },
  readWithStat: (uri, maxBytes) => {
    const path = localPath(uri);
    return path === undefined ? statThenRead(fileSystemReader, uri, maxBytes) : readTextWithStat(path, maxBytes);
  },
} satisfies FileReader;
