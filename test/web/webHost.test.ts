// What only the web worker extension host has to prove: that the extension under test really
// runs there (a web extension, in a worker without Node), and that its reader, `workspace.fs`
// alone, keeps a warm start to stats plus the changed files, as the desktop does with Node.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseGoalBody } from '../../src/core/body';
import { GoalIndex, parseIndexCache, syncIndex } from '../../src/core/goalIndex';
import type { FileReader } from '../../src/core/ports';
import { fileSystemReader } from '../../src/goalWorkspace/fileSystemReader';
import { IndexCacheStore } from '../../src/goalWorkspace/indexCacheStore';
import { EXTENSION_ID } from '../integration/smoke.test';

const goal = (title: string) => `---\nobjective: ${title}\nquarter: 2026-Q4\nkey_results:\n  - id: talk\n    title: Give one talk\n---\nNotes.\n`;
const encoder = new TextEncoder();

export function register(): void {
  describe('the web worker extension host', () => {
    it('runs the extension as a web extension, in a worker without Node', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      const manifest = extension.packageJSON as { main?: string; browser?: string };
      assert.equal(manifest.main, undefined, 'the copy under test has no Node entry');
      assert.equal(manifest.browser, './out/web/extension.js');
      await extension.activate();
      assert.equal(extension.isActive, true);
      assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
      const scope = globalThis as { process?: unknown; Buffer?: unknown; importScripts?: unknown };
      assert.equal(typeof scope.importScripts, 'function', 'a web worker');
      assert.equal(typeof scope.process, 'undefined');
      assert.equal(typeof scope.Buffer, 'undefined');
    });

    describe('warm start through workspace.fs', () => {
      let probe: vscode.Uri;
      before(() => {
        const root = vscode.workspace.workspaceFolders?.[0]?.uri;
        assert.ok(root, 'a workspace folder is open');
        // Under out/, which the extension's default exclude leaves alone.
        probe = vscode.Uri.joinPath(root, 'out', 'web-warm-probe');
      });
      after(() => vscode.workspace.fs.delete(probe, { recursive: true }).then(undefined, () => undefined));

      it('stats every file, re-reads only the one that changed, drops the deleted one', async () => {
        const uris = Array.from({ length: 20 }, (_, i) => vscode.Uri.joinPath(probe, `goal-${i}.md`));
        await Promise.all(uris.map((uri, i) => vscode.workspace.fs.writeFile(uri, encoder.encode(goal(`Goal ${i}`)))));
        const keys = uris.map((uri) => uri.toString());
        const cold = new GoalIndex(parseGoalBody);
        await syncIndex(cold, fileSystemReader, keys);
        assert.equal(cold.objectives().length, 20);
        const store = new IndexCacheStore(vscode.Uri.joinPath(probe, 'storage'));
        await store.save(cold.toCache());

        // While the editor was closed: one file edited (its size changes too), one deleted.
        await vscode.workspace.fs.writeFile(uris[3] as vscode.Uri, encoder.encode(goal('Goal 3, reworded after the 1:1')));
        await vscode.workspace.fs.delete(uris[7] as vscode.Uri);

        const read: string[] = [];
        let stats = 0;
        const counting: FileReader = {
          stat: (uri) => (stats++, fileSystemReader.stat(uri)),
          readText: (uri) => (read.push(uri), fileSystemReader.readText(uri)),
        };
        const cacheText = await store.read();
        assert.ok(cacheText, 'the cache was written through workspace.fs');
        const warm = new GoalIndex(parseGoalBody);
        await syncIndex(warm, counting, keys, { loadCache: () => parseIndexCache(cacheText) });

        assert.deepEqual(read, [keys[3]]);
        assert.ok(stats >= 20, `every file is stat-ed (${stats})`);
        assert.equal(warm.get(keys[3] as string)?.objective?.title, 'Goal 3, reworded after the 1:1');
        assert.equal(warm.get(keys[7] as string), undefined);
        assert.equal(warm.objectives().length, 19);
      });
    });
  });
}
