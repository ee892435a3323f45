// The extension's file reader and warm start in the extension host: local files read with
// Node, other schemes through `workspace.fs` (a virtual file system registered here), and the
// cache written to and read from a storage folder. Files live in a temporary folder outside
// the workspace, so the extension under test never sees them.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import * as bodyParser from '../../src/core/body';
import { parseGoalBody } from '../../src/core/body';
import { BoardSync } from '../../src/board/boardModel';
import { systemClock } from '../../src/cli/systemClock';
import { GoalIndex, parseIndexCache, syncIndex } from '../../src/core/goalIndex';
import type { FileReader } from '../../src/core/ports';
import { GoalWorkspace } from '../../src/goalWorkspace/goalWorkspace';
import { IndexCacheStore } from '../../src/goalWorkspace/indexCacheStore';
import { readStorageText } from '../../src/goalWorkspace/storageText';
import { workspaceFileReader } from '../../src/goalWorkspace/workspaceFileReader';
import { findWorkspaceFiles } from '../../src/goalWorkspace/workspaceFiles';
import type { HostPlatform } from '../../src/hostPlatform';
import * as bodyEdits from '../../src/core/edits/bodyEditsEntry';
import type { BacklogNode } from '../../src/tree/backlogModel';
import { BacklogTreeProvider } from '../../src/tree/backlogTreeProvider';
import { TreeViewState } from '../../src/tree/treeViewState';

/** View state for a tree built outside the extension: defaults, kept in memory. */
function inMemoryMemento(): vscode.Memento {
  const values = new Map<string, unknown>();
  return { keys: () => [...values.keys()], get: <T>(key: string, fallback?: T) => (values.has(key) ? (values.get(key) as T) : fallback), update: async (key, value) => void values.set(key, value) } as vscode.Memento;
}
import { indexedExtension } from './indexedExtension';

/** The desktop host's platform, with the Markdown modules bundled into this test. */
const desktopPlatform: HostPlatform = {
  files: workspaceFileReader,
  readsAtOnce: 32,
  listFiles: findWorkspaceFiles,
  readStorageText,
  markdown: { bodyParser: () => bodyParser, bodyEdits: () => bodyEdits },
};

const goal = (title: string) => `---\nobjective: ${title}\nquarter: 2026-Q4\nkey_results:\n  - id: talk\n    title: Give one talk\n---\nNotes.\n`;

/** A read-only in-memory file system, the kind a virtual workspace has. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  readonly files = new Map<string, Uint8Array>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const bytes = this.files.get(uri.path);
    if (!bytes) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 1, mtime: 2, size: bytes.length };
  }
  readFile(uri: vscode.Uri): Uint8Array {
    const bytes = this.files.get(uri.path);
    if (!bytes) throw vscode.FileSystemError.FileNotFound(uri);
    return bytes;
  }
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  createDirectory(): void {}
  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  delete(): void {}
  rename(): void {}
}

export function register(): void {
  describe('the file reader in the extension host', () => {
    it('reads local files with Node, bounded, and other schemes through workspace.fs', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'growth-backlog-reader-'));
      const memory = new MemoryFileSystem();
      const registration = vscode.workspace.registerFileSystemProvider('growth-backlog-test', memory, { isReadonly: true });
      try {
        const local = join(folder, 'goal.md');
        writeFileSync(local, goal('Local goal'));
        const localUri = vscode.Uri.file(local).toString();
        const read = await workspaceFileReader.readWithStat?.(localUri, 10);
        assert.equal(read?.text, goal('Local goal').slice(0, 10), 'a bounded read of a local file stops at the bound');
        assert.equal(read?.stat.size, Buffer.byteLength(goal('Local goal')));
        assert.equal(await workspaceFileReader.readText(localUri), goal('Local goal'));

        memory.files.set('/virtual.md', new TextEncoder().encode(goal('Virtual goal')));
        const virtualUri = 'growth-backlog-test:/virtual.md';
        assert.deepEqual(await workspaceFileReader.stat(virtualUri), { size: goal('Virtual goal').length, mtime: 2, ctime: 1 });
        assert.equal(await workspaceFileReader.readText(virtualUri), goal('Virtual goal'));
        assert.equal((await workspaceFileReader.readWithStat?.(virtualUri, 1_000))?.text, goal('Virtual goal'));
        // workspace.fs cannot read part of a file: one over the bound is not read at all.
        assert.equal((await workspaceFileReader.readWithStat?.(virtualUri, 10))?.text, '');
        await assert.rejects(workspaceFileReader.stat('growth-backlog-test:/missing.md'));
      } finally {
        registration.dispose();
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });

  describe('warm start in the extension host', () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(join(tmpdir(), 'growth-backlog-warm-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('re-reads only the file that changed, drops the deleted one and keeps the rest from the cache', async () => {
      const paths = Array.from({ length: 20 }, (_, i) => join(folder, `goal-${i}.md`));
      paths.forEach((path, i) => writeFileSync(path, goal(`Goal ${i}`)));
      const uris = paths.map((path) => vscode.Uri.file(path).toString());
      const cold = new GoalIndex(parseGoalBody);
      await syncIndex(cold, workspaceFileReader, uris);
      assert.equal(cold.objectives().length, 20);
      const store = new IndexCacheStore(vscode.Uri.file(join(folder, 'storage')));
      await store.save(cold.toCache());

      // While the editor was closed: one file edited (its size changes too), one deleted.
      writeFileSync(paths[3] as string, goal('Goal 3, reworded after the 1:1'));
      unlinkSync(paths[7] as string);

      const read: string[] = [];
      const counting: FileReader = {
        stat: (uri) => workspaceFileReader.stat(uri),
        readText: (uri) => (read.push(uri), workspaceFileReader.readText(uri)),
      };
      const cacheText = await store.read();
      assert.ok(cacheText, 'the cache was written to the storage folder');
      const warm = new GoalIndex(parseGoalBody);
      await syncIndex(warm, counting, uris, { loadCache: () => parseIndexCache(cacheText) });

      assert.deepEqual(read, [uris[3]]);
      assert.equal(warm.get(uris[3] as string)?.objective?.title, 'Goal 3, reworded after the 1:1');
      assert.equal(warm.get(uris[7] as string), undefined);
      assert.equal(warm.objectives().length, 19);
    });

    it('shows the cached rows before the disk confirms them, then corrects a changed file and drops a deleted one', async () => {
      const api = await indexedExtension();
      const sample = api.goals.goalFiles().find((file) => file.uri.endsWith('learn-opentelemetry-tracing.md'));
      assert.ok(sample?.objective && sample.stamp, 'the sample goal is indexed from disk');
      const gone = sample.uri.replace(/learn-opentelemetry-tracing\.md$/, 'deleted-while-closed.md');
      const storage = vscode.Uri.file(join(folder, 'storage-cached-rows'));
      // Last session's entries: the sample before an edit made while VS Code was closed, and a file deleted since.
      const stale = { ...sample, version: 'before-the-edit', stamp: '1:1', objective: { ...sample.objective, title: 'Title before the edit' } };
      await new IndexCacheStore(storage).save({ format: 4, savedAt: Date.now(), files: [stale, { ...stale, uri: gone, objective: { ...stale.objective, title: 'Deleted while closed' } }] });

      const goals = new GoalWorkspace(storage, desktopPlatform);
      const tree = new BacklogTreeProvider(goals, systemClock, api.commits, api.careerFrameworks, new TreeViewState(inMemoryMemento()));
      try {
        let ready = false;
        const scanned = goals.whenReady().then(() => (ready = true));
        const titles = async (): Promise<string[]> => {
          const found: string[] = [];
          for (const group of await tree.getChildren()) for (const node of await tree.getChildren(group)) if (node.kind === 'objective') found.push(node.objective.title);
          return found.sort();
        };
        const first = await titles();
        assert.equal(ready, false, 'the first rows came before the scan ended');
        assert.deepEqual(first, ['Deleted while closed', 'Title before the edit']);
        await scanned;
        const after = await titles();
        assert.ok(after.includes(sample.objective.title) && !after.includes('Title before the edit') && !after.includes('Deleted while closed'), after.join(', '));
        assert.equal(goals.index.get(gone), undefined);
      } finally {
        tree.dispose();
        goals.dispose();
      }
    });

    it('drops a cache entry that does not have the shape of one: the tree and the board build from the file instead of throwing', async () => {
      const api = await indexedExtension();
      const sample = api.goals.goalFiles().find((file) => file.uri.endsWith('learn-opentelemetry-tracing.md'));
      assert.ok(sample?.stamp, 'the sample goal is indexed from disk');
      // The entry matches the file on disk, so it would be trusted; its key results are not a list.
      const storage = vscode.Uri.file(join(folder, 'workspace-storage'));
      const broken = { ...sample, objective: { ...sample.objective, keyResults: 'not-a-list' } };
      await new IndexCacheStore(storage).save({ format: 4, savedAt: Date.now(), files: [broken as never] });

      const goals = new GoalWorkspace(storage, desktopPlatform);
      try {
        await goals.whenReady();
        assert.equal(goals.index.get(sample.uri)?.objective?.keyResults.length, 4, 'read again from the file');
        const tree = new BacklogTreeProvider(goals, systemClock, api.commits, api.careerFrameworks, new TreeViewState(inMemoryMemento()));
        const walk = async (node?: BacklogNode): Promise<number> => {
          let count = 0;
          for (const child of await tree.getChildren(node)) {
            tree.getTreeItem(child);
            count += 1 + (await walk(child));
          }
          return count;
        };
        assert.ok((await walk()) > 10);
        tree.dispose();
        assert.ok(new BoardSync().snapshot(goals.goalFiles(), systemClock.today(), 14).cards.length > 10);
      } finally {
        goals.dispose();
      }
    });
  });
}
