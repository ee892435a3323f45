import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { IndexCache } from '../core/goalIndex.js';

const fileName = 'goal-index-cache.json';

/** Keeps the parsed index in the extension's storage folder so a warm start re-reads only changed files. */
export class IndexCacheStore {
  constructor(private readonly folder: vscode.Uri | undefined) {}

  /**
   * The cache's JSON text; parsing is left to the index, which overlaps it with its stats. A
   * local storage folder is read with Node: through `workspace.fs` the read waits on the
   * workbench, which took 1–2 s of a 2 s start while a window opens (scripts/bench-first-paint.mjs).
   */
  async read(): Promise<string | undefined> {
    if (!this.folder) return undefined;
    try {
      const uri = vscode.Uri.joinPath(this.folder, fileName);
      if (uri.scheme === 'file') return await readFile(uri.fsPath, 'utf8');
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined; // No cache yet, or an unreadable one: a cold start is always correct.
    }
  }

  async save(cache: IndexCache): Promise<void> {
    if (!this.folder) return;
    try {
      await vscode.workspace.fs.createDirectory(this.folder);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.folder, fileName), new TextEncoder().encode(JSON.stringify(cache)));
    } catch {
      // The cache is an optimisation; failing to write it must never disturb the user.
    }
  }
}
