import * as vscode from 'vscode';
import type { FileReader } from '../core/ports.js';

const decoder = new TextDecoder('utf-8');

/** The core's file port over `workspace.fs`, so virtual and remote workspaces work too. */
export const workspaceFileReader: FileReader = {
  readText: async (uri) => decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))),
  stat: async (uri) => {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
    return { size: stat.size, mtime: stat.mtime };
  },
};
