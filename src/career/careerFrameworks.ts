import * as vscode from 'vscode';
import { careerFrameworkSetting, settings } from '../configuration.js';
import { maxFrameworkBytes, parseCareerFramework, type CareerFramework } from '../core/careerFramework.js';
import { statThenRead } from '../core/goalIndex.js';
import type { FileReader } from '../core/ports.js';
import type { WorkspaceFolderLookup } from '../goalWorkspace/workspaceFolderLookup.js';

export interface LoadedFramework {
  /** The framework file. */
  readonly uri: vscode.Uri;
  /** The workspace folder it belongs to. */
  readonly folder: vscode.Uri;
  readonly framework: CareerFramework;
}

/** Shallowest first: `career-framework.md` at the root wins over `docs/old/career-framework.md`. */
function byDepth(a: vscode.Uri, b: vscode.Uri): number {
  return a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path);
}

/**
 * The career framework of each workspace folder (`growthBacklog.careerFramework`), kept
 * current: edits in an open editor re-read it as you type, changes on disk through a watcher,
 * and a settings or folder change finds the files again. Goal files use their folder's framework.
 */
export class CareerFrameworks implements vscode.Disposable {
  private readonly loaded = new Map<string, LoadedFramework>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watchers: vscode.Disposable[] = [];
  private ready: Promise<void> | undefined;

  /**
   * @param files the host's file reader (Node on the desktop, workspace.fs on the web).
   * @param folders the workspace folder of a file (goal files ask once each on every diagnostics pass).
   */
  constructor(
    private readonly files: FileReader,
    private readonly folders: WorkspaceFolderLookup,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('growthBacklog.careerFramework') || event.affectsConfiguration('growthBacklog.exclude')) void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
      vscode.workspace.onDidChangeTextDocument((event) => this.documentChanged(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const entry = this.loadedFor(document.uri);
        if (entry) void this.readInto(entry.folder, document.uri).then(() => this.changed.fire());
      }),
    );
  }

  whenReady(): Promise<void> {
    this.ready ??= this.reload();
    return this.ready;
  }

  /** The framework a goal file uses: its folder's, else the only one in the workspace. */
  forUri(uri: string | vscode.Uri): LoadedFramework | undefined {
    const folder = this.folders.folderOf(typeof uri === 'string' ? uri : uri.toString());
    if (folder) {
      const own = this.loaded.get(folder.uri.toString());
      if (own) return own;
    }
    return this.loaded.size === 1 ? [...this.loaded.values()][0] : undefined;
  }

  all(): LoadedFramework[] {
    return [...this.loaded.values()];
  }

  isFrameworkFile(uri: vscode.Uri): boolean {
    return this.loadedFor(uri) !== undefined;
  }

  private loadedFor(uri: vscode.Uri): LoadedFramework | undefined {
    const key = uri.toString();
    return [...this.loaded.values()].find((entry) => entry.uri.toString() === key);
  }

  private async reload(): Promise<void> {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    this.loaded.clear();
    const { exclude } = settings();
    await Promise.all(
      (vscode.workspace.workspaceFolders ?? []).map(async (folder) => {
        const pattern = new vscode.RelativePattern(folder, careerFrameworkSetting(folder.uri));
        const watcher = vscode.workspace.createFileSystemWatcher(pattern);
        const refind = () => void this.find(folder.uri, pattern, exclude).then(() => this.changed.fire());
        this.watchers.push(watcher, watcher.onDidCreate(refind), watcher.onDidDelete(refind), watcher.onDidChange(refind));
        await this.find(folder.uri, pattern, exclude);
      }),
    );
    this.changed.fire();
  }

  private async find(folder: vscode.Uri, pattern: vscode.RelativePattern, exclude: string): Promise<void> {
    const found = (await vscode.workspace.findFiles(pattern, exclude, 50)).sort(byDepth)[0];
    if (!found) this.loaded.delete(folder.toString());
    else await this.readInto(folder, found);
  }

  private async readInto(folder: vscode.Uri | undefined, uri: vscode.Uri): Promise<void> {
    if (!folder) return;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    let text: string;
    try {
      // A framework bigger than the limit is refused by the parser; never read more than that.
      const read = open
        ? { text: open.getText() }
        : this.files.readWithStat
          ? await this.files.readWithStat(uri.toString(), maxFrameworkBytes)
          : await statThenRead(this.files, uri.toString(), maxFrameworkBytes);
      text = read.text;
    } catch {
      this.loaded.delete(folder.toString());
      return;
    }
    this.loaded.set(folder.toString(), { uri, folder, framework: parseCareerFramework(text) });
  }

  private documentChanged(document: vscode.TextDocument): void {
    const entry = this.loadedFor(document.uri);
    if (!entry) return;
    this.loaded.set(entry.folder.toString(), { ...entry, framework: parseCareerFramework(document.getText()) });
    this.changed.fire();
  }

  dispose(): void {
    for (const watcher of this.watchers) watcher.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
