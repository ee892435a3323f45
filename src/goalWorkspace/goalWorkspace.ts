import * as vscode from 'vscode';
import { contentVersion, diskStamp } from '../core/fileVersion.js';
import { GoalIndex, parseIndexCache, syncFile, syncIndex, type IndexCache } from '../core/goalIndex.js';
import type { ParsedBody } from '../core/bodyFacts.js';
import type { GoalFile } from '../core/model.js';
import { readGoalBody } from '../core/readBody.js';
import type { FileReader } from '../core/ports.js';
import { contextKeys } from '../commandIds.js';
import { settings } from '../configuration.js';
import type { HostPlatform } from '../hostPlatform.js';
import { matchesGlob, watchGoalFiles } from './goalFileWatcher.js';
import { extensionLog } from '../log/extensionLog.js';
import { IndexCacheStore } from './indexCacheStore.js';
import { RefreshThrottle } from './refreshThrottle.js';
import { WorkspaceFolderLookup } from './workspaceFolderLookup.js';

const typingRefreshMs = 40;
/**
 * While a scan reads the workspace, the first files found show at once and the views then
 * refresh twice a second: each refresh rebuilds the tree over every file indexed so far. At
 * 40 ms those refreshes took 0.2 s of the host's CPU in a cold scan of 2,000 files, while the
 * Backlog's first rows were on their way (a profile of npm run bench:start).
 */
const scanRefreshMs = 500;

function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
}

/**
 * The goal index kept current with the workspace: files found by the include/exclude
 * settings, a file watcher for changes from git, the CLI or other tools, and open documents
 * so unsaved edits show live. Views listen to `onDidChange`, which is debounced.
 */
export class GoalWorkspace implements vscode.Disposable {
  readonly index: GoalIndex;
  /** The Markdown modules of this host, loaded on first use (body edits need them too). */
  readonly markdown: HostPlatform['markdown'];
  /** The workspace folder of each indexed file, shared by the surfaces that ask per file. */
  readonly folders = new WorkspaceFolderLookup();
  private readonly files: FileReader;
  private readonly readsAtOnce: number;
  private readonly listFiles: HostPlatform['listFiles'];
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  /** Fires (debounced) with the uris whose parse results changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.folders];
  private pending = new Set<string>();
  /** Typing fires per keystroke: views refresh at once after a quiet spell, then at most every 40 ms. */
  private readonly refresh = new RefreshThrottle(typingRefreshMs, () => this.flush());
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private watcher: vscode.Disposable | undefined;
  private readonly cacheStore: IndexCacheStore;
  private ready: Promise<void> | undefined;
  /** The content version of each open document's text, worked out once per editor version. */
  private readonly documentVersions = new WeakMap<vscode.TextDocument, { readonly editorVersion: number; readonly version: string }>();

  constructor(storageUri: vscode.Uri | undefined, platform: HostPlatform) {
    this.files = platform.files;
    this.readsAtOnce = platform.readsAtOnce;
    this.listFiles = (include, exclude) => platform.listFiles(include, exclude);
    this.markdown = platform.markdown;
    // remark loads only for a body the line scanner cannot read exactly: most workspaces never load it.
    this.index = new GoalIndex((text, bodyStart) => this.markdown.bodyParser().parseGoalBody(text, bodyStart));
    this.cacheStore = new IndexCacheStore(storageUri, (uri) => platform.readStorageText(uri));
    this.disposables.push(
      this.index.onDidChange((uris) => this.queue(uris)),
      vscode.workspace.onDidChangeTextDocument((event) => this.indexDocument(event.document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.indexDocument(document)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.recordSave(document)),
      vscode.workspace.onDidCloseTextDocument((document) => void this.reloadFromDisk(document.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('growthBacklog.include') || event.affectsConfiguration('growthBacklog.exclude')) void this.rescan();
      }),
    );
  }

  /** Indexes the workspace once; later calls wait for the same scan. */
  whenReady(): Promise<void> {
    this.ready ??= this.scan(true);
    return this.ready;
  }

  async rescan(): Promise<void> {
    this.ready = this.scan(false);
    await this.ready;
  }

  private async scan(useCache: boolean): Promise<void> {
    const { include, exclude } = settings();
    const startedAt = performance.now();
    let uris: string[] = [];
    let listedAt = startedAt;
    let fromCache = false;
    let shownAt: number | undefined;
    this.watch(include);
    this.refresh.setWindow(scanRefreshMs);
    try {
      // The files are listed while the cache is read and parsed. A warm start shows the cached
      // rows as soon as they are parsed, not after every file's stat: listing and stating 2,000
      // files took 0.2–0.35 s more than 20 (npm run bench:start). The views then change only for
      // what changed on disk while VS Code was closed.
      const cached = useCache ? this.cacheStore.read().then((text) => (text === undefined ? undefined : parseIndexCache(text))) : undefined;
      const [cache, found] = await Promise.all([
        cached?.then((restored) => {
          if (restored && this.index.size === 0) {
            this.showCached(restored);
            shownAt = performance.now();
          }
          return restored;
        }),
        this.listFiles(include, exclude),
      ]);
      uris = found.map((uri) => uri.toString());
      listedAt = performance.now();
      await syncIndex(this.index, this.files, uris, { concurrency: this.readsAtOnce });
      fromCache = cache !== undefined;
    } finally {
      this.refresh.setWindow(typingRefreshMs);
    }
    for (const document of vscode.workspace.textDocuments) if (document.isDirty) this.indexDocument(document);
    // hasGoals first: with `indexed` alone, the view would flash "No goal files yet" on a workspace
    // that has some. Not awaited: the workbench applies the two in order, and while it starts each
    // round trip took 0.3–1.4 s (scripts/bench-first-paint.mjs).
    void vscode.commands.executeCommand('setContext', contextKeys.hasGoals, this.hasGoals());
    // The views get their rows before the round trip for `indexed`, seconds long while a window starts.
    this.refresh.runNow();
    // npm run bench:start reads this line: where a start's time went.
    extensionLog().info(`Index: ${uris.length} files listed after ${(listedAt - startedAt).toFixed(0)} ms, indexed after ${(performance.now() - startedAt).toFixed(0)} ms (${fromCache ? 'from the cache' : 'no cache'}${shownAt === undefined ? '' : `, its rows shown after ${(shownAt - startedAt).toFixed(0)} ms`})`);
    await vscode.commands.executeCommand('setContext', contextKeys.indexed, true);
    this.scheduleCacheSave();
  }

  /** The last session's entries, shown before the disk confirms them (syncIndex then corrects what changed). */
  private showCached(cache: IndexCache): void {
    this.index.restore(cache);
    if (this.index.size === 0) return;
    void vscode.commands.executeCommand('setContext', contextKeys.hasGoals, this.hasGoals());
    this.refresh.runNow();
  }

  private watch(include: string): void {
    this.watcher?.dispose();
    this.watcher = watchGoalFiles(include, (uri) => this.isExcluded(uri), {
      changed: (uri) => void this.reloadFromDisk(uri),
      deleted: (uri) => this.index.remove(uri.toString()),
      folderCreated: (uri) => void this.scanFolder(uri),
      folderDeleted: (uri) => {
        const prefix = `${uri.toString()}/`;
        for (const key of this.index.uris()) if (key.startsWith(prefix)) this.index.remove(key);
      },
    });
  }

  /** Indexes the goal files of a folder that appeared after the workspace scan. */
  private async scanFolder(folder: vscode.Uri): Promise<void> {
    const { include, exclude } = settings();
    // The include's file-name part finds candidates under the folder; isIncluded applies the whole glob.
    const fileName = include.slice(include.lastIndexOf('/') + 1);
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `**/${fileName}`), exclude);
    await Promise.all(found.map((uri) => this.reloadFromDisk(uri)));
  }

  private isExcluded(uri: vscode.Uri): boolean {
    return matchesGlob(uri, settings().exclude);
  }

  private isIncluded(uri: vscode.Uri): boolean {
    if (uri.scheme === 'output' || uri.scheme === 'vscode-userdata') return false;
    return matchesGlob(uri, settings().include) && !this.isExcluded(uri);
  }

  private indexDocument(document: vscode.TextDocument): void {
    if (!this.isIncluded(document.uri)) return;
    this.index.update(document.uri.toString(), document.getText());
  }

  /** The version of a document's current text (see fileVersion.ts). */
  versionOf(document: vscode.TextDocument): string {
    const known = this.documentVersions.get(document);
    if (known && known.editorVersion === document.version) return known.version;
    const version = contentVersion(document.getText());
    this.documentVersions.set(document, { editorVersion: document.version, version });
    return version;
  }

  /** Whether the index holds exactly this document's text, so its offsets are the document's. */
  holds(document: vscode.TextDocument): boolean {
    return this.index.has(document.uri.toString(), this.versionOf(document));
  }

  /**
   * A saved document is text the index has (it followed the editor): one stat tells the index
   * what the disk now looks like, and the file watcher's change then reads nothing and
   * refreshes no view. The size guards against another program writing in between.
   */
  private async recordSave(document: vscode.TextDocument): Promise<void> {
    if (document.isDirty || !this.isIncluded(document.uri)) return;
    const uri = document.uri.toString();
    const version = this.versionOf(document);
    if (!this.index.has(uri, version)) return;
    try {
      const stat = await this.files.stat(uri);
      const bytes = new TextEncoder().encode(document.getText()).length;
      // With a byte order mark the file is three bytes longer than its text.
      if (stat.size === bytes || stat.size === bytes + 3) this.index.recordStamp(uri, version, diskStamp(stat));
    } catch {
      // Gone already: the watcher reports the deletion.
    }
  }

  /** Disk wins unless the file is open with unsaved changes: then the editor's text is the truth. */
  private async reloadFromDisk(uri: vscode.Uri): Promise<void> {
    if (!this.isIncluded(uri)) return;
    const open = openDocument(uri.toString());
    if (open?.isDirty) return this.indexDocument(open);
    await syncFile(this.index, this.files, uri.toString());
    // An edit made while the disk was being read is newer than what was read: it wins again.
    const after = openDocument(uri.toString());
    if (after?.isDirty) this.indexDocument(after);
  }

  /**
   * The current text of a file: the open document if there is one, else the file on disk,
   * read with the same bound as every read (a file over the limit comes back cut, or empty
   * through workspace.fs: too large to parse or edit either way).
   */
  async textOf(uri: string): Promise<string> {
    const open = openDocument(uri);
    return open ? open.getText() : this.files.readText(uri);
  }

  /**
   * A goal file's whole body (every check-in, the review's text) for the views that show it
   * (the quarter review, the 1:1 prep): the index keeps only a summary. The current text is
   * indexed first (an open editor's is newer than the disk's), so objective and body agree.
   */
  async body(uri: string): Promise<ParsedBody | undefined> {
    if (!this.index.get(uri)?.objective) return undefined;
    const open = openDocument(uri);
    if (open) this.indexDocument(open);
    else await syncFile(this.index, this.files, uri);
    if (!this.index.get(uri)?.objective) return undefined;
    return readGoalBody(await this.textOf(uri), (text, bodyStart) => this.markdown.bodyParser().parseGoalBody(text, bodyStart));
  }

  goalFiles(): GoalFile[] {
    return this.index.goalFiles();
  }

  private hasGoals(): boolean {
    return this.index.goalFiles().length > 0;
  }

  private queue(uris: readonly string[]): void {
    for (const uri of uris) this.pending.add(uri);
    this.refresh.schedule();
  }

  /** Tells the views what changed; only RefreshThrottle calls it. */
  private flush(): void {
    const uris = [...this.pending];
    this.pending = new Set();
    void vscode.commands.executeCommand('setContext', contextKeys.hasGoals, this.hasGoals());
    this.changed.fire(uris);
    this.scheduleCacheSave();
  }

  private scheduleCacheSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.cacheStore.save(this.index.toCache()), 2_000);
  }

  dispose(): void {
    this.refresh.dispose();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.watcher?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
