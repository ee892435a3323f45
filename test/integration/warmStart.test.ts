// The warm start on VS Code's own file system API: the cache written to and read from the
// extension's kind of storage folder, stats and reads through `workspace.fs`. Files live in a
// temporary folder outside the workspace, so the extension under test never sees them.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parseGoalBody } from '../../src/core/body';
import { GoalIndex, parseIndexCache, syncIndex } from '../../src/core/goalIndex';
import type { FileReader } from '../../src/core/ports';
import { IndexCacheStore } from '../../src/goalWorkspace/indexCacheStore';
import { workspaceFileReader } from '../../src/goalWorkspace/workspaceFileReader';

const goal = (title: string) => `---\nobjective: ${title}\nquarter: 2026-Q4\nkey_results:\n  - id: talk\n    title: Give one talk\n---\nNotes.\n`;

export function register(): void {
  describe('warm start through workspace.fs', () => {
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
  });
}
