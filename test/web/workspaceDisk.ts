import * as vscode from 'vscode';
import type { TestDisk } from '../integration/testDisk';

/** Writes through `workspace.fs`, the web worker host's only way to the disk (writeFile creates the folders). */
export const workspaceDisk: TestDisk = {
  writeFiles: async (files) => {
    await Promise.all(files.map(({ uri, text }) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text))));
  },
  removeFolder: async (uri) => vscode.workspace.fs.delete(uri, { recursive: true }),
};
