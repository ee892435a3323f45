import * as vscode from 'vscode';
import type { IndexCache } from '../core/goalIndex.js';

/**
 * The cache keeps each file's diagnostics as worded when it was read, so each display
 * language has its own (English keeps the name it always had).
 */
export function indexCacheFileName(language: string): string {
  return language === 'en' ? 'goal-index-cache.json' : `goal-index-cache.${language.replace(/[^A-Za-z0-9-]/g, '_')}.json`;
}

/** Any host: the extension's storage through `workspace.fs` (the web host's only way). */
export async function readStorageThroughFileSystem(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Keeps the parsed index in the extension's storage folder so a warm start re-reads only changed files. */
export class IndexCacheStore {
  private readonly fileName: string;

  constructor(
    private readonly folder: vscode.Uri | undefined,
    private readonly readText: (uri: vscode.Uri) => Promise<string> = readStorageThroughFileSystem,
    language: string = vscode.env.language,
  ) {
    this.fileName = indexCacheFileName(language);
  }

  /**
   * The cache's JSON text, read the host's way (the desktop reads a local storage folder with
   * Node: see src/goalWorkspace/storageText.ts); parsing is left to the index, which overlaps it
   * with its stats.
   */
  async read(): Promise<string | undefined> {
    if (!this.folder) return undefined;
    try {
      return await this.readText(vscode.Uri.joinPath(this.folder, this.fileName));
    } catch {
      return undefined; // No cache yet, or an unreadable one: a cold start is always correct.
    }
  }

  async save(cache: IndexCache): Promise<void> {
    if (!this.folder) return;
    try {
      await vscode.workspace.fs.createDirectory(this.folder);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.folder, this.fileName), new TextEncoder().encode(JSON.stringify(cache)));
    } catch {
      // The cache is an optimisation; failing to write it must never disturb the user.
    }
  }
}
