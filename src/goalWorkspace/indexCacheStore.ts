import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { IndexCache } from '../core/goalIndex.js';

const fileName = 'goal-index-cache.json';

/**
 * Keeps the parsed index in the extension's storage folder so a warm start re-reads only changed files.
 * A storage folder on this host's disk is read and written with Node: through `workspace.fs`,
 * reading it took 0.6–3.6 s while a window starts (a round trip to the busy workbench; npm run
 * bench:activation), longer than the warm start it exists for.
 */
export class IndexCacheStore {
  constructor(private readonly folder: vscode.Uri | undefined) {}

  /** The cache's JSON text; parsing is left to the index, which overlaps it with its stats. */
  async read(): Promise<string | undefined> {
    if (!this.folder) return undefined;
    const uri = vscode.Uri.joinPath(this.folder, fileName);
    try {
      return uri.scheme === 'file' ? await readFile(uri.fsPath, 'utf8') : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined; // No cache yet, or an unreadable one: a cold start is always correct.
    }
  }

  async save(cache: IndexCache): Promise<void> {
    if (!this.folder) return;
    const uri = vscode.Uri.joinPath(this.folder, fileName);
    try {
      if (uri.scheme === 'file') {
        await mkdir(this.folder.fsPath, { recursive: true });
        await writeFile(uri.fsPath, JSON.stringify(cache));
        return;
      }
      await vscode.workspace.fs.createDirectory(this.folder);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(cache)));
    } catch {
      // The cache is an optimisation; failing to write it must never disturb the user.
    }
  }
}
