// Folders that appear with goal files already in them (a checkout, an unzip, mkdir -p and a
// write): Linux's inotify cannot report files written before the new folder's own watch
// exists, so the extension scans a new folder itself. Runs in both extension hosts, each
// writing with its own TestDisk.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './polling';
import { indexedExtension } from './indexedExtension';
import type { TestDisk } from './testDisk';

export function register(disk: TestDisk): void {
  describe('folders that appear at once', () => {
    it('indexes the goal files inside them, and drops them with the folder', async () => {
      const api = await indexedExtension();
      const root = vscode.workspace.workspaceFolders?.[0]?.uri;
      assert.ok(root, 'a workspace folder is open');
      const top = vscode.Uri.joinPath(root, 'checkout-probe');
      const files = ['one.md', 'team/two.md', 'team/deep/three.md'].map((path, n) => ({
        uri: vscode.Uri.joinPath(top, path),
        text: `---\nobjective: Checkout probe ${n}\nquarter: 2026-Q4\n---\n`,
      }));
      await disk.writeFiles(files);
      const indexed = () => files.filter(({ uri }) => api.goals.index.get(uri.toString())?.objective).length;
      await waitFor('all three goal files to be indexed', () => indexed() === 3, 10_000);

      await disk.removeFolder(top);
      await waitFor('the goal files of the deleted folder to leave the index', () => files.every(({ uri }) => !api.goals.index.get(uri.toString())), 10_000);
    });
  });
}
